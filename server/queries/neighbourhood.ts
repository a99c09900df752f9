import { RELATIONSHIP_TYPES } from "#seed/model.ts";
import type { ApiContext } from "../context.ts";
import { BadUserInputError } from "../errors/ApiError.ts";
import { type RawEdge, type RawNode, type Subgraph, SubgraphBuilder } from "../graph/shape.ts";
import { readQuery } from "../neo4j/readQuery.ts";
import { nodeById } from "./node.ts";

export const MAX_DEPTH = 3;
/** Bounds the answer on a large graph: a neighbourhood stops growing past this many nodes. */
export const MAX_SUBGRAPH_NODES = 500;

export function assertRelationshipTypes(types: readonly string[] | null | undefined): readonly string[] {
  const unknown = (types ?? []).filter((type) => !(RELATIONSHIP_TYPES as readonly string[]).includes(type));
  if (unknown.length > 0) {
    throw new BadUserInputError(`Unknown relationship type(s): ${unknown.join(", ")}`, "types");
  }
  return types ?? [];
}

/**
 * Breadth-first, one bounded query per level (at most 3), rather than one variable-length
 * pattern: the frontier never re-expands nodes already seen, so hubs do not multiply paths.
 */
export async function neighbourhood(
  context: ApiContext,
  args: { id: string; depth?: number | null; types?: readonly string[] | null },
): Promise<Subgraph> {
  const depth = args.depth ?? 1;
  if (depth < 1 || depth > MAX_DEPTH) {
    throw new BadUserInputError(`depth must be between 1 and ${MAX_DEPTH} (got ${depth})`, "depth");
  }
  const types = assertRelationshipTypes(args.types);
  const start = await nodeById(context, args.id);
  const builder = new SubgraphBuilder();
  builder.addGraphNode(start);
  let frontier = [start.id];
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const rows = await readQuery<{ node: RawNode; edge: RawEdge }>(context, "expandLevel", {
      frontier,
      types,
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
