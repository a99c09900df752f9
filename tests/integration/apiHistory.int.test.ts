/**
 * Time and evidence through the GraphQL API: `asOf` on every custom query, `changes`,
 * `timeline`, and the new evidence fields. The mechanics are shown on throw-away fixture nodes
 * with ids unique to this run, written by the loader's own row builders (so that they are stored
 * exactly as the seed's dated facts are) and removed afterwards; the seed's own history is
 * checked by history.int.test.ts.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cypherFile } from "#cypher/cypherFile.ts";
import type { SourceRef, ValidNode } from "#model/model.ts";
import { NODE_LABELS } from "#model/model.ts";
import { nodeRows, relationshipRows } from "#seed/load.ts";
import type { ValidSeed } from "#seed/validate.ts";
import { graphql } from "#tests/generated/gql.ts";
import type { ApiHistoryChangesQuery, ApiHistoryIdsFragment } from "#tests/generated/graphql.ts";
import { useApp } from "./harness.ts";

const P = `test-history-${randomUUID().slice(0, 8)}`;
const id = (name: string) => `${P}-${name}`;
/** A word no real node has, so that search finds only the fixtures. */
const TOKEN = `zqx${P.slice(-8).replace(/-/g, "")}`;

const PUBLIC: SourceRef = {
  document: "public",
  title: "A public register of the fixture's dates",
  url: "https://example.org/register",
  section: "Dates",
};
const STRATEGY: SourceRef = { document: "strategy", section: "Fixture section", paragraph: 2 };

function node(name: string, label: ValidNode["label"], dates: Partial<ValidNode> = {}): ValidNode {
  return {
    id: id(name),
    label,
    name: `${TOKEN} ${name}`,
    aliases: [],
    description: `Fixture node ${name} for the history API tests.`,
    sources: [STRATEGY],
    properties: {},
    ...dates,
  };
}

type Rel = ValidSeed["relationships"][number];
function rel(from: string, type: Rel["type"], to: string, extra: Partial<Rel> = {}): Rel {
  return {
    id: `${from}|${type}|${to}`,
    from,
    type,
    to,
    basis: "stated",
    sources: [STRATEGY],
    properties: {},
    ...extra,
  };
}

// hub oversees old (until 2023) and new (from 2024); old was replaced by new; hub ran the solution
// until 2019 and new runs it from 2024, so in 2021 nothing hub oversees or runs leads to an SDG.
const NODES: ValidNode[] = [
  node("hub", "Ministry"),
  node("old", "Directorate", { validFrom: "2016", validTo: "2023-12-31", dateSources: [PUBLIC] }),
  node("new", "Directorate", { validFrom: "2024-01-01", dateSources: [PUBLIC] }),
  node("solution", "Solution"),
  node("strategy", "Strategy", { validFrom: "2017", validTo: "2022", dateSources: [PUBLIC] }),
  node("objective", "Objective"),
];
const RELATIONSHIPS: Rel[] = [
  rel(id("old"), "PART_OF", id("hub"), { validTo: "2023-12-31", dateSources: [PUBLIC] }),
  rel(id("new"), "PART_OF", id("hub"), { validFrom: "2024-01-01", dateSources: [PUBLIC] }),
  rel(id("hub"), "OVERSEES", id("old"), { validTo: "2023-12-31", dateSources: [PUBLIC] }),
  rel(id("hub"), "OVERSEES", id("new"), { validFrom: "2024-01-01", dateSources: [PUBLIC] }),
  rel(id("old"), "REPLACED_BY", id("new"), { validFrom: "2024-01-01", dateSources: [PUBLIC] }),
  rel(id("hub"), "RUNS", id("solution"), { validTo: "2019-12-31", dateSources: [PUBLIC] }),
  // Dated without dateSources (the import path allows it): changes fall back to its sources.
  rel(id("new"), "RUNS", id("solution"), { validFrom: "2024-01-01" }),
  rel(id("solution"), "CONTRIBUTES_TO", "sdg-3", { strength: "also", reason: "Fixture contribution." }),
  rel(id("old"), "COORDINATES", id("solution"), {
    conflict: "Two fixture sources disagree on who coordinates the solution.",
  }),
  rel(id("strategy"), "HAS_OBJECTIVE", id("objective")),
  rel(id("objective"), "CONTRIBUTES_TO", "sdg-3", {
    strength: "most direct",
    wording: "in particular",
    reason: "Fixture contribution with the strategy's wording.",
  }),
  rel(id("objective"), "CONTRIBUTES_TO", "sdg-9", {
    strength: "also",
    reason: "Fixture contribution that ended in 2019.",
    validTo: "2019",
    dateSources: [PUBLIC],
  }),
];

graphql(`
  fragment ApiHistoryNode on GraphNode {
    id validFrom validTo dateSources { document title section url } sources { paragraph url }
  }
`);
graphql(`
  fragment ApiHistoryEdge on GraphEdge {
    id source target type wording validFrom validTo dateSources { title url }
  }
`);
graphql(`fragment ApiHistoryIds on Subgraph { nodes { id } edges { id } }`);

const ids = (subgraph: ApiHistoryIdsFragment | undefined) => [
  ...(subgraph?.nodes.map((n) => n.id) ?? []),
  ...(subgraph?.edges.map((e) => e.id) ?? []),
];

describe("GraphQL API: time and evidence (fixture graph)", () => {
  const api = useApp();

  beforeAll(async () => {
    await api.run(cypherFile("seed/upsertNodes"), { nodes: nodeRows(NODES), typeLabels: [...NODE_LABELS] });
    await api.run(cypherFile("seed/upsertRelationships"), { relationships: relationshipRows(RELATIONSHIPS) });
  });
  afterAll(async () => {
    await api.run("MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n", { prefix: P });
  });

  describe("node", () => {
    it("answers a dated node on a day it was in force, with its dates and their sources", async () => {
      const { body } = await api.query(
        graphql(
          `query ApiHistoryNodeAsOf($id: ID!) { node(id: $id, asOf: "2020-06-01") { ...ApiHistoryNode } }`,
        ),
        { id: id("old") },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data?.node).toMatchObject({
        id: id("old"),
        validFrom: "2016",
        validTo: "2023-12-31",
        dateSources: [{ document: "public", title: PUBLIC.title, section: "Dates", url: PUBLIC.url }],
        sources: [{ paragraph: 2 }],
      });
    });

    it("answers NOT_FOUND saying when it was in force, for a day outside its period", async () => {
      const { status, body } = await api.graphql(
        'query($id: ID!) { node(id: $id, asOf: "2024-01-01") { id } }',
        { id: id("old") },
      );
      expect(status).toBe(200);
      expect(body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      expect(body.errors?.[0]?.message).toContain(id("old"));
      expect(body.errors?.[0]?.message).toContain("was in force from 2016-01-01 to 2023-12-31");
    });

    it("answers for today without asOf: an ended node is NOT_FOUND, its successor is there", async () => {
      const old = await api.graphql("query($id: ID!) { node(id: $id) { id } }", { id: id("old") });
      expect(old.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      const successor = await api.query(
        graphql(`query ApiHistoryNodeToday($id: ID!) { node(id: $id) { id } }`),
        {
          id: id("new"),
        },
      );
      expect(successor.body.data?.node?.id).toBe(id("new"));
    });

    it("says 'from … on' for a node not yet in force", async () => {
      const { body } = await api.graphql('query($id: ID!) { node(id: $id, asOf: "2023") { id } }', {
        id: id("new"),
      });
      expect(body.errors?.[0]?.message).toContain("was in force from 2024-01-01 on");
    });
  });

  describe("malformed dates", () => {
    const cases: [string, string, Record<string, unknown>][] = [
      ["node", 'query($d: String) { node(id: "x", asOf: $d) { id } }', {}],
      ["search", 'query($d: String) { search(text: "helse", asOf: $d) { score } }', {}],
      ["neighbourhood", 'query($d: String) { neighbourhood(id: "x", asOf: $d) { nodes { id } } }', {}],
      ["governanceTree", 'query($d: String) { governanceTree(rootId: "x", asOf: $d) { nodes { id } } }', {}],
      ["traceToSdgs", 'query($d: String) { traceToSdgs(fromId: "x", asOf: $d) { sdgs { id } } }', {}],
      [
        "shortestPath",
        'query($d: String) { shortestPath(fromId: "x", toId: "y", asOf: $d) { nodes { id } } }',
        {},
      ],
      ["sdgMatrix", "query($d: String) { sdgMatrix(asOf: $d) { cells { strength } } }", {}],
      ["conflicts", "query($d: String) { conflicts(asOf: $d) { edges { id } } }", {}],
      ["evidence", 'query($d: String) { evidence(id: "x", asOf: $d) { section } }', {}],
    ];
    it.each(
      cases.flatMap(([name, query]) =>
        ["2024-13-01", "2023-02-29", "yesterday", "24-01-01", ""].map((date) => [name, date, query] as const),
      ),
    )("%s rejects asOf %j with BAD_USER_INPUT naming asOf", async (_name, date, query) => {
      const { status, body } = await api.graphql(query, { d: date });
      expect(status).toBe(200);
      expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(body.errors?.[0]?.extensions?.argument).toBe("asOf");
      expect(body.errors?.[0]?.message).toMatch(/^asOf must be an ISO 8601 date/);
    });

    it.each([
      ["from", { from: "2024-1-1", to: "2024" }],
      ["to", { from: "2024", to: "31.12.2024" }],
    ])("changes rejects a malformed %s naming it", async (argument, variables) => {
      const { body } = await api.graphql(
        "query($from: String!, $to: String!) { changes(from: $from, to: $to) { date } }",
        variables,
      );
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
    });

    it("changes rejects a range that ends before it starts", async () => {
      const { body } = await api.graphql('{ changes(from: "2024", to: "2023") { date } }');
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "to" });
    });
  });

  describe("asOf on the graph queries", () => {
    const neighbourhood = async (asOf: string) => {
      const { body } = await api.query(
        graphql(
          `query ApiHistoryNeighbourhood($id: ID!, $asOf: String) { neighbourhood(id: $id, asOf: $asOf) { nodes { id } edges { ...ApiHistoryEdge } } }`,
        ),
        { id: id("hub"), asOf },
      );
      expect(body.errors).toBeUndefined();
      return ids(body.data?.neighbourhood);
    };

    it("neighbourhood holds only the nodes and relationships in force that day", async () => {
      const before = await neighbourhood("2023-12-31");
      expect(before).toContain(id("old"));
      expect(before).toContain(`${id("hub")}|OVERSEES|${id("old")}`);
      expect(before).not.toContain(id("new"));
      const after = await neighbourhood("2024-01-01");
      expect(after).toContain(id("new"));
      expect(after).toContain(`${id("hub")}|OVERSEES|${id("new")}`);
      expect(after).not.toContain(id("old"));
      expect(after).not.toContain(`${id("hub")}|OVERSEES|${id("old")}`);
    });

    it("a partial asOf means the first day of its period", async () => {
      expect(await neighbourhood("2024")).toContain(id("new"));
      expect(await neighbourhood("2023-12")).toContain(id("old"));
    });

    it("governanceTree follows the hierarchy as it stood that day", async () => {
      const tree = async (asOf: string) => {
        const { body } = await api.query(
          graphql(
            `query ApiHistoryGovernanceTree($id: ID!, $asOf: String) { governanceTree(rootId: $id, asOf: $asOf) { nodes { id } edges { id } } }`,
          ),
          { id: id("hub"), asOf },
        );
        return ids(body.data?.governanceTree);
      };
      expect(await tree("2020-01-01")).toEqual(expect.arrayContaining([id("old")]));
      expect(await tree("2020-01-01")).not.toContain(id("new"));
      expect(await tree("2025-01-01")).toEqual(expect.arrayContaining([id("new")]));
      expect(await tree("2025-01-01")).not.toContain(id("old"));
    });

    it("search with a day finds only the nodes in force that day; without one, every date, in force first", async () => {
      const found = async (asOf: string | null) => {
        const { body } = await api.query(
          graphql(
            `query ApiHistorySearch($t: String!, $asOf: String) { search(text: $t, limit: 20, asOf: $asOf) { node { id } } }`,
          ),
          { t: TOKEN, asOf },
        );
        expect(body.errors).toBeUndefined();
        return body.data?.search.map((hit) => hit.node.id) ?? [];
      };
      expect(await found("2020-06-01")).toContain(id("old"));
      expect(await found("2020-06-01")).not.toContain(id("new"));
      const everyDate = await found(null);
      expect(everyDate).toContain(id("new"));
      expect(everyDate.indexOf(id("old"))).toBeGreaterThan(everyDate.indexOf(id("new")));
    });

    it("traceToSdgs goes only through what was in force: nothing in the gap between operators", async () => {
      const trace = async (asOf: string) => {
        const { body } = await api.query(
          graphql(
            `query ApiHistoryTraceToSdgs($id: ID!, $asOf: String) { traceToSdgs(fromId: $id, asOf: $asOf) { sdgs { id } subgraph { nodes { id } edges { id } } } }`,
          ),
          { id: id("hub"), asOf },
        );
        expect(body.errors).toBeUndefined();
        return body.data?.traceToSdgs;
      };
      expect((await trace("2018-06-01"))?.sdgs.map((sdg) => sdg.id)).toEqual(["sdg-3"]);
      expect((await trace("2021-06-01"))?.sdgs).toEqual([]);
      const later = await trace("2025-06-01");
      expect(later?.sdgs.map((sdg) => sdg.id)).toEqual(["sdg-3"]);
      expect(ids(later?.subgraph)).toContain(`${id("new")}|RUNS|${id("solution")}`);
      expect(ids(later?.subgraph)).not.toContain(`${id("hub")}|RUNS|${id("solution")}`);
    });

    it("shortestPath never passes through a node out of force that day", async () => {
      const path = async (asOf: string) => {
        const { body } = await api.query(
          graphql(
            `query ApiHistoryShortestPath($a: ID!, $b: ID!, $asOf: String) { shortestPath(fromId: $a, toId: $b, asOf: $asOf) { nodes { id } edges { id } } }`,
          ),
          { a: id("hub"), b: id("new"), asOf },
        );
        expect(body.errors).toBeUndefined();
        return body.data?.shortestPath;
      };
      // On 2024-06-01 hub → new directly; the old directorate (ended) may not be a step.
      const now = await path("2024-06-01");
      expect(now?.nodes.map((n) => n.id)).toEqual([id("hub"), id("new")]);
      const ended = await api.graphql(
        'query($a: ID!, $b: ID!) { shortestPath(fromId: $a, toId: $b, asOf: "2024-06-01") { nodes { id } } }',
        { a: id("solution"), b: id("old") },
      );
      expect(ended.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      expect(ended.body.errors?.[0]?.message).toContain("was in force from 2016-01-01 to 2023-12-31");
    });

    it("shortestPath routes around what was out of force that day", async () => {
      // solution ↔ old only via COORDINATES (old, until 2023) or hub's RUNS (until 2019).
      const { body } = await api.query(
        graphql(
          `query ApiHistoryShortestPath2($a: ID!, $b: ID!) { shortestPath(fromId: $a, toId: $b, asOf: "2021-06-01") { nodes { id } } }`,
        ),
        { a: id("solution"), b: id("hub") },
      );
      expect(body.errors).toBeUndefined();
      const route = body.data?.shortestPath.nodes.map((n) => n.id) ?? [];
      // 2021: hub's RUNS has ended; the route goes solution — old — hub, both in force then.
      expect(route).toEqual([id("solution"), id("old"), id("hub")]);
      const later = await api.query(
        graphql(
          `query ApiHistoryShortestPath3($a: ID!, $b: ID!) { shortestPath(fromId: $a, toId: $b, asOf: "2025-06-01") { nodes { id } } }`,
        ),
        { a: id("solution"), b: id("hub") },
      );
      expect(later.body.data?.shortestPath.nodes.map((n) => n.id)).not.toContain(id("old"));
    });

    it("sdgMatrix answers a strategy's cells that day, with the wording, and NOT_FOUND outside its period", async () => {
      const { body } = await api.query(
        graphql(
          `query ApiHistorySdgMatrix($id: ID!) { sdgMatrix(strategyId: $id, asOf: "2020-06-01") { objectives { id } cells { sdg { id } wording strength } } }`,
        ),
        { id: id("strategy") },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data?.sdgMatrix.objectives.map((o) => o.id)).toEqual([id("objective")]);
      expect(body.data?.sdgMatrix.cells).toEqual([
        { sdg: { id: "sdg-3" }, wording: "in particular", strength: "most direct" },
      ]);
      const earlier = await api.query(
        graphql(
          `query ApiHistorySdgMatrix2($id: ID!) { sdgMatrix(strategyId: $id, asOf: "2018-06-01") { cells { sdg { id } } } }`,
        ),
        { id: id("strategy") },
      );
      expect(earlier.body.data?.sdgMatrix.cells).toHaveLength(2);
      const ended = await api.graphql(
        "query($id: ID!) { sdgMatrix(strategyId: $id) { cells { strength } } }",
        {
          id: id("strategy"),
        },
      );
      expect(ended.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      expect(ended.body.errors?.[0]?.message).toContain("was in force from 2017-01-01 to 2022-12-31");
    });

    it("conflicts lists only relationships with a note, and only those in force that day", async () => {
      const conflicts = async (asOf: string) => {
        const { body } = await api.query(
          graphql(
            `query ApiHistoryConflicts($asOf: String) { conflicts(asOf: $asOf) { edges { id conflict } } }`,
          ),
          { asOf },
        );
        expect(body.errors).toBeUndefined();
        return body.data?.conflicts.edges ?? [];
      };
      const coordinates = `${id("old")}|COORDINATES|${id("solution")}`;
      const then = await conflicts("2020-06-01");
      expect(then.map((edge) => edge.id)).toContain(coordinates);
      for (const edge of then) expect(edge.conflict?.length).toBeGreaterThan(0);
      expect(then.map((edge) => edge.id)).not.toContain(`${id("hub")}|OVERSEES|${id("old")}`);
      expect((await conflicts("2024-06-01")).map((edge) => edge.id)).not.toContain(coordinates);
    });

    it("evidence answers for a fact of any date without asOf, and NOT_FOUND with an asOf outside it", async () => {
      const edge = `${id("hub")}|RUNS|${id("solution")}`;
      const any = await api.query(
        graphql(`query ApiHistoryEvidence($id: ID!) { evidence(id: $id) { section paragraph } }`),
        { id: edge },
      );
      expect(any.body.data?.evidence).toEqual([{ section: "Fixture section", paragraph: 2 }]);
      const late = await api.graphql(
        'query($id: ID!) { evidence(id: $id, asOf: "2020-01-01") { section } }',
        {
          id: edge,
        },
      );
      expect(late.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      expect(late.body.errors?.[0]?.message).toContain("was in force until 2019-12-31");
    });
  });

  describe("changes and timeline", () => {
    const changes = async (from: string, to: string) => {
      const { body } = await api.query(
        graphql(
          `query ApiHistoryChanges($from: String!, $to: String!) { changes(from: $from, to: $to) { date kind node { id } edge { id } sources { title } } }`,
        ),
        { from, to },
      );
      expect(body.errors).toBeUndefined();
      return body.data?.changes ?? [];
    };
    const mine = (list: ApiHistoryChangesQuery["changes"]) =>
      list
        .filter((change) => (change.node?.id ?? change.edge?.id ?? "").startsWith(P))
        .map((change) => `${change.date} ${change.kind} ${change.node?.id ?? change.edge?.id}`);

    it("lists what started or ended within [from, to], ordered by date, then kind, then id", async () => {
      const list = await changes("2023-12-31", "2024-01-01");
      expect(mine(list)).toEqual([
        `2023-12-31 ended ${id("hub")}|OVERSEES|${id("old")}`,
        `2023-12-31 ended ${id("old")}`,
        `2023-12-31 ended ${id("old")}|PART_OF|${id("hub")}`,
        `2024-01-01 started ${id("hub")}|OVERSEES|${id("new")}`,
        `2024-01-01 started ${id("new")}`,
        `2024-01-01 started ${id("new")}|PART_OF|${id("hub")}`,
        `2024-01-01 started ${id("new")}|RUNS|${id("solution")}`,
        `2024-01-01 started ${id("old")}|REPLACED_BY|${id("new")}`,
      ]);
      const dates = list.map((change) => change.date);
      expect(dates).toEqual([...dates].sort());
      for (const change of list) expect(["started", "ended"]).toContain(change.kind);
    });

    it("leaves out what changed outside the range, and covers a whole year for a year", async () => {
      expect(mine(await changes("2024-01-02", "2024-12-31"))).toEqual([]);
      expect(mine(await changes("2019", "2019"))).toEqual([
        `2019-12-31 ended ${id("hub")}|RUNS|${id("solution")}`,
        `2019-12-31 ended ${id("objective")}|CONTRIBUTES_TO|sdg-9`,
      ]);
    });

    it("gives each change the sources of its date, or the fact's own sources where it has none", async () => {
      const list = await changes("2024-01-01", "2024-01-01");
      const byId = new Map(list.map((change) => [change.node?.id ?? change.edge?.id, change]));
      expect(byId.get(id("new"))?.sources.map((s) => s.title)).toEqual([PUBLIC.title]);
      expect(byId.get(`${id("new")}|RUNS|${id("solution")}`)?.sources.map((s) => s.title)).toEqual([
        "National eHealth strategy (2023 towards 2030)",
      ]);
    });

    it("names a relationship's two ends with each change, even an end no longer in force", async () => {
      const { body } = await api.query(
        graphql(
          `query ApiHistoryChanges2 { changes(from: "2024-01-01", to: "2024-01-01") { node { id } edge { id source target } edgeEnds { id name type } } }`,
        ),
      );
      expect(body.errors).toBeUndefined();
      const list = body.data?.changes ?? [];
      const replaced = list.find((change) => change.edge?.id === `${id("old")}|REPLACED_BY|${id("new")}`);
      // "old" ended the day before: the canvas as of 2024 has no node to name it from.
      expect(replaced?.edgeEnds.map((end) => [end.id, end.name])).toEqual([
        [id("old"), `${TOKEN} old`],
        [id("new"), `${TOKEN} new`],
      ]);
      for (const change of list) {
        if (change.edge)
          expect(change.edgeEnds.map((end) => end.id)).toEqual([change.edge.source, change.edge.target]);
        else expect(change.edgeEnds).toEqual([]);
      }
    });

    it("timeline holds every distinct start and end day, ascending", async () => {
      const { body } = await api.query(graphql(`query ApiHistoryTimeline { timeline }`));
      expect(body.errors).toBeUndefined();
      const days = body.data?.timeline ?? [];
      expect(days).toEqual(
        expect.arrayContaining([
          "2016-01-01",
          "2017-01-01",
          "2019-12-31",
          "2022-12-31",
          "2023-12-31",
          "2024-01-01",
        ]),
      );
      expect(days).toEqual([...new Set(days)].sort());
      for (const day of days) expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });
  });

  describe("generated API", () => {
    it("exposes the dates, their sources and the wording, and filters on them", async () => {
      const encoded = `public § ${PUBLIC.title} § Dates § ${PUBLIC.url}`;
      const { body } = await api.query(
        graphql(`query ApiHistoryDirectorates($prefix: ID!, $hub: ID!, $objective: ID!) {
          directorates(where: { id: { startsWith: $prefix }, validTo: { eq: "2023-12-31" } }) {
            id validFrom validTo dateSources
          }
          ministries(where: { id: { eq: $hub } }) {
            overseesConnection { edges { properties { validFrom validTo dateSources } } }
          }
          objectives(where: { id: { eq: $objective } }) {
            contributesToConnection { edges { properties { wording } } }
          }
        }`),
        { prefix: P, hub: id("hub"), objective: id("objective") },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data?.directorates).toEqual([
        { id: id("old"), validFrom: "2016", validTo: "2023-12-31", dateSources: [encoded] },
      ]);
      const periods = body.data?.ministries[0]?.overseesConnection.edges.map((edge) => edge.properties);
      expect(periods).toEqual(
        expect.arrayContaining([
          { validFrom: null, validTo: "2023-12-31", dateSources: [encoded] },
          { validFrom: "2024-01-01", validTo: null, dateSources: [encoded] },
        ]),
      );
      const wordings = body.data?.objectives[0]?.contributesToConnection.edges.map(
        (e) => e.properties.wording,
      );
      expect(wordings).toContain("in particular");
    });
  });

  describe("evidence fields", () => {
    it("answers wording, dates and date sources on relationships", async () => {
      const { body } = await api.query(
        graphql(
          `query ApiHistoryEvidenceFields($id: ID!) { neighbourhood(id: $id, asOf: "2020-01-01") { edges { ...ApiHistoryEdge } } }`,
        ),
        { id: id("objective") },
      );
      const edge = body.data?.neighbourhood.edges.find(
        (e) => e.id === `${id("objective")}|CONTRIBUTES_TO|sdg-3`,
      );
      expect(edge).toMatchObject({
        wording: "in particular",
        validFrom: null,
        validTo: null,
        dateSources: [],
      });
    });

    it("lists the source documents with publisher, publication date and address", async () => {
      const { body } = await api.query(
        graphql(
          `query ApiHistorySourceDocuments { sourceDocuments { id publisher date published dateNote url } }`,
        ),
      );
      expect(body.data?.sourceDocuments.map((d) => d.id).sort()).toEqual([
        "department",
        "factsheet",
        "interview",
        "overview",
        "strategy",
      ]);
      for (const document of body.data?.sourceDocuments ?? []) {
        expect(document.publisher.length).toBeGreaterThan(2);
        // An undated document says so and why; the graph never invents a publication date.
        if (document.published === null) {
          expect(document.date).toBe("undated");
          expect(document.dateNote?.length).toBeGreaterThan(20);
        } else {
          expect(document.published).toMatch(/^\d{4}(-\d{2}){0,2}$/);
          expect(document.date).toBe(document.published);
        }
      }
      const byId = new Map(body.data?.sourceDocuments.map((d) => [d.id, d]));
      expect(byId.get("strategy")?.url).toMatch(/^https:\/\//);
      expect(byId.get("department")?.published).toBeNull();
    });
  });
});
