/**
 * The GraphQL-over-HTTP spec, judged by the reference audit suite (graphql-http's serverAudits)
 * against the real app over the real Neo4j: one test per audit, and every audit must say "ok".
 * A warning (a SHOULD not met) fails as much as an error (a MUST), so a regression in media-type
 * negotiation or in the status codes per media type shows up by the audit's own name.
 */
import { serverAudits } from "graphql-http";
import { describe, expect, it } from "vitest";
import { untypedAnswer, useApp } from "./harness.ts";

describe("GraphQL over HTTP: graphql-http's server audits", () => {
  const api = useApp();
  const audits = serverAudits({ url: () => `${api.url()}/graphql` });

  it("runs the whole suite (none skipped by a filter)", () => {
    expect(audits.length).toBeGreaterThanOrEqual(61);
  });

  for (const audit of audits) {
    it(`${audit.id}: ${audit.name}`, async () => {
      const result = await audit.fn();
      const detail = result.status === "ok" ? "" : `${result.reason}`;
      expect({ status: result.status, detail }).toEqual({ status: "ok", detail: "" });
    });
  }
});

describe("GraphQL over HTTP: one request, three media types", () => {
  const api = useApp();
  const post = (accept: string | undefined, query: string) =>
    fetch(`${api.url()}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(accept ? { accept } : {}) },
      body: JSON.stringify({ query }),
    });

  it.each([
    // Clients that name no type keep today's answer: 400 for a request error.
    ["*/*", 400, "application/json"],
    // The spec's legacy type, asked for by name: 200, the errors in the body.
    ["application/json", 200, "application/json"],
    ["application/graphql-response+json", 400, "application/graphql-response+json"],
  ] as const)(
    "answers a syntax error for Accept %s with %i as %s, from the cache too",
    async (accept, status, type) => {
      // A query text of its own, so that the first answer is computed here and the second is a hit.
      const query = `{ sdgs { id } ${accept.length}`;
      for (const expected of ["miss", "hit"]) {
        const answer = await post(accept, query);
        expect(answer.headers.get("x-read-cache")).toBe(expected);
        expect(answer.status).toBe(status);
        expect(answer.headers.get("content-type")).toBe(`${type}; charset=utf-8`);
        const body = untypedAnswer(await answer.text());
        expect("data" in body).toBe(false);
        expect(body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
      }
    },
  );

  it("answers a field error with data for application/graphql-response+json with 200", async () => {
    const answer = await post(
      "application/graphql-response+json",
      '{ node(id: "no-such-id-graphql-over-http") { id } }',
    );
    const body = untypedAnswer(await answer.text());
    expect(body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect("data" in body).toBe(true);
    expect(answer.status).toBe(200);
  });

  it("says that GET answers vary with Accept, so a shared cache keeps the media types apart", async () => {
    const answer = await fetch(`${api.url()}/graphql?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { accept: "application/graphql-response+json" },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("application/graphql-response+json; charset=utf-8");
    expect(answer.headers.get("vary")?.toLowerCase()).toContain("accept");
  });

  it("says so too for a request that asks for its Cypher (anonymously: served from the shared cache)", async () => {
    const answer = await fetch(`${api.url()}/graphql?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { accept: "application/graphql-response+json", "x-include-cypher": "1" },
    });
    expect(answer.headers.get("content-type")).toBe("application/graphql-response+json; charset=utf-8");
    expect(answer.headers.get("vary")?.toLowerCase()).toContain("accept");
  });
});
