/**
 * After `npm start` is ready: the class-data archive the local Neo4j started without (a fresh
 * machine, a new Java or new jars) is built at the server's first quiet moment, at a low CPU
 * priority, so that the next start maps it. Building it before Neo4j started cost a first start
 * 38 s; after Ready it costs nobody a wait.
 *
 * The process that owns Neo4j builds it, since the build needs the launcher's jars and must end
 * with it: the app when run alone (it started its Neo4j), the supervisor under `npm start`. Only
 * the app sees the requests, so under the supervisor the app waits for the quiet moment and says
 * so over the IPC channel, and the supervisor builds.
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

/**
 * Resolves true at the server's first quiet moment (or once `maxWaitMs` is up), false when called
 * off by `signal` (the app stopping).
 */
export function quietMomentForClassData(server: Server, signal: AbortSignal): Promise<boolean> {
  return idleMoment(server, { ...CLASS_DATA_BUILD, signal });
}

/** Resolves once the archive is built, not needed, or called off by `signal` (the app stopping). */
export async function buildClassDataArchiveWhenIdle(
  local: Pick<RunningNeo4j, "classDataArchive" | "buildClassDataArchive">,
  server: Server,
  signal: AbortSignal,
): Promise<void> {
  if (local.classDataArchive !== undefined) return;
  const quiet = await quietMomentForClassData(server, signal);
  if (!quiet || signal.aborted) return;
  await local.buildClassDataArchive({ niceness: CLASS_DATA_BUILD.niceness }).catch(() => undefined);
}

/** The app under the supervisor: tells it (`announce`) at the first quiet moment, unless stopped first. */
export async function announceQuietMomentForClassData(
  server: Server,
  signal: AbortSignal,
  announce: () => void,
): Promise<void> {
  if ((await quietMomentForClassData(server, signal)) && !signal.aborted) announce();
}
