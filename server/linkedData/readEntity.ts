/**
 * Reads what one entity address describes: a node with its relationships and neighbours, or one
 * relationship with its two ends, as they stood on a day (or over all time when no day is asked).
 */
import { z } from "zod";
import { cypherFile } from "#cypher/cypherFile.ts";
import { splitRelationshipId } from "#model/linkedData/addresses.ts";
import {
  type LinkedEdge,
  type LinkedGraph,
  linkedEdgeOf,
  linkedNodeOf,
  type StoredNode,
} from "#model/linkedData/graph.ts";
import { NotFoundError } from "../errors/ApiError.ts";
import { assertInForce, isInForce } from "../graph/asOf.ts";
import { decodeRows } from "../neo4j/savedQuery.ts";
import { linkedRead, type ReadOptions } from "./linkedRead.ts";

export interface EntityDocument {
  readonly graph: LinkedGraph;
  /** Nodes described only by type and names: the neighbours. */
  readonly brief: ReadonlySet<string>;
  /** Node ids to draw in the explorer for this entity. */
  readonly nodeIds: readonly string[];
}

const labels = z.array(z.string());
const properties = z.record(z.string(), z.unknown());

/** The rows of cypher/linkedData/entityRelationship.cypher. */
const relationshipRow = z.object({
  properties,
  fromLabels: labels,
  fromProperties: properties,
  toLabels: labels,
  toProperties: properties,
});

/** The rows of cypher/linkedData/entityNode.cypher. */
const nodeRow = z.object({
  labels,
  properties,
  relationships: z.array(
    z.object({
      from: z.string(),
      type: z.string(),
      to: z.string(),
      properties,
      otherLabels: labels,
      otherProperties: properties,
    }),
  ),
});

function read<Row>(
  options: ReadOptions,
  name: string,
  row: z.ZodType<Row>,
  params: Record<string, unknown>,
): Promise<Row[]> {
  return linkedRead(options, async (tx) => {
    const result = await tx.run(cypherFile(`linkedData/${name}`), params);
    return decodeRows(
      name,
      row,
      result.records.map((record) => record.toObject()),
    );
  });
}

const stored = (labels: readonly string[], properties: Record<string, unknown>): StoredNode => ({
  labels,
  properties,
});

/**
 * The document of `id` (a node id or `from|TYPE|to`); with `asOf` (a full day) only what was in
 * force that day, and NOT_FOUND naming its period when the entity itself was not.
 */
export async function readEntity(
  options: ReadOptions,
  id: string,
  asOf: string | undefined,
): Promise<EntityDocument> {
  const inForce = (properties: Readonly<Record<string, unknown>>) =>
    asOf === undefined || isInForce(properties, asOf);
  const relationship = splitRelationshipId(id);
  if (relationship) {
    const [row] = await read(options, "entityRelationship", relationshipRow, relationship);
    if (!row) throw new NotFoundError(id, "relationship");
    const properties = row.properties;
    if (asOf !== undefined) {
      assertInForce(properties, asOf, id, "relationship");
      assertInForce(row.fromProperties, asOf, relationship.from, "node");
      assertInForce(row.toProperties, asOf, relationship.to, "node");
    }
    const from = linkedNodeOf(stored(row.fromLabels, row.fromProperties));
    const to = linkedNodeOf(stored(row.toLabels, row.toProperties));
    const edge = linkedEdgeOf({ ...relationship, properties });
    return {
      graph: { nodes: from.id === to.id ? [from] : [from, to], edges: [edge] },
      brief: new Set([from.id, to.id]),
      nodeIds: [...new Set([from.id, to.id])],
    };
  }
  const [row] = await read(options, "entityNode", nodeRow, { id });
  if (!row) throw new NotFoundError(id, "node");
  const properties = row.properties;
  if (asOf !== undefined) assertInForce(properties, asOf, id, "node");
  const node = linkedNodeOf(stored(row.labels, properties));
  const neighbours = new Map([[node.id, node]]);
  const edges = new Map<string, LinkedEdge>();
  for (const rel of row.relationships) {
    const relProperties = rel.properties;
    const otherProperties = rel.otherProperties;
    if (!inForce(relProperties) || !inForce(otherProperties)) continue;
    const edge = linkedEdgeOf({ from: rel.from, type: rel.type, to: rel.to, properties: relProperties });
    edges.set(edge.id, edge);
    const other = linkedNodeOf(stored(rel.otherLabels, otherProperties));
    if (!neighbours.has(other.id)) neighbours.set(other.id, other);
  }
  const brief = new Set([...neighbours.keys()].filter((other) => other !== node.id));
  return {
    graph: { nodes: [...neighbours.values()], edges: [...edges.values()] },
    brief,
    nodeIds: [node.id],
  };
}
