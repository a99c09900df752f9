import type { ApiContext } from "../context.ts";
import { NotFoundError } from "../errors/ApiError.ts";
import { type RawEdge, type RawNode, type SourceRef, toGraphEdge, toGraphNode } from "../graph/shape.ts";
import { readQuery } from "../neo4j/readQuery.ts";

/** `id` is a node id, or a relationship id of the form 'from|TYPE|to'. */
export async function evidence(context: ApiContext, id: string): Promise<readonly SourceRef[]> {
  const parts = id.split("|");
  if (parts.length === 3) {
    const [from, type, to] = parts;
    const [row] = await readQuery<{ edge: RawEdge }>(context, "relationshipById", { from, type, to });
    if (!row) throw new NotFoundError(id, "relationship");
    return toGraphEdge(row.edge).sources;
  }
  const [row] = await readQuery<{ node: RawNode }>(context, "nodeById", { id });
  if (!row) throw new NotFoundError(id);
  return toGraphNode(row.node).sources;
}
