/**
 * What the supervisor (server/supervisor.ts) and the app process it forks tell each other over
 * the IPC channel, validated on arrival like any input crossing a process boundary. The Neo4j
 * password travels here, never on a command line (visible in `ps`) or in a log.
 */
import { z } from "zod";

/** Supervisor → app: the local Neo4j the supervisor owns is up; connect to it. */
export const neo4jReadyMessage = z.object({
  type: z.literal("neo4j-ready"),
  uri: z.string().regex(/^bolt:\/\/127\.0\.0\.1:\d+$/),
  user: z.string().min(1),
  password: z.string().min(1),
  /**
   * The supervisor has work that waits for the app's first quiet moment (the class-data archive
   * Neo4j started without): the app, which alone sees the requests, says when one comes.
   */
  awaitsIdle: z.boolean().default(false),
});
export type Neo4jReadyMessage = z.infer<typeof neo4jReadyMessage>;

/** App → supervisor: listening and answering. */
export const appReadyMessage = z.object({ type: z.literal("app-ready") });
export type AppReadyMessage = z.infer<typeof appReadyMessage>;

/** App → supervisor: no request in flight and none for a while, as asked by `awaitsIdle`. */
export const appIdleMessage = z.object({ type: z.literal("app-idle") });
export type AppIdleMessage = z.infer<typeof appIdleMessage>;

/** The flag the supervisor starts the app with. */
export const SUPERVISED_FLAG = "--supervised";
