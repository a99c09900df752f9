import { describe, expect, it } from "vitest";
import { canonicalAccept, contentTypeOf, negotiate, type ResponseFormat } from "./responseMediaType.ts";

const CASES: readonly (readonly [string | undefined, ResponseFormat])[] = [
  [undefined, "json-by-default"],
  ["", "json-by-default"],
  ["*/*", "json-by-default"],
  ["application/*", "json-by-default"],
  ["application/json", "json"],
  ["Application/JSON; charset=utf-8", "json"],
  ["application/graphql-response+json", "graphql-response+json"],
  // The spec's recommended header for clients that support both.
  ["application/graphql-response+json, application/json;q=0.9", "graphql-response+json"],
  ["application/json;q=0.9, application/graphql-response+json", "graphql-response+json"],
  // Same q, both named: the one listed first.
  ["application/json, application/graphql-response+json", "json"],
  ["application/graphql-response+json, application/json", "graphql-response+json"],
  // A named range outranks a wildcard with the same q.
  ["*/*, application/graphql-response+json", "graphql-response+json"],
  // The most specific range decides: refusing application/json by name leaves the wildcard to the other.
  ["application/json;q=0, */*", "graphql-response+json"],
  ["application/graphql-response+json;q=0, */*", "json-by-default"],
  ["application/graphql-response+json;q=0.2, application/*;q=0.5", "json-by-default"],
  ["text/html", "not-acceptable"],
  ["application/json;q=0, application/graphql-response+json;q=0", "not-acceptable"],
  // A browser's navigation header: only the wildcard matches.
  ["text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "json-by-default"],
];

describe("the media type of a GraphQL answer, from Accept", () => {
  it.each(CASES)("answers Accept %j as %s", (accept, format) => {
    expect(negotiate(accept)).toBe(format);
  });

  it.each(CASES)("hands Apollo an Accept for %j that negotiates to the same type", (accept, format) => {
    expect(negotiate(canonicalAccept(accept))).toBe(format);
  });

  it("names application/graphql-response+json only for that type", () => {
    expect(contentTypeOf("graphql-response+json")).toBe("application/graphql-response+json; charset=utf-8");
    expect(contentTypeOf("json")).toBe("application/json; charset=utf-8");
    expect(contentTypeOf("json-by-default")).toBe("application/json; charset=utf-8");
  });

  it("looks at a bounded number of media ranges, however long the header", () => {
    const long = `${"text/plain, ".repeat(10_000)}application/json`;
    expect(negotiate(long)).toBe("not-acceptable");
  });
});
