/** True for driver errors that mean "the query ran out of its transaction timeout". */
import { Neo4jError } from "neo4j-driver";

const TIMEOUT_CODES = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
]);

export function isQueryTimeout(error: unknown): boolean {
  return error instanceof Neo4jError && TIMEOUT_CODES.has(error.code);
}
