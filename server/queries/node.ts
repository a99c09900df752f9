import type { ApiContext } from "../context.ts";
import { NotFoundError } from "../errors/ApiError.ts";
import { assertInForce } from "../graph/asOf.ts";
import { type GraphNode, toGraphNode } from "../graph/shape.ts";
import { readQuery } from "../neo4j/readQuery.ts";
import { nodeByIdQuery } from "../translate/nodeById.ts";

/**
 * One node by id as it stood on `asOf` (a full day): NOT_FOUND if there is none, and NOT_FOUND
 * naming its period if it exists but was not in force that day.
 */
export async function nodeById(context: ApiContext, id: string, asOf: string): Promise<GraphNode> {
  const [row] = await readQuery(context, nodeByIdQuery, { id });
  if (!row) throw new NotFoundError(id, "node");
  assertInForce(row.node, asOf, id, "node");
  return toGraphNode(row.node);
}
