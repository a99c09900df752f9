/** Export buttons' work: the picture as drawn (PNG, SVG through cytoscape-svg) or the data. */
import { type AppState, filtersOf } from "@core/app/state.ts";
import {
  briefModelOf,
  buildBrief,
  download,
  type ExportFormat,
  exportFileName,
  subgraphToCsv,
  subgraphToJson,
} from "@core/export/index.ts";
import type { GraphModel } from "@core/graph/index.ts";
import type { GraphView } from "./GraphView.ts";
import { exportSvg } from "./graph/svgExport.ts";

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
      download(
        new Blob([subgraphToCsv(model.subgraph(), release)], { type: "text/csv" }),
        exportFileName("ehealth-graph", release, "csv"),
      );
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
            dataRelease: release,
          },
        ),
      );
      download(new Blob([brief], { type: "text/html" }), exportFileName("ehealth-brief", release, "html"));
      return;
    }
    default: {
      const unreachable: never = format;
      throw new Error(String(unreachable));
    }
  }
}
