/**
 * Closes a session whose work Neo4j no longer answers, and drops its connection from the pool.
 *
 * neo4j-driver has no public way to give up on one connection: `session.close()` first sends a
 * RESET and waits for Neo4j to acknowledge it, which an unresponsive Neo4j never does. The driver
 * itself handles this case only through its receive timeout, by destroying the socket with an
 * error; this does the same, at our deadline instead of the server's hint. The driver then fails
 * the connection's pending work, marks it broken, and the pool discards it instead of lending it
 * again. Closing the session first stops the driver from retrying the work on a new connection.
 *
 * This reaches into the driver's internals (a session's connection holders, a connection's
 * channel); the shapes are checked at each step, and queryDeadline.int.test.ts fails if an upgrade
 * changes them (the pool would then drain again).
 */
import type { Session } from "neo4j-driver";

interface SocketLike {
  destroy(error?: Error): void;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** The socket under a connection the pool lent (a delegate around a channel connection). */
function socketOf(connection: unknown): SocketLike | undefined {
  if (!isObject(connection)) return undefined;
  const inner = isObject(connection._delegate) ? connection._delegate : connection;
  const channel = inner._ch;
  if (!isObject(channel)) return undefined;
  const socket = channel._conn;
  return isObject(socket) && typeof socket.destroy === "function"
    ? (socket as unknown as SocketLike)
    : undefined;
}

/** The connections a session holds or is waiting for (one per access mode). */
function pendingConnections(session: Session): Promise<unknown>[] {
  const internals = session as unknown as Record<string, unknown>;
  const pending: Promise<unknown>[] = [];
  for (const name of ["_readConnectionHolder", "_writeConnectionHolder"]) {
    const holder = internals[name];
    if (isObject(holder) && holder._connectionPromise instanceof Promise)
      pending.push(holder._connectionPromise);
  }
  return pending;
}

/** Whether this driver version exposes what abandonSession needs (checked by a test). */
export function canAbandon(session: Session): boolean {
  return pendingConnections(session).length > 0;
}

export function abandonSession(session: Session): void {
  // Taken before close(), which replaces them with the release of the connection.
  const pending = pendingConnections(session);
  session.close().catch(() => {});
  for (const connection of pending) {
    connection.then(
      (resolved) => {
        const error = Object.assign(new Error("abandoned: Neo4j did not answer in time"), {
          code: "ServiceUnavailable",
        });
        socketOf(resolved)?.destroy(error);
      },
      () => {},
    );
  }
}
