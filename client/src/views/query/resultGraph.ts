/** A query result drawn as a small graph of its own (fcose), beside the main canvas. */
import { type Language, labelOf, type Subgraph, styleOf } from "@core/graph/index.ts";
import { registerLayouts } from "@core/layouts/index.ts";
import cytoscape, { type Core } from "cytoscape";
import { edgeLabel, isEnded } from "./periods.ts";

export function drawResultGraph(host: HTMLElement, graph: Subgraph, language: Language): Core {
  registerLayouts();
  return cytoscape({
    container: host,
    elements: [
      ...graph.nodes.map((node) => ({
        data: {
          id: node.id,
          label: labelOf(node, language),
          color: styleOf(node.type).color,
          shape: styleOf(node.type).shape,
        },
      })),
      ...graph.edges.map((edge) => ({
        data: {
          id: edge.id,
          source: edge.source,
          target: edge.target,
          label: edgeLabel(edge, language),
          validFrom: edge.validFrom,
          validTo: edge.validTo,
        },
        // A relationship that no longer holds is drawn dashed and faded, its end in its label.
        classes: [edge.conflict ? "conflict" : "", isEnded(edge) ? "ended" : ""].join(" ").trim(),
      })),
    ],
    style: [
      {
        selector: "node",
        style: {
          "background-color": "data(color)",
          shape: "data(shape)" as never,
          label: "data(label)",
          "font-size": 9,
          "text-valign": "bottom",
          "text-wrap": "wrap",
          "text-max-width": "100px",
          width: 22,
          height: 22,
        },
      },
      {
        selector: "edge",
        style: {
          "curve-style": "bezier",
          "target-arrow-shape": "triangle",
          width: 1.2,
          label: "data(label)",
          "font-size": 7,
          "min-zoomed-font-size": 7,
          "line-color": "#9ca3af",
          "target-arrow-color": "#9ca3af",
        },
      },
      { selector: "edge.conflict", style: { "line-color": "#dc2626", "target-arrow-color": "#dc2626" } },
      { selector: "edge.ended", style: { "line-style": "dashed", opacity: 0.6, color: "#6b7280" } },
    ],
    layout: {
      name: "fcose",
      animate: false,
      tilingPaddingVertical: 30,
      tilingPaddingHorizontal: 90,
    } as never,
  });
}
