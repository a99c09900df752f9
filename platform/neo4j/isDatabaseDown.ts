/**
 * Whether an error means "Neo4j cannot be reached now" rather than "this query is wrong": the one
 * place that decides it. The API answers such an error SERVICE_UNAVAILABLE (HTTP 503 where it is
 * the whole answer), a start retries the work (retryWhileUnreachable.ts), and neither keeps its
 * own list, so a driver upgrade that words a failure differently is fixed once.
 *
 * The driver reports most of these with a code; a connection that fails below Bolt (refused,
 * reset, a pool that hands out nothing in time) comes as a plain error whose message is all
 * there is to go by.
 */
import { Neo4jUnresponsiveError } from "./Neo4jUnresponsiveError.ts";

const UNAVAILABLE_CODES: ReadonlySet<unknown> = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
]);

const UNREACHABLE_MESSAGE =
  /ECONNREFUSED|ECONNRESET|connection acquisition timed out|Failed to connect|Connection was closed|Pool is closed/i;

export function isDatabaseDown(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  // Past the client's deadline Neo4j is as good as down for this request.
  if (error instanceof Neo4jUnresponsiveError) return true;
  const code = "code" in error ? error.code : undefined;
  return UNAVAILABLE_CODES.has(code) || UNREACHABLE_MESSAGE.test(error.message);
}
