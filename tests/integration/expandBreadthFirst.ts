import type { ApiContext } from "#server/context.ts";
import { type GraphNode, type Subgraph, SubgraphBuilder } from "#server/graph/shape.ts";
import { readQuery } from "#server/neo4j/readQuery.ts";
import { MAX_SUBGRAPH_NODES } from "#server/queries/subgraphBounds.ts";
import { expandLevelQuery } from "#server/translate/expandLevel.ts";

/**
 * The test oracle for cypher/queries/neighbourhood.cypher, which does the same inside one
 * statement (neighbourhood.int.test.ts holds the two equal for every seeded node): the API's
 * expansion as it was before, one level per round trip, stating the bounds plainly.
 *
 * Grows a subgraph from `start` one level per query (cypher/queries/expandLevel.cypher). Nodes already seen are never expanded
 * again, so hubs do not multiply paths the way a variable-length pattern would.
 */
export async function expandBreadthFirst(
  context: ApiContext,
  start: GraphNode,
  levels: number,
  params: { readonly types: readonly string[]; readonly asOf: string },
): Promise<Subgraph> {
  const builder = new SubgraphBuilder().addGraphNode(start);
  let frontier = [start.id];
  for (let level = 0; level < levels && frontier.length > 0; level++) {
    const rows = await readQuery(context, expandLevelQuery, {
      ...params,
      frontier,
      limit: MAX_SUBGRAPH_NODES * 4,
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
