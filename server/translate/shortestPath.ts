import { z } from "zod";
import { savedQuery } from "../neo4j/savedQuery.ts";
import { rawEdge, rawNode } from "./projections.ts";

export type ShortestPathParams = { readonly fromId: string; readonly toId: string; readonly asOf: string };

const row = z.object({ from: rawNode, to: rawNode, nodes: z.array(rawNode), edges: z.array(rawEdge) });

/** A shortest path through what was in force, with both ends (cypher/queries/shortestPath.cypher). */
export const shortestPathQuery = savedQuery<ShortestPathParams, z.infer<typeof row>>("shortestPath", row);
