/**
 * `npm start`: owns the local Neo4j and runs the app (server/main.ts) as a child process that it
 * starts again whenever it dies, for any cause — an exhausted heap, an uncaught error, a SIGKILL.
 * Neo4j keeps running meanwhile, so a restart costs seconds (the app's own start-up), not a
 * database start. Crashes in a row back off (supervision/restartPolicy.ts) and each is logged with
 * its cause: the exit code or signal and the telling stderr line.
 *
 * A Neo4j that started without its class-data archive (a first start) gets one built here, the
 * process that owns Neo4j, once the app reports its first quiet moment after Ready (the app sees
 * the requests, this process does not): the next `npm start` maps it (classDataWhenIdle.ts).
 *
 * Ctrl-C or SIGTERM stops the app and then Neo4j, as before. The app exits by itself if this
 * process dies outright (the IPC channel closes), and so does Neo4j (its stdin lifeline closes).
 *
 * The app gets the same Node flags as this process (`fork` passes execArgv on), so the heap size
 * `npm start` sets applies to the app. With NEO4J_URI there is no Neo4j to own: the app connects
 * itself and is restarted all the same. If the very first start fails (a bad setting, a port in
 * use, Neo4j unreachable), restarting would only repeat the error: the supervisor exits with it.
 */
import { type ChildProcess, fork } from "node:child_process";
import { dirname, extname, join } from "node:path";
import { type Config, ConfigError, loadConfig } from "#platform/config.ts";
import { LauncherError } from "#platform/launcher/LauncherError.ts";
import { type RunningNeo4j, startLocalNeo4j } from "#platform/launcher/launcher.ts";
import { localLaunchOptions } from "#platform/neo4j/database.ts";
import { CLASS_DATA_BUILD } from "./classDataWhenIdle.ts";
import { exitCause } from "./supervision/exitCause.ts";
import {
  appIdleMessage,
  appReadyMessage,
  type Neo4jReadyMessage,
  SUPERVISED_FLAG,
} from "./supervision/messages.ts";
import { restartPolicy } from "./supervision/restartPolicy.ts";

type Phase =
  | { phase: "starting" }
  | { phase: "running"; child: ChildProcess }
  | { phase: "waiting"; timer: NodeJS.Timeout }
  | { phase: "stopping" };

const log = (line: string) => process.stderr.write(`${line}\n`);

/** The app's entry beside this one: main.js next to supervisor.js, main.ts next to supervisor.ts. */
function appEntry(): string {
  const self = process.argv[1] ?? "";
  return join(dirname(self), `main${extname(self) || ".js"}`);
}

/**
 * The class-data archive the owned Neo4j started without: awaited until an app reports a quiet
 * moment, then built once (a restarted app is not asked again), or not needed at all.
 */
type ArchiveBuild = "awaiting-idle" | "building" | "settled";

/** Sends over the IPC channel unless the child has already gone (its exit handler takes over). */
function tell(child: ChildProcess, message: Neo4jReadyMessage): void {
  if (child.connected) child.send(message, () => {});
}

/** Lines kept from the app's stderr to tell why it died. */
const STDERR_LINES = 20;

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      log(`Error: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const policy = restartPolicy();
  let phase: Phase = { phase: "starting" };
  let neo4j: RunningNeo4j | undefined;
  let neo4jReady: Omit<Neo4jReadyMessage, "awaitsIdle"> | undefined;
  let archive: ArchiveBuild = "settled";
  const readyMessage = (): Neo4jReadyMessage | undefined =>
    neo4jReady && { ...neo4jReady, awaitsIdle: archive === "awaiting-idle" };

  /** Builds the archive at the app's quiet moment, at a low priority; Neo4j keeps serving. */
  function buildClassDataArchive(): void {
    if (archive !== "awaiting-idle" || !neo4j || stopping) return;
    archive = "building";
    void neo4j.buildClassDataArchive({ niceness: CLASS_DATA_BUILD.niceness }).finally(() => {
      archive = "settled";
    });
  }
  let everReady = false;
  let starts = 0;

  function startApp(): void {
    starts++;
    const restart = starts > 1;
    const startedAt = Date.now();
    const child = fork(appEntry(), [SUPERVISED_FLAG], {
      execArgv: process.execArgv,
      env: {
        ...process.env,
        // A crash is no reason to rewrite the graph: seeding "always" is for a deliberate start.
        ...(restart && config.SEED_ON_START === "always" ? { SEED_ON_START: "if-empty" } : {}),
      },
      stdio: ["inherit", "inherit", "pipe", "ipc"],
    });
    phase = { phase: "running", child };
    const recent: string[] = [];
    let partial = "";
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      process.stderr.write(chunk);
      const lines = (partial + chunk).split("\n");
      partial = lines.pop() ?? "";
      recent.push(...lines);
      recent.splice(0, Math.max(0, recent.length - STDERR_LINES));
    });
    child.on("message", (message: unknown) => {
      if (appReadyMessage.safeParse(message).success) everReady = true;
      else if (appIdleMessage.safeParse(message).success) buildClassDataArchive();
    });
    const ready = readyMessage();
    if (ready) tell(child, ready);
    if (restart) log(`Supervisor: started the app again (pid ${child.pid}).`);
    child.once("exit", (code, signal) => {
      if (phase.phase === "stopping") return;
      const cause = exitCause(code, signal, [...recent, partial]);
      if (!everReady) {
        // The first start failed: its own error is already on stderr.
        log(`Supervisor: the app did not start (${cause}); stopping.`);
        void shutdown(code === 0 || code === null ? 1 : code);
        return;
      }
      const delay = policy.nextDelay(Date.now() - startedAt);
      log(
        `Supervisor: the app process (pid ${child.pid}) died (${cause}); crash ${policy.crashesInARow} in a row, starting it again in ${(delay / 1000).toFixed(1)} s. Neo4j keeps running.`,
      );
      phase = { phase: "waiting", timer: setTimeout(startApp, delay) };
    });
  }

  async function stopApp(): Promise<void> {
    const current = phase;
    phase = { phase: "stopping" };
    if (current.phase === "waiting") clearTimeout(current.timer);
    if (current.phase !== "running") return;
    const { child } = current;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  }

  let stopping: Promise<void> | undefined;
  function shutdown(exitCode: number): Promise<void> {
    stopping ??= (async () => {
      // The app and Neo4j stop side by side: the app only closes its connections.
      await Promise.all([stopApp(), neo4j?.stop().catch(() => {})]);
      process.exit(exitCode);
    })();
    return stopping;
  }
  process.once("SIGINT", () => void shutdown(0));
  process.once("SIGTERM", () => void shutdown(0));

  if (config.NEO4J_URI) {
    startApp();
    return;
  }
  log(`Starting local Neo4j 5.26 on 127.0.0.1:${config.NEO4J_BOLT_PORT} (data in ${config.NEO4J_DATA_DIR})…`);
  const launched = Date.now();
  try {
    // The app starts as soon as the JVM is spawned: it builds its schema while Neo4j boots.
    neo4j = await startLocalNeo4j({ ...localLaunchOptions(config), log, onSpawn: startApp });
  } catch (error) {
    log(`Error: ${error instanceof Error ? error.message : String(error)}`);
    if (error instanceof LauncherError && error.logTail)
      log(`--- last lines of the Neo4j log ---\n${error.logTail}`);
    await shutdown(1);
    return;
  }
  log(
    `Neo4j is up after ${((Date.now() - launched) / 1000).toFixed(1)} s${neo4j.classDataArchive ? "" : " (without a class-data archive)"}.`,
  );
  if (stopping) {
    await neo4j.stop();
    return;
  }
  neo4jReady = { type: "neo4j-ready", uri: neo4j.uri, user: neo4j.user, password: neo4j.password };
  if (neo4j.classDataArchive === undefined) archive = "awaiting-idle";
  // The app may have been forked (onSpawn) while Neo4j booted; a later start gets it at fork.
  const current = phase as Phase;
  const ready = readyMessage();
  if (current.phase === "running" && ready) tell(current.child, ready);
}

main().catch((error: unknown) => {
  log(`Error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
