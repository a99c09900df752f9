/**
 * The Norwegian descriptions are stored with every node and served by the explorer's queries and
 * by the generated API, and search finds a node by a word that only its Norwegian description
 * contains.
 */
import { describe, expect, it } from "vitest";
import { DESCRIPTIONS_NO } from "#seed/descriptionsNo.ts";
import { graphql } from "#tests/generated/gql.ts";
import { useApp } from "./harness.ts";

describe("Norwegian descriptions through the API", () => {
  const api = useApp();

  it("are stored on every seeded node", async () => {
    const [row] = await api.run<{ total: number; without: number }>(
      "MATCH (n:Entity) RETURN count(n) AS total, count(CASE WHEN n.descriptionNo IS NULL THEN 1 END) AS without",
    );
    expect(Number(row?.total)).toBeGreaterThanOrEqual(229);
    expect(Number(row?.without)).toBe(0);
  });

  it("node(id:) answers the Norwegian description beside the English one", async () => {
    const { body } = await api.query(
      graphql(
        `query NorwegianDescriptionsNode { node(id: "kjernejournal") { id description descriptionNo } }`,
      ),
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.node?.descriptionNo).toBe(DESCRIPTIONS_NO.kjernejournal);
    expect(body.data?.node?.description).toMatch(/^National digital record/);
  });

  it("search hits carry the Norwegian description", async () => {
    const { body } = await api.query(
      graphql(
        `query NorwegianDescriptionsSearch { search(text: "Helsenorge", limit: 3) { node { id description descriptionNo } } }`,
      ),
    );
    expect(body.errors).toBeUndefined();
    const hit = body.data?.search.find((entry) => entry.node.id === "helsenorge");
    expect(hit?.node.descriptionNo).toBe(DESCRIPTIONS_NO.helsenorge);
  });

  it("search finds a node by a word only its Norwegian description holds", async () => {
    // "fjernoppfølging" (remote follow-up) is in no name, alias or English description.
    const [english] = await api.run<{ n: number }>(
      "MATCH (n:Entity) WHERE toLower(n.description + ' ' + n.name + ' ' + coalesce(n.nameNo, '')) CONTAINS 'fjernoppf' RETURN count(n) AS n",
    );
    expect(Number(english?.n)).toBe(0);
    const { body } = await api.query(
      graphql(
        `query NorwegianDescriptionsSearch2 { search(text: "fjernoppfølging", limit: 10) { node { id } } }`,
      ),
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.search.map((hit) => hit.node.id)).toEqual(
      expect.arrayContaining(["digital-home-follow-up", "home-hospital"]),
    );
  });

  it("neighbourhood nodes carry it too (one shape for every custom query)", async () => {
    const { body } = await api.query(
      graphql(
        `query NorwegianDescriptionsNeighbourhood { neighbourhood(id: "e-resept", depth: 1) { nodes { id descriptionNo } } }`,
      ),
    );
    expect(body.errors).toBeUndefined();
    const nodes = body.data?.neighbourhood.nodes ?? [];
    expect(nodes.length).toBeGreaterThan(1);
    for (const node of nodes) expect(node.descriptionNo, node.id).toBe(DESCRIPTIONS_NO[node.id]);
  });

  it("the generated API exposes descriptionNo on every node type", async () => {
    const { body } = await api.query(
      graphql(
        `query NorwegianDescriptionsSolutions { solutions(where: { id: { eq: "e-resept" } }) { id description descriptionNo } }`,
      ),
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.solutions[0]?.descriptionNo).toBe(DESCRIPTIONS_NO["e-resept"]);
  });
});
