/**
 * The driver's failures that the API answers with a code of its own instead of
 * INTERNAL_SERVER_ERROR, as typed errors: the one mapping, used by formatError (GraphQL) and by
 * the linked-data reads alike, so a down database or a timed-out query reads the same on both.
 */
import { Neo4jError } from "neo4j-driver";
import { isDatabaseDown } from "#platform/neo4j/isDatabaseDown.ts";
import { isQueryTimeout } from "../neo4j/isQueryTimeout.ts";
import { type ApiError, BadUserInputError, QueryTimeoutError, ServiceUnavailableError } from "./ApiError.ts";

/** What the failed work is called in the message: a GraphQL query, or a linked-data read. */
export type FailedWork = "query" | "read";

const TIMEOUT_MESSAGES: Readonly<Record<FailedWork, string>> = {
  query: "The query took longer than the time limit; narrow it or try again shortly",
  // A linked-data read is the whole graph or one entity: there is nothing to narrow.
  read: "The read took longer than the time limit; try again shortly",
};

/** The typed error for a driver failure, or undefined when it is none the API names. */
export function databaseFailure(error: unknown, work: FailedWork): ApiError | undefined {
  if (isDatabaseDown(error)) return new ServiceUnavailableError();
  // A query that outlives the transaction timeout (a costly query, or any query on an overloaded
  // database) is a limit met, so it names itself rather than passing for an internal error.
  if (isQueryTimeout(error)) return new QueryTimeoutError(TIMEOUT_MESSAGES[work]);
  // The generated API passes `limit`/`offset` straight to Cypher: a negative one makes Neo4j fail
  // with an ArgumentError, which is the client's input, not the server's fault.
  if (error instanceof Neo4jError && error.code === "Neo.ClientError.Statement.ArgumentError") {
    return new BadUserInputError("An argument is out of range (limit and offset must not be negative)");
  }
  return undefined;
}
