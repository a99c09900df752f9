/**
 * Finds the local Neo4j that another process of ours (usually `npm start`) already runs for a data
 * directory, so that admin tools use it instead of failing with PORT_TAKEN, and so that
 * `db:stop` signals only our own JVM, never an unrelated process that reused a stale pid.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";

/** The Java main class the launcher runs; its presence in a command line identifies our JVM. */
export const LOCAL_NEO4J_MAIN_CLASS = "no.ehealth.graph.LocalNeo4j";

export function pidFilePath(dataDir: string): string {
  return join(resolve(dataDir), "neo4j.pid");
}

/** The command line of a live process, or null when there is none (or it cannot be read). */
function commandLine(pid: number): string | null {
  try {
    process.kill(pid, 0);
  } catch {
    return null;
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    // No /proc (macOS): the process is alive, but we cannot prove it is ours.
    return "";
  }
}

export type RecordedNeo4j =
  | { readonly state: "none" }
  | { readonly state: "stale"; readonly pid: number }
  | { readonly state: "foreign"; readonly pid: number }
  | { readonly state: "running"; readonly pid: number };

/** What the pid file in `dataDir` says, checked against the live process table. */
export function recordedNeo4j(dataDir: string): RecordedNeo4j {
  const file = pidFilePath(dataDir);
  if (!existsSync(file)) return { state: "none" };
  const pid = Number.parseInt(readFileSync(file, "utf8").trim(), 10);
  if (!Number.isSafeInteger(pid) || pid <= 0) return { state: "stale", pid: Number.NaN };
  const command = commandLine(pid);
  if (command === null) return { state: "stale", pid };
  if (!command.includes(LOCAL_NEO4J_MAIN_CLASS)) return { state: "foreign", pid };
  return { state: "running", pid };
}

/** Removes a pid file that no longer names our running JVM. */
export function removeStalePidFile(dataDir: string): void {
  rmSync(pidFilePath(dataDir), { force: true });
}
