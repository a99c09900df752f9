import { z } from "zod";
import { savedQuery } from "../neo4j/savedQuery.ts";

export type TimelineParams = Record<string, never>;

const row = z.object({ day: z.string() });

/** Every day on which something starts or ends being in force (cypher/queries/timeline.cypher). */
export const timelineQuery = savedQuery<TimelineParams, z.infer<typeof row>>("timeline", row);
