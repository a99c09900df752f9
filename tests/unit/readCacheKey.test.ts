import type { IncomingHttpHeaders } from "node:http";
import { describe, expect, it } from "vitest";
import { readCacheKey, searchOf } from "#server/cache/readCacheKey.ts";

const json: IncomingHttpHeaders = { "content-type": "application/json" };
const body = (value: unknown) => JSON.stringify(value);

describe("readCacheKey", () => {
  it("keys a POST read by its body's bytes", () => {
    const a = readCacheKey("POST", json, "", body({ query: "{ x }", variables: { id: "a" } }));
    const b = readCacheKey("POST", json, "", body({ query: "{ x }", variables: { id: "b" } }));
    expect(a).toBeDefined();
    expect(a).not.toBe(b);
    expect(readCacheKey("POST", json, "", body({ query: "{ x }", variables: { id: "a" } }))).toBe(a);
  });

  it("keeps a body that differs only in spacing apart: the key is the bytes, nothing is parsed", () => {
    expect(readCacheKey("POST", json, "", '{"query":"{ x }"}')).not.toBe(
      readCacheKey("POST", json, "", '{ "query": "{ x }" }'),
    );
  });

  it("keeps the same body under another content type or accept header apart", () => {
    const plain = readCacheKey("POST", json, "", '{"query":"{ x }"}');
    expect(
      readCacheKey("POST", { "content-type": "application/json; charset=utf-8" }, "", '{"query":"{ x }"}'),
    ).not.toBe(plain);
    expect(
      readCacheKey("POST", { ...json, accept: "application/graphql-response+json" }, "", '{"query":"{ x }"}'),
    ).not.toBe(plain);
  });

  it("keys a GET read by its query string and leaves a GET without one uncached", () => {
    expect(readCacheKey("GET", {}, "?query=%7B%20x%20%7D", "")).toBeDefined();
    expect(readCacheKey("GET", {}, "?query=%7B%20x%20%7D", "")).not.toBe(
      readCacheKey("GET", {}, "?query=%7B%20y%20%7D", ""),
    );
    expect(readCacheKey("GET", {}, "", "")).toBeUndefined();
  });

  it("leaves a non-JSON body or another method uncached", () => {
    expect(readCacheKey("POST", { "content-type": "text/plain" }, "", '{"query":"{ x }"}')).toBeUndefined();
    expect(readCacheKey("POST", {}, "", '{"query":"{ x }"}')).toBeUndefined();
    expect(readCacheKey("PUT", json, "", '{"query":"{ x }"}')).toBeUndefined();
    expect(readCacheKey("HEAD", {}, "?query=x", "")).toBeUndefined();
  });

  // A header alone must not buy a way round the cache: whether a request is private (a verified
  // admin, or shown its Cypher) is decided before the key, by server/auth/requestAccess.ts.
  it("keys a request with an unverified Authorization or x-include-cypher header like any other", () => {
    const plain = readCacheKey("POST", json, "", '{"query":"{ x }"}');
    expect(readCacheKey("POST", { ...json, authorization: "Bearer x" }, "", '{"query":"{ x }"}')).toBe(plain);
    expect(readCacheKey("POST", { ...json, "x-include-cypher": "1" }, "", '{"query":"{ x }"}')).toBe(plain);
  });

  // Regression: 100 KB bodies were their own keys, so the cache's memory went to keys; a burst of
  // them after filling the document store took the heap.
  it("keys a 100 KB body by a digest of a few dozen characters, still telling bodies apart", () => {
    const big = (tail: string) => `{"query":"{ x }","variables":{"t":"${"x".repeat(100_000)}${tail}"}}`;
    const a = readCacheKey("POST", json, "", big("a"));
    const b = readCacheKey("POST", json, "", big("b"));
    expect(a?.length).toBeLessThanOrEqual(64);
    expect(a).not.toBe(b);
    expect(readCacheKey("GET", {}, `?query=${"y".repeat(50_000)}`, "")?.length).toBeLessThanOrEqual(64);
  });

  // Regression: the GraphQL fuzzer's "deep variables" (15,000 nested objects) made the old key,
  // built with JSON.stringify of the parsed body, overflow the stack and answer 500.
  it("keys variables nested too deep to stringify without throwing", () => {
    const deep = `{"query":"{ x }","variables":{"t":${'{"a":'.repeat(15_000)}1${"}".repeat(15_000)}}}`;
    expect(() => readCacheKey("POST", json, "", deep)).not.toThrow();
  });
});

describe("searchOf", () => {
  it("returns the query string as sent, with its question mark", () => {
    expect(searchOf("/graphql?query=%7B%20x%20%7D&a=1")).toBe("?query=%7B%20x%20%7D&a=1");
    expect(searchOf("/graphql")).toBe("");
    expect(searchOf(undefined)).toBe("");
  });
});
