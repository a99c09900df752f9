/**
 * Reads what one entity address describes: a node with its relationships and neighbours, or one
 * relationship with its two ends, as they stood on a day (or over all time when no day is asked).
 */
import { cypherFile } from "#cypher/cypherFile.ts";
import { splitRelationshipId } from "#seed/linkedData/addresses.ts";
import {
  type LinkedEdge,
  type LinkedGraph,
  linkedEdgeOf,
  linkedNodeOf,
  type StoredNode,
} from "#seed/linkedData/graph.ts";
import { NotFoundError } from "../errors/ApiError.ts";
import { assertInForce, isInForce } from "../graph/asOf.ts";
import { linkedRead, type ReadOptions } from "./linkedRead.ts";

export interface EntityDocument {
  readonly graph: LinkedGraph;
  /** Nodes described only by type and names: the neighbours. */
  readonly brief: ReadonlySet<string>;
  /** Node ids to draw in the explorer for this entity. */
  readonly nodeIds: readonly string[];
}

type Row = Record<string, unknown>;

function read(options: ReadOptions, name: string, params: Record<string, unknown>): Promise<Row[]> {
  return linkedRead(options, async (tx) => {
    const result = await tx.run(cypherFile(`linkedData/${name}`), params);
    return result.records.map((record) => record.toObject());
  });
}

const stored = (labels: unknown, properties: unknown): StoredNode => ({
  labels: labels as string[],
  properties: properties as Record<string, unknown>,
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
    const [row] = await read(options, "entityRelationship", relationship);
    if (!row) throw new NotFoundError(id, "relationship");
    const properties = row.properties as Record<string, unknown>;
    if (asOf !== undefined) {
      assertInForce(properties, asOf, id, "relationship");
      assertInForce(row.fromProperties as Record<string, unknown>, asOf, relationship.from, "node");
      assertInForce(row.toProperties as Record<string, unknown>, asOf, relationship.to, "node");
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
  const [row] = await read(options, "entityNode", { id });
  if (!row) throw new NotFoundError(id, "node");
  const properties = row.properties as Record<string, unknown>;
  if (asOf !== undefined) assertInForce(properties, asOf, id, "node");
  const node = linkedNodeOf(stored(row.labels, properties));
  const neighbours = new Map([[node.id, node]]);
  const edges = new Map<string, LinkedEdge>();
  for (const rel of row.relationships as Row[]) {
    const relProperties = rel.properties as Record<string, unknown>;
    const otherProperties = rel.otherProperties as Record<string, unknown>;
    if (!inForce(relProperties) || !inForce(otherProperties)) continue;
    const edge = linkedEdgeOf({
      from: String(rel.from),
      type: String(rel.type),
      to: String(rel.to),
      properties: relProperties,
    });
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
