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
  readonly asOf: string;
};

const row = z.object({ node: rawNode, score: z.number() });

/** Full-text hits in force on `asOf`, exact name matches first (cypher/queries/search.cypher). */
export const searchQuery = savedQuery<SearchParams, z.infer<typeof row>>("search", row);
