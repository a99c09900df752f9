import { z } from "zod";
import { savedQuery } from "../neo4j/savedQuery.ts";
import { rawEdge, rawNode } from "./projections.ts";

export type ConflictsParams = { readonly asOf: string };

const row = z.object({ from: rawNode, to: rawNode, edge: rawEdge });

/** Relationships with a conflict note, with both ends, on `asOf` (cypher/queries/conflicts.cypher). */
export const conflictsQuery = savedQuery<ConflictsParams, z.infer<typeof row>>("conflicts", row);
