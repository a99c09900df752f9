/**
 * neighbourhood in one statement: one round trip to Neo4j at any depth, the same answer as
 * expanding level by level (expandBreadthFirst over expandLevel.cypher, one query per level) for
 * every node of the seed, and bounded at a hub as before (at most 500 nodes, both ends of every
 * edge present, a start not in force answered NOT_FOUND).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiContext } from "#server/context.ts";
import type { Subgraph } from "#server/graph/shape.ts";
import { readQuery } from "#server/neo4j/readQuery.ts";
import { neighbourhood } from "#server/queries/neighbourhood.ts";
import { nodeById } from "#server/queries/node.ts";
import { MAX_SUBGRAPH_NODES } from "#server/queries/subgraphBounds.ts";
import { neighbourhoodQuery } from "#server/translate/neighbourhood.ts";
import { graphql } from "#tests/generated/gql.ts";
import { adminHeaders } from "./adminToken.ts";
import { expandBreadthFirst } from "./expandBreadthFirst.ts";
import { useApp } from "./harness.ts";

const PREFIX = "nb-test-";
const id = (name: string) => `${PREFIX}${name}`;

interface Args {
  readonly id: string;
  readonly depth: number;
  readonly types: readonly string[];
}

/** Node and edge ids, sorted: the answer as a set, whatever order Neo4j found it in. */
const digest = (subgraph: Subgraph) => ({
  nodes: subgraph.nodes.map((node) => node.id).sort(),
  edges: subgraph.edges.map((edge) => edge.id).sort(),
});

describe("neighbourhood in one statement", () => {
  const api = useApp();
  const context = (): ApiContext =>
    ({ driver: api.driver(), database: api.database, queryTimeoutMs: 5_000, cypherLog: [] }) as ApiContext;
  /** What neighbourhood answered before it was one statement: one query per level. */
  const levelByLevel = async (args: Args, asOf: string) => {
    const start = await nodeById(context(), args.id, asOf);
    return expandBreadthFirst(context(), start, args.depth, { types: args.types, asOf });
  };

  beforeAll(async () => {
    // A hub with 600 spokes, each spoke with one rim node beyond it; a node that has ended.
    await api.run(
      `CREATE (hub:Entity:Agency {id: $prefix + 'hub', name: 'hub'})
       CREATE (:Entity:Agency {id: $prefix + 'ended', name: 'ended', inForceTo: '2000-12-31'})
       WITH hub
       UNWIND range(1, 600) AS i
       CREATE (spoke:Entity:Agency {id: $prefix + 'spoke-' + i, name: 'spoke ' + i})-[:PART_OF {id: $prefix + 'hub-rel-' + i}]->(hub)
       CREATE (:Entity:Agency {id: $prefix + 'rim-' + i, name: 'rim ' + i})-[:PART_OF {id: $prefix + 'rim-rel-' + i}]->(spoke)`,
      { prefix: PREFIX },
    );
  });
  afterAll(async () => {
    await api.run("MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n", { prefix: PREFIX });
  });

  it("asks Neo4j once, even three levels deep", async () => {
    const { body } = await api.query(
      graphql(`query NeighbourhoodOf { neighbourhood(id: "helsenorge", depth: 3) { nodes { id } } }`),
      {},
      { "x-include-cypher": "1", ...(await adminHeaders()) },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.neighbourhood.nodes.length).toBeGreaterThan(20);
    // @neo4j/graphql asks for Neo4j's version once per process; that is not the query's.
    const log: unknown = body.extensions?.cypher;
    const queries = Array.isArray(log) ? log.map((entry: { query?: unknown }) => String(entry.query)) : [];
    expect(queries.filter((query) => !query.includes("dbms.components"))).toHaveLength(1);
  });

  it("answers as expanding level by level did, for every node of the seed at depths 1 to 3", async () => {
    const seeded = await api.run<{ id: string }>(
      "MATCH (n:Entity) WHERE NOT n.id STARTS WITH $prefix RETURN n.id AS id ORDER BY id",
      { prefix: PREFIX },
    );
    expect(seeded.length).toBeGreaterThan(200);
    const today = new Date().toISOString().slice(0, 10);
    let compared = 0;
    for (const { id: nodeId } of seeded) {
      for (const depth of [1, 2, 3]) {
        const args = { id: nodeId, depth, types: [] };
        const before = await levelByLevel(args, today).catch((error: Error) => error.message);
        const now = await neighbourhood(context(), args, today).catch((error: Error) => error.message);
        const expected = typeof before === "string" ? before : digest(before);
        expect(typeof now === "string" ? now : digest(now), `${nodeId} depth ${depth}`).toEqual(expected);
        compared++;
      }
    }
    expect(compared).toBe(seeded.length * 3);
  });

  it("sends each relationship once, though it is met from both ends", async () => {
    const [row] = await readQuery(context(), neighbourhoodQuery, {
      id: "helsenorge",
      asOf: new Date().toISOString().slice(0, 10),
      depth: 3,
      types: [],
      limit: MAX_SUBGRAPH_NODES * 4,
      maxNodes: MAX_SUBGRAPH_NODES,
    });
    const ids = row?.edges.map((edge) => edge.id) ?? [];
    expect(ids.length).toBeGreaterThan(100);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    ["a type filter", { id: "department-of-ehealth", depth: 2, types: ["PART_OF", "OVERSEES"] }, undefined],
    ["another day", { id: "helsenorge", depth: 2, types: [] }, "2019-06-01"],
    [
      "a type filter on another day",
      { id: "directorate-of-health", depth: 3, types: ["RUNS"] },
      "2015-01-01",
    ],
  ])("answers as expanding level by level did, with %s", async (_, args, asOf) => {
    const day = asOf ?? new Date().toISOString().slice(0, 10);
    const expected = digest(await levelByLevel(args, day));
    expect(digest(await neighbourhood(context(), args, day))).toEqual(expected);
    expect(expected.nodes.length).toBeGreaterThan(1);
  });

  it.each([1, 2, 3])(
    "stops at 500 nodes around a hub at depth %i, with both ends of every edge present",
    async (depth) => {
      const { nodes, edges } = await neighbourhood(
        context(),
        { id: id("hub"), depth, types: [] },
        "2025-01-01",
      );
      expect(nodes).toHaveLength(MAX_SUBGRAPH_NODES);
      expect(nodes[0]?.id).toBe(id("hub"));
      // Level by level, the hub's 499 spokes and nothing beyond them: the cap was reached at level 1.
      expect(nodes.every((node) => !node.id.startsWith(id("rim-")))).toBe(true);
      expect(edges).toHaveLength(MAX_SUBGRAPH_NODES - 1);
      const present = new Set(nodes.map((node) => node.id));
      for (const edge of edges) expect(present.has(edge.source) && present.has(edge.target)).toBe(true);
    },
  );

  it("answers NOT_FOUND for a start that does not exist, and naming its period for one not in force", async () => {
    const missing = await api.graphql(`{ neighbourhood(id: "${id("nobody")}", depth: 2) { nodes { id } } }`);
    expect(missing.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const ended = await api.graphql(`{ neighbourhood(id: "${id("ended")}", depth: 2) { nodes { id } } }`);
    expect(ended.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(ended.body.errors?.[0]?.message).toContain("until 2000-12-31");
  });
});
