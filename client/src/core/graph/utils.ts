/** Pure helpers over graph data. */
import type { GraphEdge, GraphNode } from "./contract.ts";
import type { Filters, Language } from "./vocabulary.ts";

/** The label shown for a node: its Norwegian name in Norwegian mode where it has one. */
export function labelOf(node: Pick<GraphNode, "name" | "nameNo">, language: Language): string {
  return language === "no" && node.nameNo ? node.nameNo : node.name;
}

/** A description and the language it is written in, which may differ from the view's. */
export interface ShownDescription {
  readonly text: string;
  readonly language: Language;
}

/**
 * A node's description in the view's language. Where that language's text is
 * missing (a node made through the generated mutations may have only one) the other stands in, and
 * `language` says which it is, so that views can mark it rather than pass it off as a translation.
 */
export function descriptionOf(
  node: Pick<GraphNode, "description" | "descriptionNo">,
  language: Language,
): ShownDescription | null {
  const own = language === "no" ? node.descriptionNo : node.description;
  if (own) return { text: own, language };
  const other = language === "no" ? node.description : node.descriptionNo;
  return other ? { text: other, language: language === "no" ? "en" : "no" } : null;
}

/**
 * A relationship's reason in the view's language: its Norwegian reason in Norwegian mode, the
 * English one where no Norwegian text is written yet (and the other way round), with `language`
 * saying which it is, exactly as a description falls back; null where it gives no reason.
 */
export function reasonOf(
  edge: { readonly reason: string | null; readonly reasonNo: string | null },
  language: Language,
): ShownDescription | null {
  return descriptionOf({ description: edge.reason, descriptionNo: edge.reasonNo }, language);
}

/** The `lang` attribute of text in a language: "nb" (bokmål) or "en". */
export function langOf(language: Language): "nb" | "en" {
  return language === "no" ? "nb" : "en";
}

/** Longest label drawn on the canvas: three wrapped lines, so an expansion's placement room holds it. */
export const CANVAS_LABEL_MAX = 48;

/**
 * The name drawn under a node on the canvas: cut at a word boundary with "…" when longer than
 * three lines (the full name is in the panel, the outline and exports). Long names used to spill
 * over their neighbours after an expansion.
 */
export function canvasLabelOf(node: Pick<GraphNode, "name" | "nameNo">, language: Language): string {
  const label = labelOf(node, language);
  if (label.length <= CANVAS_LABEL_MAX) return label;
  const cut = label.slice(0, CANVAS_LABEL_MAX - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > CANVAS_LABEL_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, "")}…`;
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
