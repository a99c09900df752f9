import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { isDatabaseDown } from "#platform/neo4j/isDatabaseDown.ts";
import { Neo4jUnresponsiveError } from "#platform/neo4j/Neo4jUnresponsiveError.ts";
import { retryWhileUnreachable } from "#platform/neo4j/retryWhileUnreachable.ts";
import { formatError } from "#server/errors/formatError.ts";

const driverError = (message: string, code: string) => new Neo4jError(message, code, "50N00", "error");

/** Failures the driver reports when Neo4j cannot be reached, in the driver's own words. */
const DOWN: readonly [string, unknown][] = [
  ["a refused connection", new Error("connect ECONNREFUSED 127.0.0.1:7687")],
  ["a reset connection", new Error("read ECONNRESET")],
  [
    "no pooled connection in time",
    new Error("Connection acquisition timed out in 3000 ms. Pool status: Active conn count = 1"),
  ],
  ["a closed pool", new Error("Pool is closed, it is no more able to serve requests.")],
  ["the driver's ServiceUnavailable", driverError("Could not perform discovery", "ServiceUnavailable")],
  ["an expired session", driverError("No longer possible to write", "SessionExpired")],
  [
    "a database that is still starting",
    driverError("Database 'neo4j' is unavailable.", "Neo.TransientError.General.DatabaseUnavailable"),
  ],
  ["a code on a plain error", Object.assign(new Error("abandoned"), { code: "ServiceUnavailable" })],
  ["no answer within the client's deadline", new Neo4jUnresponsiveError(8_000)],
];

/** Failures a retry cannot fix and a 503 would misreport. */
const NOT_DOWN: readonly [string, unknown][] = [
  ["a syntax error", driverError("Invalid input 'MATC'", "Neo.ClientError.Statement.SyntaxError")],
  ["wrong credentials", driverError("The client is unauthorized", "Neo.ClientError.Security.Unauthorized")],
  [
    "a query that ran out of time",
    driverError("The transaction has been terminated.", "Neo.ClientError.Transaction.TransactionTimedOut"),
  ],
  ["an error of our own", new Error("Unexpected row")],
  ["a thrown string that mentions a refusal", "ECONNREFUSED"],
  ["nothing at all", undefined],
];

describe("whether Neo4j is down", () => {
  it.each(DOWN)("is decided yes for %s", (_case, error) => {
    expect(isDatabaseDown(error)).toBe(true);
  });

  it.each(NOT_DOWN)("is decided no for %s", (_case, error) => {
    expect(isDatabaseDown(error)).toBe(false);
  });

  it.each([...DOWN, ...NOT_DOWN])(
    "gets the same answer from the API and from the start's retries for %s",
    async (_case, error) => {
      const formatted = formatError({ message: "failed", path: ["node"] }, error, false);
      let attempts = 0;
      await retryWhileUnreachable(
        async () => {
          attempts += 1;
          if (attempts === 1) throw error;
        },
        { timeoutMs: 5_000, pauseMs: 1 },
      ).catch(() => {});
      expect(formatted.extensions?.code === "SERVICE_UNAVAILABLE").toBe(isDatabaseDown(error));
      expect(attempts === 2).toBe(isDatabaseDown(error));
    },
  );
});
