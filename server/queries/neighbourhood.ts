import { RELATIONSHIP_TYPES } from "#seed/model.ts";
import type { ApiContext } from "../context.ts";
import { BadUserInputError } from "../errors/ApiError.ts";
import type { Subgraph } from "../graph/shape.ts";
import { expandBreadthFirst } from "./expandBreadthFirst.ts";
import { nodeById } from "./node.ts";

export const MAX_DEPTH = 3;

export function assertRelationshipTypes(types: readonly string[] | null | undefined): readonly string[] {
  const unknown = (types ?? []).filter((type) => !(RELATIONSHIP_TYPES as readonly string[]).includes(type));
  if (unknown.length > 0) {
    throw new BadUserInputError(`Unknown relationship type(s): ${unknown.join(", ")}`, "types");
  }
  return types ?? [];
}

/**
 * Breadth-first, one bounded query per level (at most 3): see expandBreadthFirst. Only what was in
 * force on `asOf` (a full day), nodes and relationships alike.
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
  const start = await nodeById(context, args.id, asOf);
  return expandBreadthFirst(context, "expandLevel", start, depth, { types, asOf });
}
