import type { ApiContext } from "../context.ts";
import { NotFoundError } from "../errors/ApiError.ts";
import { assertInForce } from "../graph/asOf.ts";
import { type Subgraph, SubgraphBuilder } from "../graph/shape.ts";
import { readQuery } from "../neo4j/readQuery.ts";
import { governanceTreeQuery } from "../translate/governanceTree.ts";
import { MAX_SUBGRAPH_NODES } from "./subgraphBounds.ts";

/**
 * The hierarchy below `rootId` as it stood on `asOf`, in one statement (cypher/queries/
 * governanceTree.cypher): a breadth-first search inside Neo4j instead of one round trip per
 * level, bounded the same way (each node expanded once, at most MAX_SUBGRAPH_NODES nodes).
 */
export async function governanceTree(context: ApiContext, rootId: string, asOf: string): Promise<Subgraph> {
  const [row] = await readQuery(context, governanceTreeQuery, {
    id: rootId,
    asOf,
    limit: MAX_SUBGRAPH_NODES - 1,
  });
  if (!row) throw new NotFoundError(rootId, "node");
  assertInForce(row.root, asOf, rootId, "node");
  const builder = new SubgraphBuilder().addNode(row.root);
  for (const node of row.nodes) builder.addNode(node);
  for (const edge of row.edges) builder.addEdge(edge);
  return builder.build();
}
