import { z } from "zod";
import { savedQuery } from "../neo4j/savedQuery.ts";
import { rawEdge, rawNode } from "./projections.ts";

export type GovernanceTreeParams = {
  readonly id: string;
  readonly asOf: string;
  /** Nodes kept below the root. */
  readonly limit: number;
};

const row = z.object({ root: rawNode, nodes: z.array(rawNode), edges: z.array(rawEdge) });

/** The hierarchy below `id` on `asOf`, in one statement (cypher/queries/governanceTree.cypher). */
export const governanceTreeQuery = savedQuery<GovernanceTreeParams, z.infer<typeof row>>(
  "governanceTree",
  row,
);
