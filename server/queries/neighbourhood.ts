import { RELATIONSHIP_TYPES } from "#model/model.ts";
import type { ApiContext } from "../context.ts";
import { BadUserInputError, NotFoundError } from "../errors/ApiError.ts";
import { assertInForce } from "../graph/asOf.ts";
import { type Subgraph, SubgraphBuilder } from "../graph/shape.ts";
import { readQuery } from "../neo4j/readQuery.ts";
import { neighbourhoodQuery } from "../translate/neighbourhood.ts";
import { MAX_SUBGRAPH_NODES } from "./subgraphBounds.ts";

export const MAX_DEPTH = 3;

export function assertRelationshipTypes(types: readonly string[] | null | undefined): readonly string[] {
  const unknown = (types ?? []).filter((type) => !(RELATIONSHIP_TYPES as readonly string[]).includes(type));
  if (unknown.length > 0) {
    throw new BadUserInputError(`Unknown relationship type(s): ${unknown.join(", ")}`, "types");
  }
  return types ?? [];
}

/**
 * Breadth-first, at most 3 levels, in one statement (cypher/queries/neighbourhood.cypher): the
 * levels that expandLevel.cypher asks for one round trip each, bounded the same way (each node
 * expanded once, a level's rows and the subgraph's nodes capped). Only what was in force on
 * `asOf` (a full day), nodes and relationships alike.
 */
export async function neighbourhood(
  context: ApiContext,
  args: { id: string; depth?: number | null; types?: readonly string[] | null },
  asOf: string,
): Promise<Subgraph> {
  const depth = args.depth ?? 1;
  if (depth < 1 || depth > MAX_DEPTH) {
    throw new BadUserInputError(`depth must be between 1 and ${MAX_DEPTH} (got ${depth})`, "depth");
  }
  const types = assertRelationshipTypes(args.types);
  const [row] = await readQuery(context, neighbourhoodQuery, {
    id: args.id,
    asOf,
    depth,
    types,
    limit: MAX_SUBGRAPH_NODES * 4,
    maxNodes: MAX_SUBGRAPH_NODES,
  });
  if (!row) throw new NotFoundError(args.id, "node");
  assertInForce(row.root, asOf, args.id, "node");
  const builder = new SubgraphBuilder().addNode(row.root);
  for (const node of row.nodes) builder.addNode(node);
  for (const edge of row.edges) builder.addEdge(edge);
  return builder.build();
}
