import type { ApiContext } from "../context.ts";
import { type Subgraph, SubgraphBuilder } from "../graph/shape.ts";
import { readQuery } from "../neo4j/readQuery.ts";
import { conflictsQuery } from "../translate/conflicts.ts";

/**
 * The relationships where sources disagree (those with a conflict note), as a subgraph the
 * explorer can draw, as the graph stood on `asOf`.
 */
export async function conflicts(context: ApiContext, asOf: string): Promise<Subgraph> {
  const rows = await readQuery(context, conflictsQuery, { asOf });
  const builder = new SubgraphBuilder();
  for (const row of rows) builder.addNode(row.from).addNode(row.to).addEdge(row.edge);
  return builder.build();
}
