import type { ApiContext } from "../context.ts";
import { NotFoundError } from "../errors/ApiError.ts";
import { type GraphNode, type RawNode, toGraphNode } from "../graph/shape.ts";
import { readQuery } from "../neo4j/readQuery.ts";

export async function nodeById(context: ApiContext, id: string): Promise<GraphNode> {
  const [row] = await readQuery<{ node: RawNode }>(context, "nodeById", { id });
  if (!row) throw new NotFoundError(id, "node");
  return toGraphNode(row.node);
}
