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
  subgraphToCsv,
  subgraphToJson,
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

export function exportAs(format: ExportFormat, graph: GraphView, model: GraphModel, state: AppState): void {
  switch (format) {
    case "png":
      download(graph.png(), "ehealth-graph.png");
      return;
    case "svg":
      download(new Blob([exportSvg(graph.cy)], { type: "image/svg+xml" }), "ehealth-graph.svg");
      return;
    case "json":
      download(
        new Blob([subgraphToJson(model.subgraph())], { type: "application/json" }),
        "ehealth-graph.json",
      );
      return;
    case "csv":
      download(new Blob([subgraphToCsv(model.subgraph())], { type: "text/csv" }), "ehealth-graph.csv");
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
            asOf: view.asOf,
            picture,
            base: window.location.origin,
          },
        ),
      );
      download(new Blob([brief], { type: "text/html" }), "ehealth-brief.html");
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
