/**
 * Export buttons' work: the picture as drawn (PNG, SVG through cytoscape-svg), the data, or the data
 * in an open format (JSON-LD, Turtle, GraphML, GEXF) with each entity's address on this server.
 */
import { type AppState, filtersOf } from "@core/app/state.ts";
import {
  briefModelOf,
  buildBrief,
  download,
  type ExportFormat,
  edgesCsv,
  exportFileName,
  nodesCsv,
  subgraphToJson,
  tableFileBase,
} from "@core/export/index.ts";
import type { GraphModel } from "@core/graph/index.ts";
import { FORMAT_INFO, type OpenFormat, writeGraph } from "@model/linkedData/formats.ts";
import type { GraphView } from "./GraphView.ts";
import { exportSvg } from "./graph/svgExport.ts";

const OPEN_FORMAT_OF: Readonly<Record<"jsonld" | "ttl" | "graphml" | "gexf", OpenFormat>> = {
  jsonld: "jsonld",
  ttl: "turtle",
  graphml: "graphml",
  gexf: "gexf",
};

/** The graph drawn now, written as the server writes its dumps, with addresses on this origin. */
function exportOpen(format: OpenFormat, model: GraphModel): void {
  const { nodes, edges } = model.subgraph();
  const { extension, mediaType } = FORMAT_INFO[format];
  const text = writeGraph({ nodes, edges }, format, window.location.origin);
  download(new Blob([text], { type: mediaType }), `ehealth-graph.${extension}`);
}

/** Every export names the data release it was made from: in its file name, and inside where it can. */
export function exportAs(format: ExportFormat, graph: GraphView, model: GraphModel, state: AppState): void {
  const release = state.release.current?.version ?? null;
  switch (format) {
    case "png":
      download(graph.png(), exportFileName("ehealth-graph", release, "png"));
      return;
    case "svg":
      download(
        new Blob([exportSvg(graph.cy, release)], { type: "image/svg+xml" }),
        exportFileName("ehealth-graph", release, "svg"),
      );
      return;
    case "json":
      download(
        new Blob([subgraphToJson(model.subgraph(), { dataRelease: release, asOf: state.view.asOf })], {
          type: "application/json",
        }),
        exportFileName("ehealth-graph", release, "json"),
      );
      return;
    case "csv":
      {
        // Two tables, two files: one CSV holding both read as one broken table in a spreadsheet.
        const subgraph = model.subgraph();
        const type = "text/csv;charset=utf-8";
        download(
          new Blob([nodesCsv(subgraph, release)], { type }),
          exportFileName(tableFileBase("nodes", state.view.asOf), release, "csv"),
        );
        download(
          new Blob([edgesCsv(subgraph, release)], { type }),
          exportFileName(tableFileBase("relationships", state.view.asOf), release, "csv"),
        );
      }
      return;
    case "brief": {
      // The picture as drawn (filters, trace and path colours included), inlined as a data URL.
      const picture = graph.cy.png({ output: "base64uri", full: true, scale: 1, bg: "#ffffff" });
      const { view } = state;
      const brief = buildBrief(
        briefModelOf(
          { nodes: model.nodes.values(), edges: model.edges.values() },
          {
            language: view.language,
            filters: filtersOf(view),
            // The day drawn, written out: a brief read later must not say "today" of another day.
            asOf: view.asOf ?? new Date().toLocaleDateString("sv-SE"),
            picture,
            dataRelease: release,
            base: window.location.origin,
          },
        ),
      );
      download(new Blob([brief], { type: "text/html" }), exportFileName("ehealth-brief", release, "html"));
      return;
    }
    case "jsonld":
    case "ttl":
    case "graphml":
    case "gexf":
      exportOpen(OPEN_FORMAT_OF[format], model);
      return;
    default: {
      const unreachable: never = format;
      throw new Error(String(unreachable));
    }
  }
}
