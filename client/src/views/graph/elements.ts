/** The canvas's element definitions: what each node and link carries into cytoscape. */
import {
  canvasLabelOf,
  type GraphEdge,
  type GraphNode,
  isInferred,
  type Language,
  styleOf,
} from "@core/graph/index.ts";
import type { ElementDefinition } from "cytoscape";

export function nodeDefinition(node: GraphNode, language: Language): ElementDefinition {
  const style = styleOf(node.type);
  return {
    group: "nodes",
    data: {
      id: node.id,
      type: node.type,
      label: canvasLabelOf(node, language),
      color: style.color,
      shape: style.shape,
    },
  };
}

export function edgeDefinition(edge: GraphEdge): ElementDefinition {
  return {
    group: "edges",
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      conflict: edge.conflict ? "⚠ " : "",
      label: "",
    },
    classes: [isInferred(edge) ? "inferred" : "", edge.conflict ? "conflict" : ""].filter(Boolean).join(" "),
  };
}
