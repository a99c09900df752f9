import { z } from "zod";
import { savedQuery } from "../neo4j/savedQuery.ts";
import { rawEdge, rawNode } from "./projections.ts";

export type NeighbourhoodParams = {
  readonly id: string;
  readonly asOf: string;
  readonly depth: number;
  readonly types: readonly string[];
  /** Relationships read per level, at most. */
  readonly limit: number;
  /** Nodes kept, the start among them. */
  readonly maxNodes: number;
};

const row = z.object({ root: rawNode, nodes: z.array(rawNode), edges: z.array(rawEdge) });

/** Up to three breadth-first levels around `id` in one statement (cypher/queries/neighbourhood.cypher). */
export const neighbourhoodQuery = savedQuery<NeighbourhoodParams, z.infer<typeof row>>("neighbourhood", row);
