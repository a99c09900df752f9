/**
 * The app's side of supervision: the Neo4j to use is the one the supervisor owns, announced over
 * the IPC channel once it is up (at once, when the app is a restart). The app never starts or
 * stops it, so it outlives the app's crashes.
 */
import { connectRunning, type Database } from "#platform/neo4j/database.ts";
import { neo4jReadyMessage, SUPERVISED_FLAG } from "./messages.ts";

export interface SupervisedDatabase {
  readonly database: Database;
  /** Whether the supervisor waits for this app's first quiet moment (see `announceIdle`). */
  readonly awaitsIdle: boolean;
}

/** Whether this process was forked by the supervisor (and can hear it). */
export function isSupervised(): boolean {
  return process.argv.includes(SUPERVISED_FLAG) && typeof process.send === "function";
}

/** Waits for the supervisor's Neo4j, then connects to it. */
export function supervisedDatabase(connectTimeoutMs: number): Promise<SupervisedDatabase> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      const parsed = neo4jReadyMessage.safeParse(message);
      if (!parsed.success) return;
      process.off("message", onMessage);
      const { uri, user, password, awaitsIdle } = parsed.data;
      connectRunning(uri, user, password, connectTimeoutMs).then(
        (database) => resolve({ database, awaitsIdle }),
        reject,
      );
    };
    process.on("message", onMessage);
  });
}

/** Tells the supervisor the app is serving (a no-op when not supervised). */
export function announceReady(): void {
  if (isSupervised()) process.send?.({ type: "app-ready" });
}

/** Tells the supervisor the app has had its quiet moment (a no-op when not supervised). */
export function announceIdle(): void {
  if (isSupervised()) process.send?.({ type: "app-idle" });
}
