/**
 * governanceTree in one statement: one round trip to Neo4j whatever the depth, the same answer
 * as expanding level by level (each node once, edges between found nodes from their parent, only
 * what was in force), and bounded at a hub as before (at most 500 nodes, every edge's ends present).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "#tests/generated/gql.ts";
import { adminHeaders } from "./adminToken.ts";
import { useApp } from "./harness.ts";

const PREFIX = "gt-test-";
const id = (name: string) => `${PREFIX}${name}`;

describe("governanceTree in one statement", () => {
  const api = useApp();
  const tree = async (rootId: string, asOf?: string) => {
    const { body } = await api.query(
      graphql(
        `query GovernanceTreeOf($id: ID!, $asOf: String) { governanceTree(rootId: $id, asOf: $asOf) { nodes { id } edges { id source target type } } }`,
      ),
      { id: rootId, asOf: asOf ?? null },
    );
    expect(body.errors).toBeUndefined();
    return body.data?.governanceTree ?? { nodes: [], edges: [] };
  };

  beforeAll(async () => {
    // top ─OVERSEES→ mid ─OWNS→ leaf, part ─PART_OF→ top, and a cross link top ─OVERSEES→ leaf;
    // an ended relationship top ─OVERSEES→ gone; a hub with 600 parts.
    await api.run(`UNWIND $names AS name CREATE (:Entity:Agency {id: $prefix + name, name: name})`, {
      prefix: PREFIX,
      names: ["top", "mid", "leaf", "part", "gone", "hub"],
    });
    await api.run(
      `MATCH (top:Entity {id: $prefix + 'top'}), (mid:Entity {id: $prefix + 'mid'}), (leaf:Entity {id: $prefix + 'leaf'}),
             (part:Entity {id: $prefix + 'part'}), (gone:Entity {id: $prefix + 'gone'})
       CREATE (top)-[:OVERSEES {id: $prefix + 'top-mid'}]->(mid),
              (mid)-[:OWNS {id: $prefix + 'mid-leaf'}]->(leaf),
              (part)-[:PART_OF {id: $prefix + 'part-top'}]->(top),
              (top)-[:OVERSEES {id: $prefix + 'top-leaf'}]->(leaf),
              (top)-[:OVERSEES {id: $prefix + 'top-gone', inForceTo: '2000-12-31'}]->(gone)`,
      { prefix: PREFIX },
    );
    await api.run(
      `MATCH (hub:Entity {id: $prefix + 'hub'})
       UNWIND range(1, 600) AS i
       CREATE (:Entity:Agency {id: $prefix + 'hub-part-' + i, name: 'part ' + i})-[:PART_OF {id: $prefix + 'hub-rel-' + i}]->(hub)`,
      { prefix: PREFIX },
    );
  });
  afterAll(async () => {
    await api.run("MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n", { prefix: PREFIX });
  });

  it("asks Neo4j once, however deep the hierarchy", async () => {
    const { body } = await api.query(
      graphql(
        `query GovernanceTreeMinistryCypher { governanceTree(rootId: "ministry-of-health-and-care-services") { nodes { id } } }`,
      ),
      {},
      { "x-include-cypher": "1", ...(await adminHeaders()) },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.governanceTree.nodes.length).toBeGreaterThan(5);
    // @neo4j/graphql asks for Neo4j's version once per process; that is not the query's.
    const log: unknown = body.extensions?.cypher;
    const queries = Array.isArray(log) ? log.map((entry: { query?: unknown }) => String(entry.query)) : [];
    const statements = queries.filter((query) => !query.includes("dbms.components"));
    expect(statements).toHaveLength(1);
  });

  it("holds every node once, the cross link and the parts, and nothing no longer in force", async () => {
    const { nodes, edges } = await tree(id("top"));
    expect(nodes.map((n) => n.id).sort()).toEqual([id("leaf"), id("mid"), id("part"), id("top")]);
    expect(edges.map((e) => e.id).sort()).toEqual([
      id("mid-leaf"),
      id("part-top"),
      id("top-leaf"),
      id("top-mid"),
    ]);
    expect(nodes[0]?.id).toBe(id("top"));
    const before = await tree(id("top"), "2000-06-01");
    expect(before.nodes.map((n) => n.id)).toContain(id("gone"));
  });

  it("stops at 500 nodes below a hub, with both ends of every edge present", async () => {
    const { nodes, edges } = await tree(id("hub"));
    expect(nodes).toHaveLength(500);
    const present = new Set(nodes.map((n) => n.id));
    expect(edges).toHaveLength(499);
    for (const edge of edges) expect(present.has(edge.source) && present.has(edge.target)).toBe(true);
  });

  it("answers NOT_FOUND for a root that does not exist", async () => {
    const { body } = await api.graphql('{ governanceTree(rootId: "gt-test-nobody") { nodes { id } } }');
    expect(body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
