/**
 * The shapes of the two projections every graph query returns (server/graph/shape.ts): a node
 * `n {.*, type: …}` and a relationship `{id, type, source, target, props}`. Other properties
 * pass through untouched; toGraphNode / toGraphEdge read them.
 */
import { z } from "zod";
import type { RawEdge, RawNode } from "../graph/shape.ts";

export const rawNode: z.ZodType<RawNode> = z.looseObject({ id: z.string(), type: z.string() });

export const rawEdge: z.ZodType<RawEdge> = z.object({
  id: z.string().nullable(),
  type: z.string(),
  source: z.string(),
  target: z.string(),
  props: z.record(z.string(), z.unknown()),
});

/** The projections a subgraph query answers with: every node and relationship found. */
export const subgraphRow = z.object({ nodes: z.array(rawNode), edges: z.array(rawEdge) });
