import { z } from "zod";
import { savedQuery } from "../neo4j/savedQuery.ts";
import { rawEdge, rawNode } from "./projections.ts";

export type TraceToSdgsParams = { readonly id: string; readonly maxPaths: number; readonly asOf: string };

const row = z.object({
  from: rawNode.nullable(),
  paths: z.array(z.object({ sdg: z.string(), nodes: z.array(rawNode), steps: z.array(rawEdge) })),
});

/** Every path from `id` to an SDG through what was in force (cypher/queries/traceToSdgs.cypher). */
export const traceToSdgsQuery = savedQuery<TraceToSdgsParams, z.infer<typeof row>>("traceToSdgs", row);
