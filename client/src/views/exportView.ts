/** Export buttons' work: the picture as drawn (PNG, SVG through cytoscape-svg) or the data. */
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
import type { GraphView } from "./GraphView.ts";
import { exportSvg } from "./graph/svgExport.ts";

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
          { language: view.language, filters: filtersOf(view), asOf: view.asOf, picture },
        ),
      );
      download(new Blob([brief], { type: "text/html" }), "ehealth-brief.html");
      return;
    }
    default: {
      const unreachable: never = format;
      throw new Error(String(unreachable));
    }
  }
}
