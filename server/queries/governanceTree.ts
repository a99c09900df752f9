import type { ApiContext } from "../context.ts";
import { type RawEdge, type RawNode, type Subgraph, SubgraphBuilder } from "../graph/shape.ts";
import { readQuery } from "../neo4j/readQuery.ts";
import { MAX_SUBGRAPH_NODES } from "./neighbourhood.ts";
import { nodeById } from "./node.ts";

/** Deeper than any real hierarchy (ministry → department → section is 2); guards against cycles. */
const MAX_LEVELS = 8;

export async function governanceTree(context: ApiContext, rootId: string): Promise<Subgraph> {
  const root = await nodeById(context, rootId);
  const builder = new SubgraphBuilder().addGraphNode(root);
  let frontier = [root.id];
  for (let level = 0; level < MAX_LEVELS && frontier.length > 0; level++) {
    const rows = await readQuery<{ node: RawNode; edge: RawEdge }>(context, "governanceLevel", {
      frontier,
      limit: MAX_SUBGRAPH_NODES * 2,
    });
    const next: string[] = [];
    for (const row of rows) {
      if (!builder.hasNode(row.node.id)) {
        if (builder.nodeCount >= MAX_SUBGRAPH_NODES) break;
        builder.addNode(row.node);
        next.push(row.node.id);
      }
      builder.addEdge(row.edge);
    }
    frontier = next;
  }
  return builder.build();
}
