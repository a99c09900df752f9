import type { ApiContext } from "../context.ts";
import { BadUserInputError } from "../errors/ApiError.ts";
import { type Subgraph, SubgraphBuilder } from "../graph/shape.ts";
import { readQuery } from "../neo4j/readQuery.ts";
import { subgraphQuery } from "../translate/subgraph.ts";

/** Bounded like a neighbourhood (≤ 500 nodes): a shared link never holds more than the explorer draws. */
export const MAX_SUBGRAPH_IDS = 500;

/**
 * The nodes with the given ids that were in force on `asOf` (a full day), and the relationships
 * among them in force that day. Unknown or out-of-force ids are skipped, not an error: a link
 * shared before a node was removed, or opened at another date, still opens what remains.
 */
export async function subgraph(
  context: ApiContext,
  requested: readonly string[],
  asOf: string,
): Promise<Subgraph> {
  const ids = [...new Set(requested)];
  if (ids.length > MAX_SUBGRAPH_IDS) {
    throw new BadUserInputError(
      `ids holds ${ids.length} ids; at most ${MAX_SUBGRAPH_IDS} are allowed`,
      "ids",
    );
  }
  if (ids.length === 0) return { nodes: [], edges: [] };
  const [row] = await readQuery(context, subgraphQuery, { ids, asOf });
  const builder = new SubgraphBuilder();
  for (const node of row?.nodes ?? []) builder.addNode(node);
  for (const edge of row?.edges ?? []) builder.addEdge(edge);
  return builder.build();
}
