/**
 * `subgraph(ids:)`: what a shared explorer link needs, in one request. Unknown ids are
 * skipped; every relationship among the found nodes comes back; too many ids is BAD_USER_INPUT.
 */
import { describe, expect, it } from "vitest";
import { graphql } from "#tests/generated/gql.ts";
import { useApp, useSeededNeo4j } from "./harness.ts";

const QUERY = graphql(
  `query SubgraphOfIds($ids: [ID!]!) { subgraph(ids: $ids) { nodes { id type name } edges { id source target type basis } } }`,
);

describe("subgraph(ids:)", () => {
  const api = useApp();
  const neo4j = useSeededNeo4j();

  it("returns the known nodes, skips unknown ids, and every relationship among the nodes found", async () => {
    const ids = ["ministry-of-health-and-care-services", "department-of-ehealth", "no-such-node"];
    const { status, body } = await api.query(QUERY, { ids });
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    const found = body.data?.subgraph.nodes.map((n) => n.id).sort();
    expect(found).toEqual(["department-of-ehealth", "ministry-of-health-and-care-services"]);
    const expected = await neo4j.run<{ id: string }>(
      "MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids RETURN r.id AS id",
      { ids },
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(body.data?.subgraph.edges.map((e) => e.id).sort()).toEqual(expected.map((r) => r.id).sort());
    for (const edge of body.data?.subgraph.edges ?? []) {
      expect(found).toContain(edge.source);
      expect(found).toContain(edge.target);
    }
  });

  it("answers an empty subgraph for an empty list or only unknown ids", async () => {
    for (const ids of [[], ["nope-1", "nope-2"]]) {
      const { body } = await api.query(QUERY, { ids });
      expect(body.errors).toBeUndefined();
      expect(body.data?.subgraph).toEqual({ nodes: [], edges: [] });
    }
  });

  it("accepts the asOf argument", async () => {
    const { body } = await api.query(
      graphql(
        `query SubgraphAsOf($ids: [ID!]!) { subgraph(ids: $ids, asOf: "2024-01-01") { nodes { id } } }`,
      ),
      { ids: ["helsenorge"] },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.subgraph.nodes.map((n) => n.id)).toEqual(["helsenorge"]);
  });

  it("refuses more than 500 ids with BAD_USER_INPUT naming ids", async () => {
    const ids = Array.from({ length: 501 }, (_, i) => `node-${i}`);
    const { body } = await api.query(QUERY, { ids });
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0]?.extensions?.argument).toBe("ids");
    expect(body.errors?.[0]?.message).toContain("ids");
  });
});
