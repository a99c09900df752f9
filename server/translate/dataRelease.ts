import { z } from "zod";
import { savedQuery } from "../neo4j/savedQuery.ts";

export type DataReleaseParams = Record<string, never>;

/** Corrections are stored as JSON text, one per entry; server/queries/dataRelease.ts reads them. */
const row = z.object({
  version: z.string(),
  date: z.string(),
  releases: z.array(z.string()),
  corrections: z.array(z.string()),
});

/** The stored data release and its correction log, if any (cypher/queries/dataRelease.cypher). */
export const dataReleaseQuery = savedQuery<DataReleaseParams, z.infer<typeof row>>("dataRelease", row);
