import { z } from "zod";
import { savedQuery } from "../neo4j/savedQuery.ts";
import { rawNode } from "./projections.ts";

export type NodeByIdParams = { readonly id: string };

const row = z.object({ node: rawNode });

/** One node by id, whatever its dates; the caller judges them (cypher/queries/nodeById.cypher). */
export const nodeByIdQuery = savedQuery<NodeByIdParams, z.infer<typeof row>>("nodeById", row);
