/** Pure helpers over graph data. */
import type { GraphEdge, GraphNode } from "./contract.ts";
import type { Filters, Language } from "./vocabulary.ts";

/** The label shown for a node: its Norwegian name in Norwegian mode where it has one. */
export function labelOf(node: Pick<GraphNode, "name" | "nameNo">, language: Language): string {
  return language === "no" && node.nameNo ? node.nameNo : node.name;
}

/** "PART_OF" → "part of". */
export function humanise(type: string): string {
  return type.toLowerCase().replace(/_/g, " ");
}

/** "RegionalHealthAuthority" → "Regional health authority". */
export function typeLabel(type: string): string {
  if (type === type.toUpperCase()) return type;
  const words = type.replace(/([a-z])([A-Z])/g, "$1 $2");
  return words.charAt(0) + words.slice(1).toLowerCase();
}

export function isInferred(edge: Pick<GraphEdge, "basis">): boolean {
  return edge.basis === "inferred";
}

export function nodeVisible(node: Pick<GraphNode, "type">, filters: Filters): boolean {
  return !filters.hiddenNodeTypes.includes(node.type);
}

export function edgeVisible(edge: Pick<GraphEdge, "type" | "basis">, filters: Filters): boolean {
  if (filters.hiddenEdgeTypes.includes(edge.type)) return false;
  return filters.showInferred || !isInferred(edge);
}

/** A node's relationships grouped by type, each with the node at the other end and its direction. */
export function relationshipsByType(
  nodeId: string,
  edges: Iterable<GraphEdge>,
): Map<string, { edge: GraphEdge; otherId: string; outgoing: boolean }[]> {
  const groups = new Map<string, { edge: GraphEdge; otherId: string; outgoing: boolean }[]>();
  for (const edge of edges) {
    if (edge.source !== nodeId && edge.target !== nodeId) continue;
    const outgoing = edge.source === nodeId;
    const list = groups.get(edge.type) ?? [];
    list.push({ edge, otherId: outgoing ? edge.target : edge.source, outgoing });
    groups.set(edge.type, list);
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}

/** Properties worth showing in the panel, as label/value pairs (lists joined). */
