import { z } from "zod";
import { savedQuery } from "../neo4j/savedQuery.ts";
import { rawNode } from "./projections.ts";

export type SearchParams = {
  /** A Lucene query built from escaped terms (server/queries/luceneQuery.ts). */
  readonly query: string;
  readonly exact: string;
  readonly types: readonly string[];
  readonly candidates: number;
  readonly limit: number;
  /** The day `inForce` is judged on: the asked day, or today. */
  readonly asOf: string;
  /** True: nodes of every date, those in force on `asOf` first; false: only those in force. */
  readonly everyDate: boolean;
  /** Without a day, the share of the best score that makes a close match (ranked first). */
  readonly closeShare: number;
};

const row = z.object({ node: rawNode, score: z.number(), inForce: z.boolean() });

/**
 * Full-text hits: in force on `asOf`, or of every date, close matches first and in force first
 * within each band (cypher/queries/search.cypher).
 */
export const searchQuery = savedQuery<SearchParams, z.infer<typeof row>>("search", row);
