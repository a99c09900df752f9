/**
 * What the schema fuzzer (schemaFuzz.ts, 20,000 requests) answered with INTERNAL_SERVER_ERROR,
 * one class per test, each a request it sent (shortened). Each is the client's mistake, so each is
 * refused with a code that says so, before @neo4j/graphql builds any Cypher.
 */
import { describe, expect, it } from "vitest";
import { useApp } from "./harness.ts";

describe("the schema fuzzer's findings", () => {
  const api = useApp();

  const refusedNaming = async (query: string, variables: Record<string, unknown>, argument: string) => {
    const { status, body } = await api.graphql(query, variables);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
    return body.errors?.[0]?.message ?? "";
  };

  it("refuses null for a scalar field's filter as BAD_USER_INPUT naming where", async () => {
    const message = await refusedNaming(
      "query($w: ResponsibilityAreaWhere) { responsibilityAreas(where: $w) { id } }",
      { w: { name: null } },
      "where",
    );
    expect(message).toContain("where.name is null");
  });

  it("refuses null for a relationship's connection filter as BAD_USER_INPUT naming where", async () => {
    await refusedNaming("{ hospitals(where: { locatedInConnection: null }, limit: 1) { id } }", {}, "where");
  });

  it("refuses null for a union member's filter (which became empty Cypher) as BAD_USER_INPUT", async () => {
    await refusedNaming(
      "{ hospitalPartOfTargets(where: { RegionalHealthAuthority: null }, limit: 1) { __typename } }",
      {},
      "where",
    );
  });

  it("refuses null for a field of an update as BAD_USER_INPUT naming update", async () => {
    await refusedNaming(
      'mutation { updatePeople(where: { id: { eq: "nobody" } }, update: { description: null }) { people { id } } }',
      {},
      "update",
    );
  });

  it("refuses two operations on one field of an update as BAD_USER_INPUT naming update", async () => {
    const message = await refusedNaming(
      'mutation { updatePeople(where: { id: { eq: "nobody" } }, update: { aliases: { set: [], push: ["x"] } }) { people { id } } }',
      {},
      "update",
    );
    expect(message).toContain("update.aliases gives 2 operations");
  });

  it("refuses an empty node filter under OR in a relationship connection with its aggregate as BAD_USER_INPUT", async () => {
    const message = await refusedNaming(
      "{ ministries(limit: 1) { locatedInConnection(where: { OR: [{ node: {} }] }) { aggregate { count { nodes } } } } }",
      {},
      "where",
    );
    expect(message).toContain("where.OR[0].node is empty");
  });

  it("refuses an aggregate's count asked for under two aliases as invalid, naming the field", async () => {
    const { status, body } = await api.graphql(
      "{ visionsConnection { aggregate { a: count { nodes } b: count { nodes } } } }",
    );
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(body.errors?.[0]?.message).toContain("VisionAggregate.count once");
  });

  it("refuses a relationship connection's edges asked for under two aliases as invalid", async () => {
    const { status, body } = await api.graphql(
      "{ ministries(limit: 1) { locatedInConnection { a: edges { cursor } b: edges { cursor } } } }",
    );
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(body.errors?.[0]?.message).toContain("MinistryLocatedInConnection.edges once");
  });

  it("still answers a field asked for twice under one name, and a scalar filter's eq: null", async () => {
    const twice = await api.graphql(
      "{ visionsConnection { aggregate { count { nodes } count { nodes } } } }",
    );
    expect(twice.body.errors).toBeUndefined();
    const eqNull = await api.graphql("{ visions(where: { name: { eq: null } }, limit: 1) { id } }");
    expect(eqNull.status).toBeLessThan(500);
    expect(eqNull.body.errors?.[0]?.extensions?.code).not.toBe("INTERNAL_SERVER_ERROR");
  });
});
