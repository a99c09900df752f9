import { z } from "zod";
import { savedQuery } from "../neo4j/savedQuery.ts";

export type NodeExistsParams = { readonly ids: readonly string[] };

const row = z.object({ found: z.array(z.string()) });

/** Which of `ids` exist, to tell NOT_FOUND from an empty answer (cypher/queries/nodeExists.cypher). */
export const nodeExistsQuery = savedQuery<NodeExistsParams, z.infer<typeof row>>("nodeExists", row);
