import type { z } from "zod";
import { savedQuery } from "../neo4j/savedQuery.ts";
import { subgraphRow } from "./projections.ts";

export type SubgraphParams = { readonly ids: readonly string[]; readonly asOf: string };

/** The given nodes in force on `asOf` and the relationships among them (cypher/queries/subgraph.cypher). */
export const subgraphQuery = savedQuery<SubgraphParams, z.infer<typeof subgraphRow>>("subgraph", subgraphRow);
