import { describe, expect, it } from "vitest";
import { prefersHtml, queryTabLocation } from "./queryTabRedirect.ts";

describe("GET /graphql from a browser goes to the Query tab", () => {
  it.each([
    "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "text/html",
    "TEXT/HTML; charset=utf-8, application/json",
  ])("treats %s as a browser", (accept) => {
    expect(prefersHtml(accept)).toBe(true);
  });

  it.each([
    undefined,
    "",
    "*/*",
    "application/json",
    "application/json, text/html",
    "application/graphql-response+json",
  ])("keeps GraphQL answers for Accept %s", (accept) => {
    expect(prefersHtml(accept)).toBe(false);
  });

  it("opens the Query tab, carrying a query over as the tab's base64url text", () => {
    expect(queryTabLocation("")).toBe("/?v=query");
    const location = queryTabLocation("?query=%7B%20sdgs%20%7B%20id%20%7D%20%7D");
    const q = new URL(location, "http://x").searchParams.get("q") ?? "";
    expect(new URL(location, "http://x").searchParams.get("v")).toBe("query");
    expect(Buffer.from(q, "base64url").toString("utf8")).toBe("{ sdgs { id } }");
    expect(q).not.toMatch(/[+/=]/);
  });
});
