/**
 * The seed against the real Neo4j: idempotent, atomic, all-or-nothing on bad data, and every
 * node and relationship with a source (and every relationship with a basis).
 */
import { describe, expect, it } from "vitest";
import type { SeedModule } from "#model/model.ts";
import { SEED_MODULES } from "#seed/modules.ts";
import { countEntities, seedDatabase } from "#seed/seedDatabase.ts";
import { SeedValidationError } from "#seed/validate.ts";
import { restoreSeed, useSeededNeo4j } from "./harness.ts";

async function countsByType(run: ReturnType<typeof useSeededNeo4j>["run"]) {
  const labels = await run<{ label: string; count: number }>(
    "MATCH (n:Entity) UNWIND [l IN labels(n) WHERE l <> 'Entity'] AS label RETURN label, count(*) AS count ORDER BY label",
  );
  const types = await run<{ type: string; count: number }>(
    "MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS type, count(*) AS count ORDER BY type",
  );
  return { labels, types };
}

function withBadEntry(bad: (module: SeedModule) => SeedModule): SeedModule[] {
  const [first, ...rest] = SEED_MODULES;
  if (!first) throw new Error("no seed modules");
  return [bad(first), ...rest];
}

describe("seed", () => {
  const neo4j = useSeededNeo4j();

  it("gives identical counts per label and type when seeded three times", async () => {
    const before = await countsByType(neo4j.run);
    for (let i = 0; i < 3; i++) await seedDatabase(neo4j.driver(), neo4j.database, SEED_MODULES, "always");
    expect(await countsByType(neo4j.run)).toEqual(before);
    expect(before.labels.length).toBeGreaterThan(20);
  });

  it.each([
    [
      "a relationship to an unknown node",
      (m: SeedModule): SeedModule => ({
        ...m,
        relationships: [
          ...m.relationships,
          {
            from: m.nodes[0]?.id ?? "x",
            type: "PART_OF",
            to: "no-such-node",
            basis: "stated",
            sources: [{ document: "strategy", section: "s" }],
          },
        ],
      }),
      /unknown node id "no-such-node"/,
    ],
    [
      "a node without a source",
      (m: SeedModule): SeedModule => ({
        ...m,
        nodes: [
          ...m.nodes,
          { id: "sourceless-node", label: "Topic", name: "No source", description: "d", sources: [] },
        ],
      }),
      /node "sourceless-node": field "sources"/,
    ],
    [
      "a node without a Norwegian description",
      (m: SeedModule): SeedModule => ({
        ...m,
        nodes: [
          ...m.nodes,
          {
            id: "english-only-node",
            label: "Topic",
            name: "English only",
            description: "d",
            sources: [{ document: "strategy", section: "s" }],
          },
        ],
      }),
      /node "english-only-node": field "descriptionNo"/,
    ],
    [
      "a duplicate id",
      (m: SeedModule): SeedModule => ({
        ...m,
        nodes: [...m.nodes, { ...(m.nodes[0] as SeedModule["nodes"][number]) }],
      }),
      /duplicate id/,
    ],
    [
      "an unknown label",
      (m: SeedModule): SeedModule => ({
        ...m,
        nodes: [
          ...m.nodes,
          {
            id: "odd-node",
            label: "Spaceship" as "Topic",
            name: "x",
            description: "d",
            sources: [{ document: "strategy", section: "s" }],
          },
        ],
      }),
      /node "odd-node": field "label"/,
    ],
    [
      "an unknown relationship type",
      (m: SeedModule): SeedModule => ({
        ...m,
        relationships: [
          ...m.relationships,
          {
            from: m.nodes[0]?.id ?? "x",
            type: "LIKES" as "PART_OF",
            to: m.nodes[0]?.id ?? "x",
            basis: "stated",
            sources: [{ document: "strategy", section: "s" }],
          },
        ],
      }),
      /field "type"/,
    ],
    [
      "a relationship without a basis",
      (m: SeedModule): SeedModule => ({
        ...m,
        relationships: [
          ...m.relationships,
          {
            from: m.nodes[0]?.id ?? "x",
            type: "RELATED_TO",
            to: m.nodes[0]?.id ?? "x",
            sources: [{ document: "strategy", section: "s" }],
          } as unknown as SeedModule["relationships"][number],
        ],
      }),
      /field "basis"/,
    ],
  ])("rejects %s, naming the module and entry, and writes nothing", async (_name, bad, message) => {
    const before = await countsByType(neo4j.run);
    const modules = withBadEntry(bad);
    const error = await seedDatabase(neo4j.driver(), neo4j.database, modules, "always").catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SeedValidationError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain(modules[0]?.module ?? "?");
    expect(await countsByType(neo4j.run)).toEqual(before);
  });

  it("leaves the old graph intact when the write transaction fails midway", async () => {
    const before = await countsByType(neo4j.run);
    // Passes validation but breaks in Neo4j: a map is not a storable property value.
    const broken: SeedModule = {
      module: "tests/broken.ts",
      nodes: [
        {
          id: "broken-node",
          label: "Topic",
          name: "x",
          description: "d",
          descriptionNo: "d på norsk",
          sources: [{ document: "strategy", section: "s" }],
          properties: { bad: { nested: true } as unknown as string },
        },
      ],
      relationships: [],
    };
    const error = await seedDatabase(
      neo4j.driver(),
      neo4j.database,
      [...SEED_MODULES, broken],
      "always",
    ).catch((e: unknown) => e);
    expect(error).toBeTruthy();
    expect(await countsByType(neo4j.run)).toEqual(before);
  });

  it("re-seeding in place never shows readers a missing node or link", async () => {
    // The loader MERGEs in place and deletes only what the new seed lacks, so re-seeding the
    // same data never removes anything, not even for a moment. (Neo4j is read-committed: a
    // reader could see a *changed* seed's commit half-applied for the instant it takes to apply;
    // see docs/architecture.md.)
    const probe = await neo4j.run<{ id: string }>("MATCH (o:Objective) RETURN o.id AS id");
    const query =
      "MATCH (o:Objective) WHERE o.id IN $ids OPTIONAL MATCH (o)<-[r:OUTCOME_OF]-(:Outcome) RETURN count(DISTINCT o) AS nodes, count(r) AS links";
    const ids = probe.map((row) => row.id);
    const [expected] = await neo4j.run<{ nodes: number; links: number }>(query, { ids });
    const seen = new Set<string>();
    let reseeding = true;
    const reader = (async () => {
      while (reseeding) {
        const [row] = await neo4j.run<{ nodes: number; links: number }>(query, { ids });
        seen.add(`${row?.nodes}/${row?.links}`);
      }
    })();
    for (let i = 0; i < 4; i++) await seedDatabase(neo4j.driver(), neo4j.database, SEED_MODULES, "always");
    reseeding = false;
    await reader;
    expect([...seen]).toEqual([`${expected?.nodes}/${expected?.links}`]);
    expect(expected?.links).toBeGreaterThan(30);
  });

  it("has a source on every node and relationship and a basis on every relationship", async () => {
    const [nodes] = await neo4j.run<{ missing: number }>(
      "MATCH (n:Entity) WHERE n.sources IS NULL OR size(n.sources) = 0 RETURN count(n) AS missing",
    );
    const [rels] = await neo4j.run<{ missing: number }>(
      "MATCH (:Entity)-[r]->(:Entity) WHERE r.sources IS NULL OR size(r.sources) = 0 OR NOT r.basis IN ['stated', 'inferred'] RETURN count(r) AS missing",
    );
    expect(nodes?.missing).toBe(0);
    expect(rels?.missing).toBe(0);
  });

  it("re-seeds the real graph afterwards", async () => {
    await restoreSeed(neo4j.driver(), neo4j.database);
    const counts = await countEntities(neo4j.driver(), neo4j.database);
    expect(counts.nodes).toBeGreaterThan(100);
  });
});
