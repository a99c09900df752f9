import { HeaderMap } from "@apollo/server";
import { describe, expect, it } from "vitest";
import { readCacheKey } from "#server/cache/readCacheKey.ts";

const headers = (entries: [string, string][] = []) => new HeaderMap(entries);

describe("readCacheKey", () => {
  it("keys a POST read by its document, operation name and variables", () => {
    const a = readCacheKey("POST", headers(), "", { query: "{ x }", variables: { id: "a" } });
    const b = readCacheKey("POST", headers(), "", { query: "{ x }", variables: { id: "b" } });
    expect(a).toBeDefined();
    expect(a).not.toBe(b);
    expect(readCacheKey("POST", headers(), "", { query: "{ x }", variables: { id: "a" } })).toBe(a);
  });

  it("keys a GET read by its query string", () => {
    expect(readCacheKey("GET", headers(), "?query=%7B%20x%20%7D", undefined)).toBeDefined();
  });

  it("leaves requests with a token, a Cypher-log request, a batch or another method uncached", () => {
    expect(
      readCacheKey("POST", headers([["authorization", "Bearer x"]]), "", { query: "{ x }" }),
    ).toBeUndefined();
    expect(
      readCacheKey("POST", headers([["x-include-cypher", "1"]]), "", { query: "{ x }" }),
    ).toBeUndefined();
    expect(readCacheKey("POST", headers(), "", [{ query: "{ x }" }])).toBeUndefined();
    expect(readCacheKey("PUT", headers(), "", { query: "{ x }" })).toBeUndefined();
  });

  // Regression: the GraphQL fuzzer's "deep variables" (15,000 nested objects, which JSON.parse
  // accepts) made JSON.stringify overflow the stack here, and the request answered 500.
  it("returns no key, rather than throwing, for variables nested too deep to stringify", () => {
    const deep = JSON.parse(`${'{"a":'.repeat(15_000)}1${"}".repeat(15_000)}`) as unknown;
    expect(() =>
      readCacheKey("POST", headers(), "", { query: "{ x }", variables: { t: deep } }),
    ).not.toThrow();
    expect(readCacheKey("POST", headers(), "", { query: "{ x }", variables: { t: deep } })).toBeUndefined();
  });
});
