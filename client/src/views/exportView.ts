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
  type ExportSubject,
  edgesCsv,
  exportFileNameOf,
  exportSubjectOf,
  frameTextOf,
  nodesCsv,
  subgraphToJson,
} from "@core/export/index.ts";
import { type GraphModel, labelOf } from "@core/graph/index.ts";
import { EXPORT_FRAME } from "@core/i18n/exportFrame.ts";
import { FORMAT_INFO, type OpenFormat, writeGraph } from "@model/linkedData/formats.ts";
import type { GraphView } from "./GraphView.ts";
import { exportPng, exportSvg } from "./graph/svgExport.ts";

const OPEN_FORMAT_OF: Readonly<Record<"jsonld" | "ttl" | "graphml" | "gexf", OpenFormat>> = {
  jsonld: "jsonld",
  ttl: "turtle",
  graphml: "graphml",
  gexf: "gexf",
};

/** The graph drawn now, written as the server writes its dumps, with addresses on this origin. */
function exportOpen(format: OpenFormat, model: GraphModel, fileName: (extension: string) => string): void {
  const { nodes, edges } = model.subgraph();
  const { extension, mediaType } = FORMAT_INFO[format];
  const text = writeGraph({ nodes, edges }, format, window.location.origin);
  download(new Blob([text], { type: mediaType }), fileName(extension));
}

/** What the view shows, named with the nodes' names in the interface language. */
function subjectOf(model: GraphModel, state: AppState): ExportSubject {
  const { view } = state;
  const nameOf = (id: string) => {
    const node = model.nodes.get(id);
    return node ? labelOf(node, view.language) : id;
  };
  return exportSubjectOf(view, nameOf, view.language);
}

/**
 * Every export says what it shows and as of which day, in its file name and inside (a picture
 * in its frame); the data release is inside each, where it can travel with a copied row.
 */
export async function exportAs(
  format: ExportFormat,
  graph: GraphView,
  model: GraphModel,
  state: AppState,
): Promise<void> {
  const release = state.release.current?.version ?? null;
  const { view } = state;
  // The day drawn, written out: a file read later must not say "today" of another day.
  const day = view.asOf ?? new Date().toLocaleDateString("sv-SE");
  const subject = subjectOf(model, state);
  const fileName = (extension: string, part: string | null = null) =>
    exportFileNameOf(subject, day, extension, part);
  const frame = () =>
    frameTextOf({
      subject,
      language: view.language,
      day,
      compareTo: view.compareTo,
      release,
      types: graph.cy
        .nodes()
        .filter((node) => node.visible())
        .map((node) => String(node.data("type"))),
    });
  switch (format) {
    case "png":
      download(await exportPng(graph.cy, frame()), fileName("png"));
      return;
    case "svg":
      download(new Blob([exportSvg(graph.cy, frame())], { type: "image/svg+xml" }), fileName("svg"));
      return;
    case "json":
      download(
        new Blob([subgraphToJson(model.subgraph(), { dataRelease: release, asOf: state.view.asOf })], {
          type: "application/json",
        }),
        fileName("json"),
      );
      return;
    case "csv":
      {
        // Two tables, two files: one CSV holding both read as one broken table in a spreadsheet.
        const subgraph = model.subgraph();
        const type = "text/csv;charset=utf-8";
        download(new Blob([nodesCsv(subgraph, release)], { type }), fileName("csv", "nodes"));
        download(new Blob([edgesCsv(subgraph, release)], { type }), fileName("csv", "relationships"));
      }
      return;
    case "brief": {
      // The picture as drawn (filters, trace and path colours included), inlined as a data URL.
      const picture = graph.cy.png({ output: "base64uri", full: true, scale: 1, bg: "#ffffff" });
      const model0 = briefModelOf(
        { nodes: model.nodes.values(), edges: model.edges.values() },
        {
          language: view.language,
          filters: filtersOf(view),
          asOf: day,
          picture,
          dataRelease: release,
          base: window.location.origin,
        },
      );
      // The brief's heading names what it shows, as the pictures' titles do.
      const title = `${EXPORT_FRAME[view.language].product}: ${subject.title}`;
      const brief = buildBrief({ ...model0, labels: { ...model0.labels, title } });
      download(new Blob([brief], { type: "text/html" }), fileName("html", "brief"));
      return;
    }
    case "jsonld":
    case "ttl":
    case "graphml":
    case "gexf":
      exportOpen(OPEN_FORMAT_OF[format], model, fileName);
      return;
    default: {
      const unreachable: never = format;
      throw new Error(String(unreachable));
    }
  }
}
