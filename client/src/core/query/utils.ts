/**
 * Turns any GraphQL result into a graph and a table. Objects carrying an `id` and a type (`type`
 * or `__typename`) are nodes; objects shaped like GraphEdge (id, source, target, type) are edges;
 * an object with an id nested inside another gives an edge parent → child named after the field
 * (`runsIncoming` under a Solution becomes "RUNS" from the child to the parent).
 */
import type { GraphEdge, GraphNode } from "../graph/contract.ts";
import type { ResultGraph, ResultTable } from "./types.ts";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** An edge needs its ends; a query may leave out `id` (derived as 'from|TYPE|to'). */
const isEdgeShaped = (value: JsonObject): boolean =>
  typeof value.source === "string" && typeof value.target === "string";

function nodeTypeOf(value: JsonObject): string | null {
  if (typeof value.type === "string") return value.type;
  if (typeof value.__typename === "string" && value.__typename !== "GraphNode") return value.__typename;
  return null;
}

/** "runsIncoming" → { type: "RUNS", incoming: true }; "partOf" → { type: "PART_OF", incoming: false }. */
export function relationshipOfField(field: string): { type: string; incoming: boolean } {
  const incoming = field.endsWith("Incoming");
  const base = incoming ? field.slice(0, -"Incoming".length) : field;
  return { type: base.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase(), incoming };
}

const text = (value: JsonObject, key: string): string | null => {
  const field = value[key];
  return typeof field === "string" ? field : null;
};

/**
 * How each field of GraphNode is read from a result object. Keyed by every field of the generated
 * type, so a field added to the NodeFields fragment fails the typecheck until it is read here;
 * its keys are also the fields kept out of `properties` (query/utils.test.ts checks them against
 * the fragment at run time).
 */
const NODE_FIELD_READERS: {
  readonly [K in keyof GraphNode]-?: (value: JsonObject, type: string) => GraphNode[K];
} = {
  id: (value) => text(value, "id") ?? "",
  type: (_, type) => type,
  name: (value) => text(value, "name") ?? text(value, "id") ?? "",
  nameNo: (value) => text(value, "nameNo"),
  aliases: (value) =>
    Array.isArray(value.aliases) ? value.aliases.filter((a): a is string => typeof a === "string") : [],
  description: (value) => text(value, "description"),
  descriptionNo: (value) => text(value, "descriptionNo"),
  validFrom: (value) => text(value, "validFrom"),
  validTo: (value) => text(value, "validTo"),
  // Any other scalar a query asks for (a stored property the schema names) is kept, not dropped.
  properties: (value) => {
    const properties: Record<string, unknown> = isObject(value.properties) ? { ...value.properties } : {};
    for (const [key, field] of Object.entries(value)) {
      if (!NODE_FIELD_SET.has(key) && key !== "__typename" && field !== null && typeof field !== "object")
        properties[key] = field;
    }
    return properties;
  },
  // A query's sources have no fixed shape; the node panel asks for them itself.
  sources: () => [],
};

/** The fields of GraphNode, as read from a query result (see NODE_FIELD_READERS). */
export const NODE_FIELDS: readonly (keyof GraphNode)[] = Object.keys(NODE_FIELD_READERS).filter(
  (key): key is keyof GraphNode => key in NODE_FIELD_READERS,
);
const NODE_FIELD_SET: ReadonlySet<string> = new Set(NODE_FIELDS);

function toNode(value: JsonObject, type: string): GraphNode {
  const read = NODE_FIELD_READERS;
  return {
    id: read.id(value, type),
    type: read.type(value, type),
    name: read.name(value, type),
    nameNo: read.nameNo(value, type),
    aliases: read.aliases(value, type),
    description: read.description(value, type),
    descriptionNo: read.descriptionNo(value, type),
    validFrom: read.validFrom(value, type),
    validTo: read.validTo(value, type),
    properties: read.properties(value, type),
    sources: read.sources(value, type),
  };
}

/** A GraphEdge from an edge-shaped object, or from a connection edge's `properties` (then with its ends given). */
function toEdge(value: JsonObject, ends?: { source: string; target: string; type: string }): GraphEdge {
  const str = (key: string) => (typeof value[key] === "string" ? (value[key] as string) : null);
  const source = ends?.source ?? str("source") ?? "";
  const target = ends?.target ?? str("target") ?? "";
  const type = ends?.type ?? str("type") ?? "RELATED_TO";
  return {
    id: ends ? `${source}|${type}|${target}` : (str("id") ?? `${source}|${type}|${target}`),
    source,
    target,
    type,
    basis: str("basis") ?? "stated",
    strength: str("strength"),
    wording: str("wording"),
    reason: str("reason"),
    reasonNo: str("reasonNo"),
    conflict: str("conflict"),
    validFrom: str("validFrom"),
    validTo: str("validTo"),
    sources: [],
    properties: {},
  };
}

/**
 * A relationship field asked for as a connection (`runsIncomingConnection { edges { properties
 * node } }`): each edge's node, with the relationship's own properties (its period among them).
 */
function connectionEdges(field: string, value: Json | undefined): { node: Json; link: JsonObject }[] | null {
  if (!field.endsWith("Connection") || !isObject(value) || !Array.isArray(value.edges)) return null;
  return value.edges.filter(isObject).map((edge) => ({
    node: edge.node ?? null,
    link: isObject(edge.properties) ? edge.properties : {},
  }));
}

export function resultToGraph(data: unknown): ResultGraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const visit = (
    value: Json | undefined,
    parentId: string | null,
    field: string | null,
    link: JsonObject = {},
  ): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, parentId, field, link);
      return;
    }
    if (!isObject(value)) return;
    if (isEdgeShaped(value)) {
      const edge = toEdge(value);
      if (!edges.has(edge.id)) edges.set(edge.id, edge);
      for (const [key, child] of Object.entries(value)) visit(child, null, key);
      return;
    }
    const type = typeof value.id === "string" ? nodeTypeOf(value) : null;
    let here = parentId;
    if (type) {
      const id = value.id as string;
      const existing = nodes.get(id);
      // Keep the richest version of a node seen several times.
      if (!existing || Object.keys(value).length > Object.keys(existing.properties).length + 2) {
        nodes.set(id, toNode(value, type));
      }
      if (parentId && field && parentId !== id) {
        const rel = relationshipOfField(field);
        const [source, target] = rel.incoming ? [id, parentId] : [parentId, id];
        const edge = toEdge(link, { source, target, type: rel.type });
        if (!edges.has(edge.id)) edges.set(edge.id, edge);
      }
      here = id;
    }
    for (const [key, child] of Object.entries(value)) {
      const connection = connectionEdges(key, child);
      if (!connection) visit(child, here, key);
      else
        for (const edge of connection) visit(edge.node, here, key.slice(0, -"Connection".length), edge.link);
    }
  };
  visit(data as Json, null, null);
  // Edges whose ends never appeared as nodes get placeholder nodes, so the graph stays whole.
  for (const edge of edges.values()) {
    for (const end of [edge.source, edge.target]) {
      if (!nodes.has(end)) {
        nodes.set(end, {
          id: end,
          type: "Entity",
          name: end,
          nameNo: null,
          aliases: [],
          description: null,
          descriptionNo: null,
          validFrom: null,
          validTo: null,
          properties: {},
          sources: [],
        });
      }
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

function cellText(value: Json | undefined): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) {
    return value
      .map((item) =>
        isObject(item) ? String(item.name ?? item.title ?? item.id ?? JSON.stringify(item)) : String(item),
      )
      .join("; ");
  }
  if (isObject(value)) return String(value.name ?? value.title ?? value.id ?? JSON.stringify(value));
  return String(value);
}

/**
 * Every list of objects in the result (depth-first), each as a table named by its path: a query
 * for strategies and plans shows both, and the conflicts' edges (with their notes and sources)
 * as well as their nodes. A result without lists is one row.
 */
export function resultToTables(data: unknown): ResultTable[] {
  const tables: ResultTable[] = [];
  const visit = (value: Json | undefined, path: string): void => {
    if (Array.isArray(value)) {
      const rows = value.filter(isObject);
      if (rows.length > 0) tables.push(tableOf(path, rows));
      return;
    }
    if (!isObject(value)) return;
    for (const [key, child] of Object.entries(value)) visit(child, path ? `${path}.${key}` : key);
  };
  const root = toJson(data);
  visit(root, "");
  if (tables.length === 0 && isObject(root)) tables.push(tableOf("", [root]));
  return tables;
}

function tableOf(title: string, rows: readonly JsonObject[]): ResultTable {
  const columns: string[] = [];
  for (const row of rows) for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  return {
    title,
    columns,
    rows: rows.map((row) => Object.fromEntries(columns.map((column) => [column, cellText(row[column])]))),
  };
}

/** Parsed JSON is already this shape; round-tripping narrows `unknown` without a cast. */
function toJson(data: unknown): Json | undefined {
  const text = JSON.stringify(data);
  if (text === undefined) return undefined;
  const parsed: Json = JSON.parse(text);
  return parsed;
}
