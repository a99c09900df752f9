import type { ApiContext } from "../context.ts";
import { NotFoundError } from "../errors/ApiError.ts";
import { assertInForce } from "../graph/asOf.ts";
import { type SourceRef, toGraphEdge, toGraphNode } from "../graph/shape.ts";
import { readQuery } from "../neo4j/readQuery.ts";
import { nodeByIdQuery } from "../translate/nodeById.ts";
import { relationshipByIdQuery } from "../translate/relationshipById.ts";

/**
 * `id` is a node id, or a relationship id of the form 'from|TYPE|to'. Unlike the other queries,
 * evidence without `asOf` answers for a fact of any date: the sources of a fact that has ended are
 * still its sources, and the explorer asks for them when it shows the past. With `asOf` (a full
 * day), a fact not in force that day is NOT_FOUND with its period.
 */
export async function evidence(
  context: ApiContext,
  id: string,
  asOf: string | null,
): Promise<readonly SourceRef[]> {
  const parts = id.split("|");
  if (parts.length === 3) {
    const [from, type, to] = parts;
    const [row] = await readQuery(context, relationshipByIdQuery, { from, type, to });
    if (!row) throw new NotFoundError(id, "relationship");
    if (asOf !== null) assertInForce(row.edge.props, asOf, id, "relationship");
    return toGraphEdge(row.edge).sources;
  }
  const [row] = await readQuery(context, nodeByIdQuery, { id });
  if (!row) throw new NotFoundError(id);
  if (asOf !== null) assertInForce(row.node, asOf, id, "node");
  return toGraphNode(row.node).sources;
}
