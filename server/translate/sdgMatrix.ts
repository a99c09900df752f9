import { z } from "zod";
import { savedQuery } from "../neo4j/savedQuery.ts";
import { rawNode } from "./projections.ts";

export type SdgMatrixParams = { readonly strategyId: string; readonly asOf: string };

const row = z.object({
  strategy: rawNode,
  objectives: z.array(rawNode),
  sdgs: z.array(rawNode),
  cells: z.array(
    z.object({ objective: z.string(), sdg: z.string(), props: z.record(z.string(), z.unknown()) }),
  ),
});

/** A strategy's objectives against the SDGs on `asOf` (cypher/queries/sdgMatrix.cypher). */
export const sdgMatrixQuery = savedQuery<SdgMatrixParams, z.infer<typeof row>>("sdgMatrix", row);
