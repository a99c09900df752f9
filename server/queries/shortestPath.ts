import type { ApiContext } from "../context.ts";
import { NotFoundError } from "../errors/ApiError.ts";
import { assertInForce } from "../graph/asOf.ts";
import { type Subgraph, SubgraphBuilder } from "../graph/shape.ts";
import { readQuery } from "../neo4j/readQuery.ts";
import { nodeExistsQuery } from "../translate/nodeExists.ts";
import { shortestPathQuery } from "../translate/shortestPath.ts";
import { nodeById } from "./node.ts";

/**
 * A shortest path between two nodes through what was in force on `asOf`; an empty subgraph when
 * there is none that day.
 */
export async function shortestPath(
  context: ApiContext,
  fromId: string,
  toId: string,
  asOf: string,
): Promise<Subgraph> {
  // Neo4j's shortestPath refuses identical ends; the path from a node to itself is the node.
  if (fromId === toId) {
    return new SubgraphBuilder().addGraphNode(await nodeById(context, fromId, asOf)).build();
  }
  const [row] = await readQuery(context, shortestPathQuery, { fromId, toId, asOf });
  if (!row) {
    const [exists] = await readQuery(context, nodeExistsQuery, { ids: [fromId, toId] });
    const missing = [fromId, toId].find((id) => !exists?.found.includes(id)) ?? fromId;
    throw new NotFoundError(missing, "node");
  }
  assertInForce(row.from, asOf, fromId, "node");
  assertInForce(row.to, asOf, toId, "node");
  const builder = new SubgraphBuilder();
  for (const node of row.nodes) builder.addNode(node);
  for (const edge of row.edges) builder.addEdge(edge);
  return builder.build();
}
