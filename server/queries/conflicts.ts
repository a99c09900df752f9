import type { ApiContext } from "../context.ts";
import { type RawEdge, type RawNode, type Subgraph, SubgraphBuilder } from "../graph/shape.ts";
import { readQuery } from "../neo4j/readQuery.ts";

/**
 * The relationships where sources disagree (those with a conflict note), as a subgraph the
 * explorer can draw, as the graph stood on `asOf`.
 */
export async function conflicts(context: ApiContext, asOf: string): Promise<Subgraph> {
  const rows = await readQuery<{ from: RawNode; to: RawNode; edge: RawEdge }>(context, "conflicts", { asOf });
  const builder = new SubgraphBuilder();
  for (const row of rows) builder.addNode(row.from).addNode(row.to).addEdge(row.edge);
  return builder.build();
}
