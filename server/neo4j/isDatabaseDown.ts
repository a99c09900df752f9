/** True for driver errors that mean "the database cannot be reached now", not "bad query". */
import { Neo4jError } from "neo4j-driver";
import { Neo4jUnresponsiveError } from "./queryDeadline.ts";

const UNAVAILABLE_CODES = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
]);

export function isDatabaseDown(error: unknown): boolean {
  // Past the client's deadline Neo4j is as good as down for this request (queryDeadline.ts).
  if (error instanceof Neo4jUnresponsiveError) return true;
  if (!(error instanceof Neo4jError)) {
    const message = error instanceof Error ? error.message : "";
    return /ECONNREFUSED|ECONNRESET|connection acquisition timed out|Pool is closed/i.test(message);
  }
  return (
    UNAVAILABLE_CODES.has(error.code) ||
    /connection acquisition timed out|Failed to connect|ECONNREFUSED|Connection was closed/i.test(
      error.message,
    )
  );
}
