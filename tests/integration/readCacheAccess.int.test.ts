/**
 * Who may skip the shared read cache or see the generated Cypher, and what a cache in front of
 * the app must vary on. Only a verified admin token (or development) changes an answer; any other
 * `Authorization` or `x-include-cypher` header is ignored, so it neither reveals Cypher nor buys
 * a way round the cache (which would let anyone make every request hit Neo4j).
 */
import { describe, expect, it } from "vitest";
import { graphql } from "#tests/generated/gql.ts";
import { signAdminToken } from "./adminToken.ts";
import { answerTo, type GraphqlResponse, useApp } from "./harness.ts";

const NODE = graphql(`query ReadCacheAccessNode { node(id: "kjernejournal") { id name } }`);
const QUERY = String(NODE);

interface Answer {
  readonly status: number;
  readonly cache: string | null;
  readonly vary: string | null;
  readonly cacheControl: string | null;
  readonly cypher: unknown;
}

function answerOf(response: Response, body: GraphqlResponse<unknown>["body"]): Answer {
  return {
    status: response.status,
    cache: response.headers.get("x-read-cache"),
    vary: response.headers.get("vary"),
    cacheControl: response.headers.get("cache-control"),
    cypher: body.extensions?.cypher,
  };
}

describe("read cache and the Cypher header, by who asks", () => {
  const api = useApp();

  async function post(headers: Record<string, string> = {}): Promise<Answer> {
    const response = await fetch(`${api.url()}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query: QUERY }),
    });
    return answerOf(response, await answerTo(NODE, response));
  }
  async function get(headers: Record<string, string> = {}): Promise<Answer> {
    const response = await fetch(`${api.url()}/graphql?query=${encodeURIComponent(QUERY)}`, { headers });
    return answerOf(response, await answerTo(NODE, response));
  }

  it("serves a request with a bogus, forged or expired Authorization header from the cache", async () => {
    await post();
    const forged = await signAdminToken({ secret: "an-attacker-guessed-secret-0123456789abcdef" });
    const expired = await signAdminToken({ expiresIn: "-1m" });
    for (const authorization of [
      "Bearer not.a.token",
      "Basic Zm9vOmJhcg==",
      `Bearer ${forged}`,
      `Bearer ${expired}`,
    ]) {
      expect((await post({ authorization })).cache, authorization).toBe("hit");
      expect((await get({ authorization })).cache, authorization).not.toBeNull();
    }
  });

  it("ignores x-include-cypher from anyone but an admin: no Cypher, and the answer comes from the cache", async () => {
    await post();
    const asked = await post({ "x-include-cypher": "1" });
    expect(asked.cypher).toBeUndefined();
    expect(asked.cache).toBe("hit");
    const withBogusToken = await post({ "x-include-cypher": "1", authorization: "Bearer not.a.token" });
    expect(withBogusToken.cypher).toBeUndefined();
    expect(withBogusToken.cache).toBe("hit");
  });

  it("shows a verified admin the Cypher, outside the cache and marked private", async () => {
    const admin = await post({ "x-include-cypher": "1", authorization: `Bearer ${await signAdminToken()}` });
    expect(admin.status).toBe(200);
    expect(Array.isArray(admin.cypher)).toBe(true);
    expect(admin.cache).toBeNull();
    expect(admin.cacheControl).toBe("private, no-store");
  });

  it("names every header that changes an answer in Vary, on cached and uncached answers alike", async () => {
    const answers = [
      await get(),
      await get(),
      await post(),
      await post({ authorization: `Bearer ${await signAdminToken()}` }),
      await get({ accept: "application/graphql-response+json" }),
    ];
    for (const answer of answers) {
      const vary = (answer.vary ?? "").split(",").map((name) => name.trim().toLowerCase());
      expect(vary).toEqual(expect.arrayContaining(["accept", "authorization", "x-include-cypher"]));
    }
  });
});

describe("the Cypher header in development", () => {
  const api = useApp({ development: true });

  it("shows the Cypher to anyone who asks, and keeps that answer out of the shared cache", async () => {
    const { body } = await api.query(NODE, {}, { "x-include-cypher": "1" });
    expect(Array.isArray(body.extensions?.cypher)).toBe(true);
  });
});
