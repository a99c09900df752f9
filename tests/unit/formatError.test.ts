import { GraphQLError } from "graphql";
import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { formatError } from "#server/errors/formatError.ts";
import { exceedsTokenLimit } from "#server/errors/requestLimits.ts";

/**
 * A resolver's error as formatError meets it. Passed unwrapped: under vitest, graphql loads twice
 * (ESM here, CommonJS in Apollo), so Apollo's `instanceof GraphQLError` would not unwrap ours.
 */
function resolverError(original: Error) {
  return formatError({ message: original.message, path: ["traceToSdgs"] }, original, false);
}

describe("formatError", () => {
  // Regression: found by tests/integration/fuzz.int.test.ts, where slow queries on a loaded
  // machine came back as INTERNAL_SERVER_ERROR.
  it.each([
    "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
    "Neo.ClientError.Transaction.TransactionTimedOut",
  ])("names the queryTimeoutMs limit when Neo4j times a query out (%s)", (code) => {
    const formatted = resolverError(
      new Neo4jError("The transaction has been terminated.", code, "25N06", "error: transaction timed out"),
    );
    expect(formatted.extensions).toEqual({ code: "LIMIT_EXCEEDED", limit: "queryTimeoutMs" });
    expect(formatted.message).not.toMatch(/Neo|transaction/i);
  });

  // Regression: found by the fuzzer, `solutions(limit: -2)` on the generated API.
  it("answers a negative limit on the generated API with BAD_USER_INPUT, not an internal error", () => {
    const formatted = resolverError(
      new Neo4jError(
        "Invalid input. '-2' is not a valid value. Must be a non-negative integer.",
        "Neo.ClientError.Statement.ArgumentError",
        "22N02",
        "error: data exception - specified negative numeric value",
      ),
    );
    expect(formatted.extensions).toEqual({ code: "BAD_USER_INPUT" });
  });

  // Regressions found by the fuzzer: `subscription { … }` and a persisted query with a wrong hash.
  it.each([
    "Schema is not configured to execute subscription operation.",
    "provided sha does not match query",
  ])("answers the client mistake %j with BAD_REQUEST", (message) => {
    const formatted = formatError({ message }, new GraphQLError(message), false);
    expect(formatted).toEqual({ message, extensions: { code: "BAD_REQUEST" } });
  });

  it("names Apollo's introspection depth guard as a limit", () => {
    const formatted = formatError(
      { message: "Maximum introspection depth exceeded", extensions: { code: "GRAPHQL_VALIDATION_FAILED" } },
      new GraphQLError("Maximum introspection depth exceeded"),
      false,
    );
    expect(formatted.extensions).toEqual({ code: "LIMIT_EXCEEDED", limit: "maxIntrospectionDepth" });
  });

  // Limits are recognised by the name they put in extensions.limit
  // (server/errors/requestLimits.ts), no longer by regex on graphql-armor's messages.
  it.each(["maxDepth", "maxAliases", "maxTokens", "maxCost", "maxDirectives"])(
    "answers an error that names the %s limit as LIMIT_EXCEEDED with that limit",
    (limit) => {
      const formatted = formatError(
        {
          message: "Syntax Error: over the limit.",
          extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit },
        },
        new GraphQLError("Syntax Error: over the limit."),
        false,
      );
      expect(formatted).toEqual({
        message: "Syntax Error: over the limit.",
        extensions: { code: "LIMIT_EXCEEDED", limit },
      });
    },
  );

  it("does not take a message that merely mentions a limit for a limit", () => {
    const formatted = formatError(
      {
        message: "Syntax Error: Token limit of 3000 exceeded.",
        extensions: { code: "GRAPHQL_PARSE_FAILED" },
      },
      new GraphQLError("Syntax Error: Token limit of 3000 exceeded."),
      false,
    );
    expect(formatted.extensions).toEqual({ code: "GRAPHQL_PARSE_FAILED" });
  });

  it("ignores an unknown limit name", () => {
    const formatted = formatError(
      { message: "x", extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit: "maxEverything" } },
      new GraphQLError("x"),
      false,
    );
    expect(formatted.extensions).toEqual({ code: "GRAPHQL_VALIDATION_FAILED" });
  });

  it("keeps the API's own extensions (the argument a BAD_USER_INPUT names)", () => {
    const formatted = formatError(
      { message: "asOf must be an ISO 8601 date", extensions: { code: "BAD_USER_INPUT", argument: "asOf" } },
      new GraphQLError("asOf must be an ISO 8601 date"),
      false,
    );
    expect(formatted.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "asOf" });
  });

  it("still masks an unknown failure as an internal error without its message", () => {
    const formatted = resolverError(new Error("at Object.<anonymous> (secret.ts:1:1)"));
    expect(formatted).toMatchObject({
      message: "Internal server error",
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
  });
});

describe("exceedsTokenLimit", () => {
  it("counts tokens the way the parser does (punctuation, names, strings; not comments)", () => {
    expect(exceedsTokenLimit("{ a b }", 4)).toBe(false);
    expect(exceedsTokenLimit("{ a b }", 3)).toBe(true);
    expect(exceedsTokenLimit("# a comment\n{ a }", 3)).toBe(false);
  });

  it("answers false for a syntax error met before the limit (the parser reports that instead)", () => {
    expect(exceedsTokenLimit('{ "unclosed', 100)).toBe(false);
  });
});
