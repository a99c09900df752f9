/**
 * After `npm start` is ready: the class-data archive the local Neo4j started without (a fresh
 * machine, a new Java or new jars) is built at the server's first quiet moment, at a low CPU
 * priority, so that the next start maps it. Building it before Neo4j started cost a first start
 * 38 s; after Ready it costs nobody a wait.
 */
import type { Server } from "node:http";
import type { RunningNeo4j } from "#platform/launcher/launcher.ts";
import { idleMoment } from "./idleMoment.ts";

export const CLASS_DATA_BUILD = {
  /** A user who just opened the explorer sends its first requests within this. */
  quietMs: 2_000,
  /** A server never quiet this long gets its archive anyway, at low priority. */
  maxWaitMs: 2 * 60_000,
  /** Requests keep the CPU while the two build JVMs run. */
  niceness: 10,
} as const;

/** Resolves once the archive is built, not needed, or called off by `signal` (the app stopping). */
export async function buildClassDataArchiveWhenIdle(
  local: Pick<RunningNeo4j, "classDataArchive" | "buildClassDataArchive">,
  server: Server,
  signal: AbortSignal,
): Promise<void> {
  if (local.classDataArchive !== undefined) return;
  const quiet = await idleMoment(server, { ...CLASS_DATA_BUILD, signal });
  if (!quiet || signal.aborted) return;
  await local.buildClassDataArchive({ niceness: CLASS_DATA_BUILD.niceness }).catch(() => undefined);
}
