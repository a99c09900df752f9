import { z } from "zod";
import { savedQuery } from "../neo4j/savedQuery.ts";
import { rawEdge } from "./projections.ts";

/** The three parts of a relationship id 'from|TYPE|to'. */
export type RelationshipByIdParams = { readonly from: string; readonly type: string; readonly to: string };

const row = z.object({ edge: rawEdge });

/** One relationship by id, whatever its dates (cypher/queries/relationshipById.cypher). */
export const relationshipByIdQuery = savedQuery<RelationshipByIdParams, z.infer<typeof row>>(
  "relationshipById",
  row,
);
