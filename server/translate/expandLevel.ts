import { z } from "zod";
import { savedQuery } from "../neo4j/savedQuery.ts";
import { rawEdge, rawNode } from "./projections.ts";

export type ExpandLevelParams = {
  readonly frontier: readonly string[];
  readonly types: readonly string[];
  readonly asOf: string;
  readonly limit: number;
};

const row = z.object({ node: rawNode, edge: rawEdge });

/**
 * One breadth-first level (cypher/queries/expandLevel.cypher): the oracle the integration tests
 * hold neighbourhoodQuery equal to, level by level.
 */
export const expandLevelQuery = savedQuery<ExpandLevelParams, z.infer<typeof row>>("expandLevel", row);
