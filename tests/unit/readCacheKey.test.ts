import { HeaderMap } from "@apollo/server";
import { describe, expect, it } from "vitest";
import { readCacheKey } from "#server/cache/readCacheKey.ts";

describe("the read cache key", () => {
  it("leaves a request with variables nested too deep to serialise uncached instead of throwing (fuzzer regression: 500)", () => {
    let deep: Record<string, unknown> = {};
    for (let level = 0; level < 20_000; level++) deep = { a: deep };
    const body = { query: "query($t: String!) { search(text: $t) { score } }", variables: { t: deep } };
    expect(() => readCacheKey("POST", new HeaderMap(), "", body)).not.toThrow();
    expect(readCacheKey("POST", new HeaderMap(), "", body)).toBeUndefined();
  });

  it("gives the same key to the same read and different keys to different variables", () => {
    const headers = new HeaderMap();
    const a = readCacheKey("POST", headers, "", {
      query: "{ node(id: $id) { id } }",
      variables: { id: "a" },
    });
    const b = readCacheKey("POST", headers, "", {
      query: "{ node(id: $id) { id } }",
      variables: { id: "b" },
    });
    expect(a).toBe(
      readCacheKey("POST", headers, "", { query: "{ node(id: $id) { id } }", variables: { id: "a" } }),
    );
    expect(a).not.toBe(b);
  });
});
