/**
 * The GraphQL API over HTTP against the real, seeded Neo4j: every custom query, its errors, the
 * read-only public schema, and the limits that keep it safe on the internet.
 */
import { describe, expect, it } from "vitest";
import { STRENGTHS } from "#model/strengths.ts";
import { graphql } from "#tests/generated/gql.ts";
import { signAdminToken } from "./adminToken.ts";
import { useApp, useSeededNeo4j } from "./harness.ts";

const ADMIN_SECRET = "integration-test-admin-secret-0123456789abcdef";

function token(secret: string, claims: Record<string, unknown>, expiresIn = "5m"): Promise<string> {
  return signAdminToken({ secret, claims, expiresIn });
}

/** What the strategy assigns (section "The UN's Sustainable Development Goals"). */
const SDGS_BY_OBJECTIVE: Record<string, string[]> = {
  "objective-1": ["sdg-3", "sdg-9", "sdg-10", "sdg-13"],
  "objective-2": ["sdg-3", "sdg-9", "sdg-10", "sdg-13"],
  "objective-3": ["sdg-3", "sdg-9", "sdg-12", "sdg-13"],
  "objective-4": ["sdg-3", "sdg-9"],
  "objective-5": ["sdg-3", "sdg-9", "sdg-17"],
};

graphql(`
  fragment ApiNode on GraphNode {
    id type name nameNo aliases description properties sources { document title section }
  }
`);
graphql(`
  fragment ApiEdge on GraphEdge {
    id source target type basis strength reason conflict sources { document title section }
  }
`);

describe("GraphQL API", () => {
  const api = useApp({ jwtSecret: ADMIN_SECRET });
  const neo4j = useSeededNeo4j();

  describe("search", () => {
    const find = async (text: string, types?: string[], asOf?: string) => {
      const { body } = await api.query(
        graphql(
          `query ApiSearch($text: String!, $types: [String!], $asOf: String) { search(text: $text, types: $types, limit: 10, asOf: $asOf) { node { id type } score } }`,
        ),
        { text, types, asOf },
      );
      expect(body.errors).toBeUndefined();
      return body.data?.search.map((hit) => hit.node.id) ?? [];
    };

    it.each([
      ["helsenorge", "helsenorge"],
      ["Helsenorge.no", "helsenorge"],
      ["helse norge", "helsenorge"],
      ["helsenorg", "helsenorge"],
      ["Kjernejournal", "kjernejournal"],
      ["Summary Care Record", "kjernejournal"],
      ["kjerne journal", "kjernejournal"],
      ["kjernjournal", "kjernejournal"],
      ["E-resept", "e-resept"],
      ["eresept", "e-resept"],
      ["e-prescription", "e-resept"],
      ["Helsenettet", "helsenettet"],
      ["Norwegian Health Network", "helsenettet"],
      ["helse nettet", "helsenettet"],
      ["HelseCERT", "helsecert"],
      ["Helsedataservice", "helsedataservice"],
      ["Health Data Service", "helsedataservice"],
      ["helsedirektoratet", "directorate-of-health"],
      ["Norwegian Directorate of Health", "directorate-of-health"],
      ["helsedirektoratte", "directorate-of-health"],
    ])("finds %s → %s in the top three", async (text, id) => {
      expect((await find(text)).slice(0, 3)).toContain(id);
    });

    // The Directorate of eHealth merged into the Directorate of Health on 1 January 2024: search
    // answers for today unless asked about a day on which it was in force.
    it.each([
      ["Direktoratet for e-helse", "directorate-of-ehealth"],
      ["Norwegian Directorate of eHealth", "directorate-of-ehealth"],
      ["e-helse direktoratet", "directorate-of-ehealth"],
    ])("finds %s → %s in the top three as of 2023", async (text, id) => {
      expect((await find(text, undefined, "2023-06-01")).slice(0, 3)).toContain(id);
    });

    it("ranks an exact name match first", async () => {
      expect((await find("Kjernejournal"))[0]).toBe("kjernejournal");
    });

    it("limits results to the requested node types", async () => {
      const { body } = await api.query(
        graphql(
          `query ApiSearchSolutions { search(text: "helse", types: ["Solution"], limit: 20) { node { type } } }`,
        ),
      );
      expect(body.data?.search.length).toBeGreaterThan(0);
      expect(new Set(body.data?.search.map((hit) => hit.node.type))).toEqual(new Set(["Solution"]));
    });

    it("answers an empty search with no hits, and a one-letter search without error", async () => {
      expect(await find("")).toEqual([]);
      expect(await find("   ")).toEqual([]);
      const { body } = await api.graphql(`{ search(text: "k") { node { id } } }`);
      expect(body.errors).toBeUndefined();
    });

    it("treats Lucene syntax as plain text, never as a query", async () => {
      for (const text of [
        "name:*",
        "helse AND OR NOT",
        "(((",
        '"unclosed',
        "a~~~^2",
        "\\",
        "*:*",
        "kjerne/journal",
      ]) {
        const { status, body } = await api.graphql(
          `query($t: String!) { search(text: $t) { node { id } } }`,
          { t: text },
        );
        expect(status).toBe(200);
        expect(body.errors).toBeUndefined();
      }
    });

    it("caps limit at 50: more than 50 nodes match, exactly 50 come back", async () => {
      const text = "norwegian health";
      const counted = await neo4j
        .driver()
        .executeQuery(
          "CALL db.index.fulltext.queryNodes('entity_search', 'norwegian OR health') YIELD node RETURN count(node) AS n",
        );
      expect(Number(counted.records[0]?.get("n"))).toBeGreaterThan(50);
      const { body } = await api.query(
        graphql(
          `query ApiSearchOverLimit($text: String!) { search(text: $text, limit: 5000) { node { id } } }`,
        ),
        { text },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data?.search).toHaveLength(50);
    });

    it("rejects a 1 MB string with a clear error: 413 by body size, BAD_USER_INPUT by length", async () => {
      const huge = await api.graphql(`query($t: String!) { search(text: $t) { node { id } } }`, {
        t: "x".repeat(1_000_000),
      });
      expect(huge.status).toBe(413);
      expect(JSON.stringify(huge.body)).toContain("bodyBytes");
      const long = await api.graphql(`query($t: String!) { search(text: $t) { node { id } } }`, {
        t: "x".repeat(5_000),
      });
      expect(long.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(long.body.errors?.[0]?.message).toMatch(/200 characters/);
    });
  });

  describe("node, evidence and unknown ids", () => {
    it("returns a node with its names, type and sources", async () => {
      const { body } = await api.query(
        graphql(`query ApiNodeById { node(id: "kjernejournal") { ...ApiNode } }`),
      );
      expect(body.data?.node).toMatchObject({ id: "kjernejournal", type: "Solution" });
      expect(body.data?.node?.sources.length).toBeGreaterThan(0);
      expect(body.data?.node?.sources[0]?.title.length).toBeGreaterThan(3);
    });

    it.each([
      ['{ node(id: "no-such-node") { id } }', "no-such-node"],
      ['{ neighbourhood(id: "no-such-node") { nodes { id } } }', "no-such-node"],
      ['{ governanceTree(rootId: "no-such-node") { nodes { id } } }', "no-such-node"],
      ['{ traceToSdgs(fromId: "no-such-node") { sdgs { id } } }', "no-such-node"],
      ['{ shortestPath(fromId: "helsenorge", toId: "no-such-node") { nodes { id } } }', "no-such-node"],
      ['{ evidence(id: "no-such-node") { section } }', "no-such-node"],
      ['{ sdgMatrix(strategyId: "no-such-strategy") { cells { strength } } }', "no-such-strategy"],
      ['{ evidence(id: "a|PART_OF|b") { section } }', "a|PART_OF|b"],
    ])("%s answers NOT_FOUND naming the id, with status 200", async (query, id) => {
      const { status, body } = await api.graphql(query);
      expect(status).toBe(200);
      expect(body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      expect(body.errors?.[0]?.message).toContain(id);
    });

    it("gives the evidence of a relationship with document titles and sections", async () => {
      const { body } = await api.query(
        graphql(
          `query ApiEvidence { evidence(id: "section-for-ehealth-services|PART_OF|department-of-ehealth") { document title section } }`,
        ),
      );
      expect(body.errors).toBeUndefined();
      expect(body.data?.evidence[0]).toMatchObject({
        document: "department",
        title: "The Department of eHealth",
      });
    });
  });

  describe("neighbourhood and governance", () => {
    it("returns the neighbours of a node with edges whose ends are all present", async () => {
      const { body } = await api.query(
        graphql(
          `query ApiNeighbourhood { neighbourhood(id: "department-of-ehealth", depth: 1) { nodes { id } edges { ...ApiEdge } } }`,
        ),
      );
      const ids = new Set(body.data?.neighbourhood.nodes.map((node) => node.id));
      expect(ids.has("ministry-of-health-and-care-services")).toBe(true);
      expect(ids.has("section-for-ehealth-services")).toBe(true);
      for (const edge of body.data?.neighbourhood.edges ?? []) {
        expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      }
    });

    it("follows only the requested relationship types", async () => {
      const { body } = await api.query(
        graphql(
          `query ApiNeighbourhoodPartOf { neighbourhood(id: "department-of-ehealth", depth: 2, types: ["PART_OF"]) { edges { type } } }`,
        ),
      );
      expect(new Set(body.data?.neighbourhood.edges.map((edge) => edge.type))).toEqual(new Set(["PART_OF"]));
    });

    it("rejects depth above 3 and unknown relationship types with BAD_USER_INPUT", async () => {
      const deep = await api.graphql(`{ neighbourhood(id: "helsenorge", depth: 4) { nodes { id } } }`);
      expect(deep.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(deep.body.errors?.[0]?.message).toMatch(/depth must be between 1 and 3/);
      const badType = await api.graphql(
        `{ neighbourhood(id: "helsenorge", types: ["LIKES"]) { nodes { id } } }`,
      );
      expect(badType.body.errors?.[0]?.message).toContain("LIKES");
    });

    it("builds the Ministry's governance tree down to the department's sections and the directorates", async () => {
      const { body } = await api.query(
        graphql(
          `query ApiGovernanceTree { governanceTree(rootId: "ministry-of-health-and-care-services") { nodes { id } edges { type } } }`,
        ),
      );
      const ids = body.data?.governanceTree.nodes.map((node) => node.id) ?? [];
      for (const id of [
        "department-of-ehealth",
        "section-for-ehealth-services",
        "section-for-analysis-and-governance",
        "directorate-of-health",
      ]) {
        expect(ids).toContain(id);
      }
      for (const edge of body.data?.governanceTree.edges ?? [])
        expect(["PART_OF", "OVERSEES", "OWNS"]).toContain(edge.type);
    });

    it("finds a shortest path between a solution and an SDG", async () => {
      const { body } = await api.query(
        graphql(
          `query ApiShortestPath { shortestPath(fromId: "helsenorge", toId: "sdg-3") { nodes { id } edges { id } } }`,
        ),
      );
      expect(body.data?.shortestPath.nodes[0]?.id).toBe("helsenorge");
      expect(body.data?.shortestPath.nodes.at(-1)?.id).toBe("sdg-3");
      expect(body.data?.shortestPath.edges.length).toBe((body.data?.shortestPath.nodes.length ?? 0) - 1);
    });
  });

  describe("SDG tracing", () => {
    it.each(Object.entries(SDGS_BY_OBJECTIVE))(
      "traces %s to exactly the SDGs the strategy assigns",
      async (objective, expected) => {
        const { body } = await api.query(
          graphql(
            `query ApiTraceObjective($fromId: ID!) { traceToSdgs(fromId: $fromId) { sdgs { id } paths { sdg { id } steps { ...ApiEdge } } } }`,
          ),
          { fromId: objective },
        );
        expect(body.errors).toBeUndefined();
        expect(body.data?.traceToSdgs.sdgs.map((sdg) => sdg.id).sort()).toEqual([...expected].sort());
        for (const path of body.data?.traceToSdgs.paths ?? []) {
          for (const step of path.steps) expect(step.sources.length).toBeGreaterThan(0);
        }
      },
    );

    it("traces Helsenorge to SDGs through steps that are marked inferred", async () => {
      const { body } = await api.query(
        graphql(
          `query ApiTraceHelsenorge { traceToSdgs(fromId: "helsenorge") { sdgs { id } paths { steps { ...ApiEdge } } subgraph { nodes { id } edges { id } } } }`,
        ),
      );
      const trace = body.data?.traceToSdgs;
      expect(trace?.sdgs.length).toBeGreaterThan(0);
      const supports =
        trace?.paths.flatMap((path) => path.steps).filter((step) => step.type === "SUPPORTS") ?? [];
      expect(supports.length).toBeGreaterThan(0);
      for (const step of supports) expect(step.basis).toBe("inferred");
      expect(trace?.subgraph.nodes.length).toBeGreaterThan(2);
    });

    it("traces the Ministry to the SDGs through the organisations and the strategy", async () => {
      const { body } = await api.query(
        graphql(
          `query ApiTraceMinistry { traceToSdgs(fromId: "ministry-of-health-and-care-services") { sdgs { id } } }`,
        ),
      );
      expect(body.data?.traceToSdgs.sdgs.length).toBeGreaterThan(0);
    });

    it("traces an outcome through its objective", async () => {
      const { body } = await api.query(
        graphql(
          `query ApiTraceOutcome { traceToSdgs(fromId: "outcome-5-1") { sdgs { id } paths { steps { type } } } }`,
        ),
      );
      expect(body.data?.traceToSdgs.sdgs.map((sdg) => sdg.id).sort()).toEqual(
        [...(SDGS_BY_OBJECTIVE["objective-5"] ?? [])].sort(),
      );
      expect(body.data?.traceToSdgs.paths[0]?.steps[0]?.type).toBe("OUTCOME_OF");
    });

    it("returns the objectives × SDGs matrix with strength and reason in every cell", async () => {
      const { body } = await api.query(
        graphql(
          `query ApiSdgMatrix { sdgMatrix { objectives { id } sdgs { id } cells { objective { id } sdg { id } strength reason sources { document section } } } }`,
        ),
      );
      const matrix = body.data?.sdgMatrix;
      expect(matrix?.objectives.map((node) => node.id)).toEqual([
        "objective-1",
        "objective-2",
        "objective-3",
        "objective-4",
        "objective-5",
      ]);
      expect(matrix?.sdgs.map((node) => node.id)).toEqual([
        "sdg-3",
        "sdg-9",
        "sdg-10",
        "sdg-12",
        "sdg-13",
        "sdg-17",
      ]);
      const pairs = Object.entries(SDGS_BY_OBJECTIVE).flatMap(([objective, sdgs]) =>
        sdgs.map((sdg) => `${objective}→${sdg}`),
      );
      expect(matrix?.cells.map((cell) => `${cell.objective.id}→${cell.sdg.id}`).sort()).toEqual(pairs.sort());
      for (const cell of matrix?.cells ?? []) {
        expect(STRENGTHS).toContain(cell.strength);
        expect(cell.reason.length).toBeGreaterThan(10);
        expect(cell.sources.length).toBeGreaterThan(0);
      }
    });
  });

  describe("generated API and its protection", () => {
    it("serves the generated API with filtering and relationship properties", async () => {
      const { body } = await api.query(
        graphql(
          `query ApiGeneratedSolutions { solutions(where: { id: { eq: "helsenorge" } }) { id name supports { id } supportsConnection { edges { properties { basis sources } } } } }`,
        ),
      );
      expect(body.errors).toBeUndefined();
      expect(body.data?.solutions[0]?.id).toBe("helsenorge");
    });

    it("returns the Cypher it ran to an admin who asks with x-include-cypher", async () => {
      const { body } = await api.graphql(
        `{ node(id: "helsenorge") { id } }`,
        {},
        {
          "x-include-cypher": "1",
          authorization: `Bearer ${await token(ADMIN_SECRET, { roles: ["admin"] })}`,
        },
      );
      expect(body.extensions?.cypher).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ query: expect.stringContaining("MATCH (n:Entity {id: $id})") }),
        ]),
      );
      const plain = await api.graphql(`{ node(id: "helsenorge") { id } }`);
      expect(plain.body.extensions?.cypher).toBeUndefined();
    });

    const CREATE = graphql(
      `mutation ApiCreateSolution { createSolutions(input: [{ id: "test-mutation-solution", name: "Test", aliases: [], description: "x", sources: ["strategy § test"] }]) { solutions { id } } }`,
    );
    const DELETE = graphql(
      `mutation ApiDeleteSolution { deleteSolutions(where: { id: { eq: "test-mutation-solution" } }) { nodesDeleted } }`,
    );

    it("rejects an anonymous mutation with FORBIDDEN and writes nothing", async () => {
      const { body } = await api.query(CREATE);
      expect(body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(await api.run("MATCH (n {id: 'test-mutation-solution'}) RETURN n")).toHaveLength(0);
    });

    it("rejects expired and forged admin tokens", async () => {
      const expired = await token(ADMIN_SECRET, { roles: ["admin"] }, "-1m");
      const forged = await token("some-other-secret-that-is-long-enough-000000", { roles: ["admin"] });
      const notAdmin = await token(ADMIN_SECRET, { roles: ["reader"] });
      for (const jwt of [expired, forged, notAdmin]) {
        const { body } = await api.query(CREATE, {}, { authorization: `Bearer ${jwt}` });
        expect(body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
        expect(JSON.stringify(body)).not.toContain(ADMIN_SECRET);
      }
      expect(await api.run("MATCH (n {id: 'test-mutation-solution'}) RETURN n")).toHaveLength(0);
    });

    it("accepts a mutation with a valid admin token", async () => {
      const jwt = await token(ADMIN_SECRET, { roles: ["admin"] });
      const created = await api.query(CREATE, {}, { authorization: `Bearer ${jwt}` });
      expect(created.body.errors).toBeUndefined();
      expect(created.body.data?.createSolutions.solutions[0]?.id).toBe("test-mutation-solution");
      const deleted = await api.query(DELETE, {}, { authorization: `Bearer ${jwt}` });
      expect(deleted.body.data?.deleteSolutions.nodesDeleted).toBe(1);
    });

    it("answers a malformed query with 400 and a GraphQL error", async () => {
      const { status, body } = await api.graphql(`{ search(text: `);
      expect(status).toBe(400);
      expect(body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
    });

    // The status comes from the answer's error codes (server/errors/httpStatusPlugin.ts): an
    // operation the schema cannot run is a client mistake that Apollo would answer with 200.
    it("answers an operation the schema cannot run with 400 BAD_REQUEST", async () => {
      const { status, body } = await api.graphql(`subscription { sourceDocuments { id } }`);
      expect(body.errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
      expect(status).toBe(400);
    });

    it("answers broken JSON with 400", async () => {
      const response = await fetch(`${api.url()}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{ not json",
      });
      expect(response.status).toBe(400);
    });

    it("rejects a 2,000-alias query by a named limit", async () => {
      const query = `{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: sourceDocuments { id }`).join(" ")} }`;
      const { body } = await api.graphql(query);
      expect(body.errors?.[0]?.extensions?.code).toBe("LIMIT_EXCEEDED");
      expect(["maxAliases", "maxTokens"]).toContain(body.errors?.[0]?.extensions?.limit);
    });

    // The token limit used to escape Apollo's pipeline (armor threw from a plugin
    // hook) and was turned from 500 into 400 by re-parsing the response body.
    it("answers a query over the token limit with 400 and the maxTokens limit", async () => {
      const query = `{ ${Array.from({ length: 1600 }, () => "sourceDocuments { id }").join(" ")} }`;
      const { status, body } = await api.graphql(query);
      expect(status).toBe(400);
      expect(body.errors?.[0]?.extensions).toEqual({ code: "LIMIT_EXCEEDED", limit: "maxTokens" });
    });

    it("rejects a 40-level nested query by the depth limit", async () => {
      let selection = "name";
      for (let level = 0; level < 40; level++) selection = `ofType { ${selection} }`;
      const { status, body } = await api.graphql(`{ __type(name: "Query") { ${selection} } }`);
      expect(status).toBe(400);
      expect(body.errors?.every((error) => error.extensions?.code === "LIMIT_EXCEEDED")).toBe(true);
      const depth = body.errors?.find((error) => error.extensions?.limit === "maxDepth");
      expect(depth?.message).toMatch(/depth limit of 12 exceeded, found 4\d/);
    });

    it("blocks cross-site simple POSTs (CSRF prevention) but serves a plain GET read, never a GET mutation", async () => {
      // A form or <img> on another site can send these without a preflight.
      const simplePost = await fetch(`${api.url()}/graphql`, {
        method: "POST",
        headers: { "content-type": "text/plain" },
        body: JSON.stringify({ query: "{ sourceDocuments { id } }" }),
      });
      expect(simplePost.status).toBe(400);
      // A GET can only read (so that a link or a CDN can cache it); its answer is not readable cross-site.
      const read = await fetch(
        `${api.url()}/graphql?query=${encodeURIComponent("{ sourceDocuments { id } }")}`,
      );
      expect(read.status).toBe(200);
      const mutation = await fetch(
        `${api.url()}/graphql?query=${encodeURIComponent('mutation { deleteSolutions(where: { id: { eq: "helsenorge" } }) { nodesDeleted } }')}`,
      );
      expect(mutation.status).toBeGreaterThanOrEqual(400);
      expect(mutation.status).toBeLessThan(500);
    });

    it("allows introspection, which the query editor needs", async () => {
      const { body } = await api.graphql(`{ __schema { queryType { name } } }`);
      expect(body.data).toEqual({ __schema: { queryType: { name: "Query" } } });
    });
  });

  describe("conflicts", () => {
    // Which relationships disagree is the seed's business (and a change over time is no longer one);
    // the API's is that every edge listed has a note and both of its ends.
    it("lists the relationships where sources disagree, each with its note and both ends", async () => {
      const { body } = await api.query(
        graphql(`query ApiConflicts { conflicts { nodes { id } edges { source target conflict } } }`),
      );
      const edges = body.data?.conflicts.edges ?? [];
      const nodes = new Set(body.data?.conflicts.nodes.map((node) => node.id));
      expect(edges.length).toBeGreaterThan(0);
      for (const edge of edges) {
        expect(edge.conflict?.length).toBeGreaterThan(10);
        expect(nodes.has(edge.source) && nodes.has(edge.target)).toBe(true);
      }
      expect(edges.map((edge) => edge.source)).toEqual(
        // A change over time (the 2024 directorate merger) is history, not a conflict.
        expect.arrayContaining(["norwegian-health-economics-administration", "helsenorge"]),
      );
    });
  });

  describe("/healthz", () => {
    it("reports Neo4j up", async () => {
      const response = await fetch(`${api.url()}/healthz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: "ok", neo4j: "up" });
    });
  });
});
