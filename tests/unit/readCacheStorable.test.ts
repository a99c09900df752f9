import { describe, expect, it } from "vitest";
import { isStorable } from "#server/cache/readNotePlugin.ts";

const error = (code: string, limit?: string) => ({ code, limit });

describe("which answers the read cache keeps", () => {
  it("keeps an error-free query answer", () => {
    expect(isStorable({ operation: "query", errors: [] })).toBe(true);
  });

  it("keeps errors that the same request meets again under the same graph version", () => {
    expect(isStorable({ errors: [error("GRAPHQL_PARSE_FAILED")] })).toBe(true);
    expect(isStorable({ errors: [error("GRAPHQL_VALIDATION_FAILED")] })).toBe(true);
    expect(isStorable({ operation: "query", errors: [error("NOT_FOUND")] })).toBe(true);
    expect(isStorable({ operation: "query", errors: [error("BAD_USER_INPUT")] })).toBe(true);
    expect(isStorable({ operation: "query", errors: [error("LIMIT_EXCEEDED", "neighbourhoodNodes")] })).toBe(
      true,
    );
  });

  it("recomputes failures of the moment: the time limit, an unreachable database, internal errors", () => {
    expect(isStorable({ operation: "query", errors: [error("LIMIT_EXCEEDED", "queryTimeoutMs")] })).toBe(
      false,
    );
    expect(isStorable({ operation: "query", errors: [error("SERVICE_UNAVAILABLE")] })).toBe(false);
    expect(isStorable({ operation: "query", errors: [error("INTERNAL_SERVER_ERROR")] })).toBe(false);
    expect(
      isStorable({ operation: "query", errors: [error("NOT_FOUND"), error("SERVICE_UNAVAILABLE")] }),
    ).toBe(false);
  });

  it("never keeps a mutation, a request Apollo did not answer, or a bare request error", () => {
    expect(isStorable({ operation: "mutation", errors: [] })).toBe(false);
    expect(isStorable({ operation: "query" })).toBe(false);
    expect(isStorable({ errors: [] })).toBe(false);
    expect(isStorable({ errors: [error("BAD_REQUEST")] })).toBe(false);
  });
});
