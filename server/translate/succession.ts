import { z } from "zod";
import { savedQuery } from "../neo4j/savedQuery.ts";
import { rawNode } from "./projections.ts";

export type SuccessionParams = {
  readonly ids: readonly string[];
  /** The relationship types that mean "took over from" (model/vocabulary.ts SUCCESSION_TYPES). */
  readonly successionTypes: readonly string[];
  /** The most steps read per node. */
  readonly steps: number;
};

const step = z.object({
  type: z.string(),
  validFrom: z.string().nullable(),
  later: z.boolean(),
  node: rawNode,
});

const row = z.object({ id: z.string(), steps: z.array(step) });

export type SuccessionRow = z.infer<typeof row>;

/** Each node's succession, one step each way, whatever the day (cypher/queries/succession.cypher). */
export const successionQuery = savedQuery<SuccessionParams, SuccessionRow>("succession", row);
