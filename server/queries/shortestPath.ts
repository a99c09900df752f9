import type { ApiContext } from "../context.ts";
import { NotFoundError } from "../errors/ApiError.ts";
import { type RawEdge, type RawNode, type Subgraph, SubgraphBuilder } from "../graph/shape.ts";
import { readQuery } from "../neo4j/readQuery.ts";
import { nodeById } from "./node.ts";

export async function shortestPath(context: ApiContext, fromId: string, toId: string): Promise<Subgraph> {
  // Neo4j's shortestPath refuses identical ends; the path from a node to itself is the node.
  if (fromId === toId) return new SubgraphBuilder().addGraphNode(await nodeById(context, fromId)).build();
  const [row] = await readQuery<{ nodes: RawNode[]; edges: RawEdge[] }>(context, "shortestPath", {
    fromId,
    toId,
  });
  if (!row) {
    const [exists] = await readQuery<{ found: string[] }>(context, "nodeExists", { ids: [fromId, toId] });
    const missing = [fromId, toId].find((id) => !exists?.found.includes(id)) ?? fromId;
    throw new NotFoundError(missing, "node");
  }
  const builder = new SubgraphBuilder();
  for (const node of row.nodes) builder.addNode(node);
  for (const edge of row.edges) builder.addEdge(edge);
  return builder.build();
}
