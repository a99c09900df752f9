/**
 * The read cache over the real app and Neo4j: repeats come from memory, identical reads arriving
 * together are run once, GET reads revalidate with ETag/304, mutations stay POST-only, and no write — a direct Cypher write (another process),
 * a re-seed, an import, an admin mutation — ever lets an answer from before it out, also while
 * many reads run during the write.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "#server/app.ts";
import { graphql } from "#tests/generated/gql.ts";
import { exportGraph } from "#tools/graphFile/exportGraph.ts";
import { importGraph } from "#tools/graphFile/importGraph.ts";
import { signAdminToken } from "./adminToken.ts";
import { answerTo, restoreSeed, useApp } from "./harness.ts";

const ADMIN_SECRET = "read-cache-test-admin-secret-0123456789abcdef";
const NAME = graphql(`query ReadCacheName { node(id: "helsenorge") { name } }`);
const NAME_QUERY = String(NAME);

interface Answer {
  readonly status: number;
  readonly cache: string | null;
  readonly etag: string | null;
  readonly name: string | undefined;
}

describe("read cache", () => {
  const api = useApp({ jwtSecret: ADMIN_SECRET });
  let original = "";

  /** How the app answered, and the name in the answer when the request read NAME. */
  async function answer(response: Response, readsName: boolean): Promise<Answer> {
    const sent = {
      status: response.status,
      cache: response.headers.get("x-read-cache"),
      etag: response.headers.get("etag"),
    };
    if (!readsName) {
      await response.arrayBuffer();
      return { ...sent, name: undefined };
    }
    return { ...sent, name: (await answerTo(NAME, response)).data?.node?.name };
  }
  async function post(query: string, headers: Record<string, string> = {}): Promise<Answer> {
    return answer(await graphqlPost(query, headers), query === NAME_QUERY);
  }
  const readName = () => post(NAME_QUERY);
  async function readNameByGet(headers: Record<string, string> = {}): Promise<Answer> {
    const response = await fetch(`${api.url()}/graphql?query=${encodeURIComponent(NAME_QUERY)}`, { headers });
    return answer(response, true);
  }
  const rename = (name: string) =>
    api.run("MATCH (n:Entity {id: 'helsenorge'}) SET n.name = $name", { name });

  beforeAll(async () => {
    original = (await readName()).name ?? "";
    expect(original).not.toBe("");
  });
  afterAll(async () => {
    await restoreSeed(api.driver(), api.database);
  });

  it("answers a repeated read from memory with the same body", async () => {
    await post('{ search(text: "kjernejournal") { node { id } } }');
    const again = await post('{ search(text: "kjernejournal") { node { id } } }');
    expect(again.cache).toBe("hit");
    const other = await post('{ search(text: "helsenorge") { node { id } } }');
    expect(other.cache).toBe("miss");
  });

  it("answers a repeat of the same body from the stored bytes, and a differently spaced body afresh", async () => {
    const send = (body: string) =>
      fetch(`${api.url()}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
    const body = JSON.stringify({ query: '{ node(id: "kjernejournal") { id name } }' });
    const first = await send(body);
    const firstText = await first.text();
    const again = await send(body);
    expect(again.headers.get("x-read-cache")).toBe("hit");
    expect(again.headers.get("etag")).toBe(first.headers.get("etag"));
    expect(await again.text()).toBe(firstText);
    // The key is the request's bytes: nothing is parsed before the lookup.
    const spaced = await send(body.replace(":", ": "));
    expect(spaced.headers.get("x-read-cache")).toBe("miss");
    expect(await spaced.text()).toBe(firstText);
  });

  it("runs an uncached read once when many identical ones arrive together, and gives each the same answer", async () => {
    // A key no earlier test stored: the alias makes the body unique.
    const body = JSON.stringify({
      query: '{ together: neighbourhood(id: "kjernejournal", depth: 2) { nodes { id } edges { id } } }',
    });
    const answers = await Promise.all(
      Array.from({ length: 12 }, async () => {
        const response = await fetch(`${api.url()}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body,
        });
        return { cache: response.headers.get("x-read-cache"), text: await response.text() };
      }),
    );
    expect(answers.filter((a) => a.cache === "miss")).toHaveLength(1);
    expect(answers.every((a) => a.cache === "miss" || a.cache === "shared" || a.cache === "hit")).toBe(true);
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    expect(answers[0]?.text).toContain('"id":"kjernejournal"');
  });

  it("keeps answers whose errors follow from the request and the graph, with their status", async () => {
    const broken = await post("{ node(id: ");
    expect(broken.status).toBe(400);
    const brokenAgain = await post("{ node(id: ");
    expect(brokenAgain.status).toBe(400);
    expect(brokenAgain.cache).toBe("hit");
    const missing = '{ node(id: "no-such-node-for-the-cache") { name } }';
    const notFound = await graphqlPost(missing);
    const notFoundBody = await notFound.text();
    expect(notFoundBody).toContain("NOT_FOUND");
    const notFoundAgain = await graphqlPost(missing);
    expect(notFoundAgain.headers.get("x-read-cache")).toBe("hit");
    expect(await notFoundAgain.text()).toBe(notFoundBody);
  });

  it("serves GET /graphql reads with an ETag, a revalidating Cache-Control and 304 on If-None-Match", async () => {
    const url = `${api.url()}/graphql?query=${encodeURIComponent(NAME_QUERY)}`;
    // A GET can only read: the server lets a plain one through (a link, a CDN) and refuses mutations.
    const preflight = { "apollo-require-preflight": "1" };
    const first = await fetch(url, { headers: preflight });
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    expect((await answerTo(NAME, first)).data?.node?.name).toBe(original);
    const repeat = await fetch(url, { headers: { ...preflight, "if-none-match": etag ?? "" } });
    expect(repeat.status).toBe(304);
    expect(await repeat.text()).toBe("");
    const changedElsewhere = await fetch(url, {
      headers: { ...preflight, "if-none-match": '"something-else"' },
    });
    expect(changedElsewhere.status).toBe(200);
  });

  it("refuses a mutation over GET and writes nothing", async () => {
    const mutation = 'mutation { deleteSolutions(where: { id: { eq: "helsenorge" } }) { nodesDeleted } }';
    const jwt = await adminToken();
    const answer = await fetch(`${api.url()}/graphql?query=${encodeURIComponent(mutation)}`, {
      headers: { authorization: `Bearer ${jwt}`, "apollo-require-preflight": "1" },
    });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect(await api.run("MATCH (n:Entity {id: 'helsenorge'}) RETURN n.id AS id")).toHaveLength(1);
  });

  it("shows a write by another process on the next read", async () => {
    await readName();
    expect((await readName()).cache).toBe("hit");
    await rename("Helsenorge written elsewhere");
    const after = await readName();
    expect(after.name).toBe("Helsenorge written elsewhere");
    expect(after.cache).toBe("miss");
    await rename(original);
    expect((await readName()).name).toBe(original);
  });

  it("shows a re-seed on the next read", async () => {
    await rename("Helsenorge before the seed");
    expect((await readName()).name).toBe("Helsenorge before the seed");
    expect((await readName()).cache).toBe("hit");
    await restoreSeed(api.driver(), api.database);
    expect((await readName()).name).toBe(original);
  });

  it("shows an import on the next read", async () => {
    const file = await exportGraph(api.driver(), api.database);
    const renamed = {
      ...file,
      nodes: file.nodes.map((node) =>
        node.properties.id === "helsenorge"
          ? { ...node, properties: { ...node.properties, name: "Helsenorge imported" } }
          : node,
      ),
    };
    expect((await readName()).name).toBe(original);
    expect((await readName()).cache).toBe("hit");
    await importGraph(api.driver(), api.database, renamed, { replace: true });
    expect((await readName()).name).toBe("Helsenorge imported");
    await restoreSeed(api.driver(), api.database);
    expect((await readName()).name).toBe(original);
  });

  it("shows an admin mutation on the next read", async () => {
    const jwt = await adminToken();
    const solutions = graphql(
      `query ReadCacheSolutions { solutions(where: { id: { eq: "cache-test-solution" } }) { id } }`,
    );
    const count = async () =>
      (await answerTo(solutions, await graphqlPost(String(solutions)))).data?.solutions.length;
    expect(await count()).toBe(0);
    expect(await count()).toBe(0);
    const created = await graphqlPost(
      'mutation { createSolutions(input: [{ id: "cache-test-solution", name: "Cache test", aliases: [], description: "x", sources: ["strategy § test"] }]) { solutions { id } } }',
      { authorization: `Bearer ${jwt}` },
    );
    expect(created.status).toBe(200);
    expect(await count()).toBe(1);
    await graphqlPost(
      'mutation { deleteSolutions(where: { id: { eq: "cache-test-solution" } }) { nodesDeleted } }',
      {
        authorization: `Bearer ${jwt}`,
      },
    );
    expect(await count()).toBe(0);
  });

  it("never answers a read that starts after a write with data from before it, under concurrent reads", async () => {
    for (let round = 1; round <= 5; round++) {
      const name = `Helsenorge round ${round}`;
      let writing = true;
      // Eight clients reading back to back before, during and after the write, by POST and GET.
      const hammer = Array.from({ length: 8 }, async (_, client) => {
        const seen: Answer[] = [];
        while (writing) seen.push(await (client % 2 === 0 ? readName() : readNameByGet()));
        return seen;
      });
      await rename(name);
      // The write has committed: every read that starts now must see it.
      const after = await Promise.all(
        Array.from({ length: 24 }, (_, i) => (i % 2 === 0 ? readName() : readNameByGet())),
      );
      writing = false;
      const during = (await Promise.all(hammer)).flat();
      expect(during.length).toBeGreaterThan(0);
      expect(after.map((a) => a.name)).toEqual(after.map(() => name));
      expect(after.every((a) => a.status === 200)).toBe(true);
    }
    await rename(original);
  });

  it("does not cache a verified admin's requests, with or without the Cypher log", async () => {
    await readName();
    expect((await post(NAME_QUERY, { authorization: `Bearer ${await adminToken()}` })).cache).toBeNull();
    expect(
      (await post(NAME_QUERY, { "x-include-cypher": "1", authorization: `Bearer ${await adminToken()}` }))
        .cache,
    ).toBeNull();
    await readNameByGet();
    expect((await readNameByGet()).cache).toBe("hit");
    expect((await readNameByGet({ authorization: `Bearer ${await adminToken()}` })).cache).toBeNull();
  });

  function graphqlPost(query: string, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${api.url()}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query }),
    });
  }
});

describe("read cache turned off (READ_CACHE_MB=0)", () => {
  const neo4j = useApp();
  let app: App | undefined;
  let base = "";
  beforeAll(async () => {
    app = await createApp({
      driver: neo4j.driver(),
      database: neo4j.database,
      queryTimeoutMs: 5_000,
      clientDir: "client/dist",
      readCacheMb: 0,
    });
    base = `http://127.0.0.1:${await app.listen(0, "127.0.0.1")}`;
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("computes every read afresh, by POST and by GET", async () => {
    for (let i = 0; i < 3; i++) {
      const get = await fetch(`${base}/graphql?query=${encodeURIComponent(NAME_QUERY)}`);
      expect(get.status).toBe(200);
      expect(get.headers.get("x-read-cache")).toBeNull();
      const response = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: NAME_QUERY }),
      });
      expect(response.status).toBe(200);
      expect(response.headers.get("x-read-cache")).toBeNull();
    }
  });
});

function adminToken(): Promise<string> {
  return signAdminToken({ secret: ADMIN_SECRET });
}
