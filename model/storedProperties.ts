/**
 * The property names the loader writes itself on nodes and relationships. Seed `properties` may
 * not reuse them, the API lifts them into named fields instead of the free-form `properties`
 * map, and the internal ones are never shown at all. One list, so that the loader, the validator,
 * the API and the explorer cannot disagree.
 */

/** Node properties with a field of their own in the API's GraphNode. */
export const NODE_FIELD_PROPERTIES = [
  "id",
  "name",
  "nameNo",
  "aliases",
  "description",
  "descriptionNo",
  "sources",
  "validFrom",
  "validTo",
  "dateSources",
] as const;

/** Relationship properties with a field of their own in the API's GraphEdge. */
export const EDGE_FIELD_PROPERTIES = [
  "id",
  "basis",
  "strength",
  "wording",
  "reason",
  "reasonNo",
  "conflict",
  "sources",
  "validFrom",
  "validTo",
  "dateSources",
] as const;

/** Written only to make search and time filtering work; never part of what users see. */
export const INTERNAL_PROPERTIES = ["aliasesText", "searchKeys", "inForceFrom", "inForceTo"] as const;

/**
 * Names a seed node's free-form `properties` may not use: the loader's own, and the edge field
 * names that would read as evidence (`basis`, `strength` …) if they appeared on a node.
 */
export const RESERVED_PROPERTIES: readonly string[] = [
  ...NODE_FIELD_PROPERTIES,
  ...INTERNAL_PROPERTIES,
  "type",
  "basis",
  "strength",
  "reason",
  "reasonNo",
  "conflict",
];
