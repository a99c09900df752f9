import type { ApiContext } from "../context.ts";
import type { Subgraph } from "../graph/shape.ts";
import { expandBreadthFirst } from "./expandBreadthFirst.ts";
import { nodeById } from "./node.ts";

/** Deeper than any real hierarchy (ministry → department → section is 2); guards against cycles. */
const MAX_LEVELS = 8;

/** The hierarchy below `rootId` as it stood on `asOf`. */
export async function governanceTree(context: ApiContext, rootId: string, asOf: string): Promise<Subgraph> {
  return expandBreadthFirst(context, "governanceLevel", await nodeById(context, rootId, asOf), MAX_LEVELS, {
    asOf,
  });
}
