/**
 * The app's side of supervision: the Neo4j to use is the one the supervisor owns, announced over
 * the IPC channel once it is up (at once, when the app is a restart). The app never starts or
 * stops it, so it outlives the app's crashes.
 */
import { connectRunning, type Database } from "#platform/neo4j/database.ts";
import { neo4jReadyMessage, SUPERVISED_FLAG } from "./messages.ts";

/** Whether this process was forked by the supervisor (and can hear it). */
export function isSupervised(): boolean {
  return process.argv.includes(SUPERVISED_FLAG) && typeof process.send === "function";
}

/** Waits for the supervisor's Neo4j, then connects to it. */
export function supervisedDatabase(connectTimeoutMs: number): Promise<Database> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      const parsed = neo4jReadyMessage.safeParse(message);
      if (!parsed.success) return;
      process.off("message", onMessage);
      const { uri, user, password } = parsed.data;
      connectRunning(uri, user, password, connectTimeoutMs).then(resolve, reject);
    };
    process.on("message", onMessage);
  });
}

/** Tells the supervisor the app is serving (a no-op when not supervised). */
export function announceReady(): void {
  if (isSupervised()) process.send?.({ type: "app-ready" });
}
