import { z } from "zod";
import { savedQuery } from "../neo4j/savedQuery.ts";
import { rawEdge, rawNode } from "./projections.ts";

export const CHANGE_KINDS = ["started", "ended"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** Full days, `from` to `to` inclusive, and a bound on the rows. */
export type ChangesParams = { readonly from: string; readonly to: string; readonly limit: number };

const row = z.object({
  date: z.string(),
  kind: z.enum(CHANGE_KINDS),
  node: rawNode.nullable(),
  edge: rawEdge.nullable(),
  ends: z.array(rawNode),
});

/** What started or ended within the days, as a history (cypher/queries/changes.cypher). */
export const changesQuery = savedQuery<ChangesParams, z.infer<typeof row>>("changes", row);
