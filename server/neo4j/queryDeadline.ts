/**
 * A client-side deadline on a session's work that does not rely on Neo4j answering.
 *
 * Neo4j enforces the transaction timeout itself (QUERY_TIMEOUT_MS), but only while it is able to:
 * a query its parser chokes on, a JVM stopped or swapped out, a network that drops packets all
 * leave the driver waiting for an answer that does not come, holding a pooled connection the whole
 * time (the driver's own receive timeout is the server's hint, 120 s by default). Enough such
 * requests drain the pool and every query fails. Past the deadline the work is abandoned: the
 * caller gets a Neo4jUnresponsiveError at once, and the session's connection is closed and
 * dropped from the pool (see abandonSession), so it is free for the next request.
 */
import type { Session } from "neo4j-driver";
import { Neo4jUnresponsiveError } from "#platform/neo4j/Neo4jUnresponsiveError.ts";
import { abandonSession } from "./abandonSession.ts";

/**
 * How long past Neo4j's own transaction timeout the client waits for Neo4j to report it. Neo4j
 * looks for timed-out transactions every 2 s (db.transaction.monitor.check.interval), so a query
 * it stops itself can be reported up to 2 s late; that answer (LIMIT_EXCEEDED, the client's
 * query) is the better one, so the client gives Neo4j that long and a second more.
 */
export const DEADLINE_GRACE_MS = 3_000;

/** The client-side deadline for work under a Neo4j transaction timeout of `queryTimeoutMs`. */
export function deadlineFor(queryTimeoutMs: number): number {
  return queryTimeoutMs + DEADLINE_GRACE_MS;
}

/**
 * Runs `work` on `session`, abandoning the session when it has not settled within `deadlineMs`.
 * The session must not be used again after a deadline: it is closed.
 */
export function withDeadline<T>(session: Session, deadlineMs: number, work: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      abandonSession(session);
      reject(new Neo4jUnresponsiveError(deadlineMs));
    }, deadlineMs);
    work().then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
