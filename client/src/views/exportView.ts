/** Export buttons' work: the picture as drawn (PNG, SVG through cytoscape-svg) or the data. */
import { download, type ExportFormat, subgraphToCsv, subgraphToJson } from "@core/export/index.ts";
import type { GraphModel } from "@core/graph/index.ts";
import type { GraphView } from "./GraphView.ts";

export function exportAs(format: ExportFormat, graph: GraphView, model: GraphModel): void {
  switch (format) {
    case "png":
      download(graph.png(), "ehealth-graph.png");
      return;
    case "svg":
      download(new Blob([graph.svg()], { type: "image/svg+xml" }), "ehealth-graph.svg");
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
    default: {
      const unreachable: never = format;
      throw new Error(String(unreachable));
    }
  }
}
