/**
 * Where each entity of the graph lives on the web: `<base>/id/<id>` for every node and every
 * relationship (`from|TYPE|to`), the UN's own address for an SDG, and `<base>/def/` for the
 * graph's own vocabulary. One module, so that the server, the exports and the explorer's brief
 * write the same addresses.
 */

/** A relationship's id: its two ends and its type, as the API's GraphEdge.id spells it. */
export function relationshipId(from: string, type: string, to: string): string {
  return `${from}|${type}|${to}`;
}

/** The parts of a relationship id, or undefined when `id` names a node. */
export function splitRelationshipId(id: string): { from: string; type: string; to: string } | undefined {
  const parts = id.split("|");
  if (parts.length !== 3) return undefined;
  const [from = "", type = "", to = ""] = parts;
  return from && type && to ? { from, type, to } : undefined;
}

/** A base URL without its trailing slashes, so that `${base}/id/…` never doubles one. */
export function normaliseBase(base: string): string {
  return base.replace(/\/+$/, "");
}

/**
 * The address of a node or relationship. `|` is percent-encoded: Turtle and the IRI grammar
 * forbid it unescaped, and the server decodes the path before it reads the id.
 */
export function entityAddress(base: string, id: string): string {
  return `${normaliseBase(base)}/id/${encodeURIComponent(id)}`;
}

/** The namespace of the graph's own classes and properties (labels, relationship types, fields). */
export function vocabularyNamespace(base: string): string {
  return `${normaliseBase(base)}/def/`;
}

/** The address of one of the five source documents. */
export function documentAddress(base: string, documentId: string): string {
  return `${normaliseBase(base)}/source/${encodeURIComponent(documentId)}`;
}

/** The UN's own URI of a Sustainable Development Goal (SKOS concepts published by the UN). */
export function sdgUri(number: number): string {
  return `http://metadata.un.org/sdg/${number}`;
}

/**
 * The explorer's link that draws `nodeIds` and selects `selected` (a node or relationship id), as
 * of `asOf` when given: the explorer's own URL state (`n`, `s`, `asOf`; see
 * client/src/core/url-state), where a browser asking for an entity's address is sent.
 */
export function explorerLink(nodeIds: readonly string[], selected: string, asOf?: string): string {
  const state = new URLSearchParams({ n: nodeIds.join("."), s: selected });
  if (asOf) state.set("asOf", asOf);
  return `/?${state}`;
}
