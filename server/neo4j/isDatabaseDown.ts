/** True for driver errors that mean "the database cannot be reached now", not "bad query". */
import { Neo4jError } from "neo4j-driver";

const UNAVAILABLE_CODES = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
]);

export function isDatabaseDown(error: unknown): boolean {
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
