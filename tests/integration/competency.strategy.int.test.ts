/**
 * Competency questions over the seeded graph for the National eHealth strategy (2023 towards
 * 2030). Each answer must also carry a source from document "strategy" ("strategy § <section>").
 */
import { describe, expect, it } from "vitest";
import { decodeSource } from "#model/sourceCodec.ts";
import { useSeededNeo4j } from "./harness.ts";

const STRATEGY = "national-ehealth-strategy-2023";

function expectStrategySource(sources: unknown, what: string): void {
  expect(Array.isArray(sources), `${what}: sources is a list`).toBe(true);
  expect(
    (sources as string[]).some((s) => s.startsWith("strategy § ")),
    `${what}: has a source from document "strategy"`,
  ).toBe(true);
}

describe("competency questions: National eHealth strategy", () => {
  const db = useSeededNeo4j();

  it("which SDGs does Objective 5 serve, in the strategy's words, how strongly, and why", async () => {
    const rows = await db.run<{
      sdg: string;
      strength: string;
      wording: string;
      reason: string;
      sources: string[];
    }>(
      `MATCH (:Objective {id: 'objective-5'})-[r:CONTRIBUTES_TO]->(s:SDG)
       RETURN s.id AS sdg, r.strength AS strength, r.wording AS wording, r.reason AS reason, r.sources AS sources
       ORDER BY s.id`,
    );
    expect(rows.map((r) => [r.sdg, r.wording, r.strength])).toEqual([
      ["sdg-17", "references the need", "named"],
      ["sdg-3", "All five strategic objectives", "also"],
      ["sdg-9", "will contribute", "named"],
    ]);
    for (const row of rows) {
      expect(row.reason.length).toBeGreaterThan(10);
      expectStrategySource(row.sources, `objective-5 → ${row.sdg}`);
    }
  });

  it("which objectives depend on Objective 4", async () => {
    const rows = await db.run<{ id: string; sources: string[] }>(
      `MATCH (o:Objective)-[r:DEPENDS_ON]->(:Objective {id: 'objective-4'})
       RETURN o.id AS id, r.sources AS sources ORDER BY o.id`,
    );
    expect(rows.map((r) => r.id)).toEqual(["objective-1", "objective-2", "objective-3"]);
    for (const row of rows) expectStrategySource(row.sources, `${row.id} depends on objective-4`);
  });

  it("which objective Objective 4 itself depends on", async () => {
    const rows = await db.run<{ id: string; sources: string[] }>(
      `MATCH (:Objective {id: 'objective-4'})-[r:DEPENDS_ON]->(o:Objective)
       RETURN o.id AS id, r.sources AS sources`,
    );
    expect(rows.map((r) => r.id)).toEqual(["objective-5"]);
    expectStrategySource(rows[0]?.sources, "objective-4 depends on objective-5");
  });

  it("which objectives have no prerequisite objective (Objective 5 depends on none)", async () => {
    const rows = await db.run<{ id: string; sources: string[] }>(
      `MATCH (o:Objective) WHERE o.id STARTS WITH 'objective-' AND NOT (o)-[:DEPENDS_ON]->(:Objective)
       RETURN o.id AS id, o.sources AS sources`,
    );
    expect(rows.map((r) => r.id)).toEqual(["objective-5"]);
    expectStrategySource(rows[0]?.sources, "objective-5");
  });

  it("which plan succeeded the National Health and Hospital Plan, and from when", async () => {
    const rows = await db.run<{ id: string; aliases: string[]; validFrom: string; sources: string[] }>(
      `MATCH (:Plan {id: 'national-health-and-hospital-plan-2020-2023'})-[r:SUCCEEDED_BY]->(p:Plan)
       RETURN p.id AS id, p.aliases AS aliases, r.validFrom AS validFrom, r.sources AS sources`,
    );
    expect(rows[0]?.validFrom).toBe("2024");
    expect(rows).toHaveLength(1);
    expect(rows[0]?.id).toBe("national-health-and-collaboration-plan");
    expect(rows[0]?.aliases).toEqual(
      expect.arrayContaining([
        "National Health and Integrated Care Plan",
        "Nasjonal helse- og samhandlingsplan",
      ]),
    );
    expectStrategySource(rows[0]?.sources, "SUCCEEDED_BY");
  });

  it("who leads the National Council for eHealth, and where else does that person work", async () => {
    const rows = await db.run<{ name: string; leadSources: string[]; employer: string; role: string }>(
      `MATCH (p:Person)-[l:LEADS]->(:Council {id: 'national-council-for-ehealth'})
       MATCH (p)-[h:HOLDS_ROLE]->(org:RegionalHealthAuthority)
       RETURN p.name AS name, l.sources AS leadSources, org.id AS employer, h.role AS role`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.name).toBe("Rune Simensen");
    expect(rows[0]?.employer).toBe("south-eastern-norway-rha");
    expect(rows[0]?.role).toBe("Director for technology and eHealth");
    expectStrategySource(rows[0]?.leadSources, "LEADS");
  });

  it("what roles Mariann Hornnes holds, before and after the 2024 merger", async () => {
    const rows = await db.run<{
      org: string;
      role: string;
      asOf: string | null;
      validFrom: string | null;
      validTo: string | null;
      sources: string[];
    }>(
      `MATCH (:Person {id: 'mariann-hornnes'})-[r:HOLDS_ROLE]->(o)
       RETURN o.id AS org, r.role AS role, r.asOf AS asOf, r.validFrom AS validFrom, r.validTo AS validTo,
              r.sources AS sources
       ORDER BY o.id DESC`,
    );
    expect(rows).toEqual([
      expect.objectContaining({ org: "directorate-of-health", validFrom: "2024-01-01", validTo: null }),
      expect.objectContaining({
        org: "directorate-of-ehealth",
        role: "Director",
        asOf: "2023",
        validTo: "2023-12-31",
      }),
    ]);
    rows.reverse();
    expectStrategySource(rows[0]?.sources, "HOLDS_ROLE");
  });

  it("what the outcomes of Objective 2 are", async () => {
    const rows = await db.run<{ id: string; name: string; sources: string[]; relSources: string[] }>(
      `MATCH (o:Outcome)-[r:OUTCOME_OF]->(:Objective {id: 'objective-2'})
       RETURN o.id AS id, o.name AS name, o.sources AS sources, r.sources AS relSources ORDER BY o.order`,
    );
    expect(rows.map((r) => r.id)).toEqual([
      "outcome-2-1",
      "outcome-2-2",
      "outcome-2-3",
      "outcome-2-4",
      "outcome-2-5",
      "outcome-2-6",
      "outcome-2-7",
    ]);
    for (const row of rows) {
      expect(row.name.length).toBeGreaterThan(0);
      expectStrategySource(row.sources, row.id);
      // A stored source may carry its anchor (¶ and quote) after the section: compare the section.
      expect(
        row.sources.some((s) => decodeSource(s).section === "Objective 2: Easier working day — Towards 2030"),
      ).toBe(true);
      expectStrategySource(row.relSources, `${row.id} OUTCOME_OF`);
    }
  });

  it("how many 'Towards 2030' outcomes each objective has", async () => {
    const rows = await db.run<{ objective: string; outcomes: string[] }>(
      `MATCH (o:Outcome)-[:OUTCOME_OF]->(obj:Objective)
       RETURN obj.id AS objective, collect(o.id) AS outcomes ORDER BY obj.id`,
    );
    expect(Object.fromEntries(rows.map((r) => [r.objective, r.outcomes.length]))).toEqual({
      "objective-1": 8,
      "objective-2": 7,
      "objective-3": 5,
      "objective-4": 10,
      "objective-5": 11,
    });
  });

  it("which objectives contribute most directly to SDG 3", async () => {
    const rows = await db.run<{ id: string; sources: string[] }>(
      `MATCH (o:Objective)-[r:CONTRIBUTES_TO {strength: 'most direct'}]->(:SDG {id: 'sdg-3'})
       RETURN o.id AS id, r.sources AS sources ORDER BY o.id`,
    );
    expect(rows.map((r) => r.id)).toEqual(["objective-1", "objective-2", "objective-3"]);
    for (const row of rows) expectStrategySource(row.sources, `${row.id} → sdg-3`);
  });

  it("which objective is key to SDG 9's infrastructure", async () => {
    const rows = await db.run<{ id: string; reason: string; sources: string[] }>(
      `MATCH (o:Objective)-[r:CONTRIBUTES_TO {strength: 'key'}]->(:SDG {id: 'sdg-9'})
       RETURN o.id AS id, r.reason AS reason, r.sources AS sources`,
    );
    expect(rows.map((r) => r.id)).toEqual(["objective-4"]);
    expect(rows[0]?.reason).toBeTruthy();
    expectStrategySource(rows[0]?.sources, "objective-4 → sdg-9");
  });

  it("which SDGs Objective 3 contributes to", async () => {
    const rows = await db.run<{ id: string; sources: string[] }>(
      `MATCH (:Objective {id: 'objective-3'})-[r:CONTRIBUTES_TO]->(s:SDG)
       RETURN s.id AS id, r.sources AS sources ORDER BY s.number`,
    );
    expect(rows.map((r) => r.id)).toEqual(["sdg-3", "sdg-9", "sdg-12", "sdg-13"]);
    for (const row of rows) expectStrategySource(row.sources, `objective-3 → ${row.id}`);
  });

  it("which SDGs the strategy reaches through its objectives", async () => {
    const rows = await db.run<{ id: string; sources: string[] }>(
      `MATCH (:Strategy {id: $strategy})-[:HAS_OBJECTIVE]->(:Objective)-[:CONTRIBUTES_TO]->(s:SDG)
       WITH DISTINCT s
       RETURN s.id AS id, s.sources AS sources ORDER BY s.number`,
      { strategy: STRATEGY },
    );
    expect(rows.map((r) => r.id)).toEqual(["sdg-3", "sdg-9", "sdg-10", "sdg-12", "sdg-13", "sdg-17"]);
    for (const row of rows) expectStrategySource(row.sources, row.id);
  });

  it("which topics are cross-cutting in the strategy", async () => {
    const rows = await db.run<{ id: string; sources: string[] }>(
      `MATCH (:Strategy {id: $strategy})-[r:ADDRESSES]->(t:Topic)
       WHERE t.crossCutting = true
       RETURN t.id AS id, r.sources AS sources ORDER BY t.id`,
      { strategy: STRATEGY },
    );
    expect(rows.map((r) => r.id)).toEqual(["digital-security", "digital-skills"]);
    for (const row of rows) expectStrategySource(row.sources, row.id);
  });

  it("what the strategy's vision is, in both of its wordings", async () => {
    const rows = await db.run<{ wording: string; alternativeWording: string; sources: string[] }>(
      `MATCH (:Strategy {id: $strategy})-[:HAS_VISION]->(v:Vision)
       RETURN v.wording AS wording, v.alternativeWording AS alternativeWording, v.sources AS sources`,
      { strategy: STRATEGY },
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.wording).toBe(
      "Together for comprehensive, safe, and innovative services that promote health empowerment",
    );
    expect(rows[0]?.alternativeWording).toBe(
      "Together for comprehensive, safe and innovative services that promote health and care empowerment",
    );
    expectStrategySource(rows[0]?.sources, "vision");
  });

  it("what the three overall goals are", async () => {
    const rows = await db.run<{ id: string; name: string; sources: string[] }>(
      `MATCH (:Strategy {id: $strategy})-[r:HAS_GOAL]->(g:Goal)
       RETURN g.id AS id, g.name AS name, r.sources AS sources ORDER BY g.number`,
      { strategy: STRATEGY },
    );
    expect(rows.map((r) => r.name)).toEqual([
      "Quality and coherence in the services",
      "Sustainable health and care sector",
      "Innovation strength",
    ]);
    for (const row of rows) expectStrategySource(row.sources, row.id);
  });

  it("who published the strategy", async () => {
    const rows = await db.run<{ id: string; sources: string[] }>(
      `MATCH (o)-[r:PUBLISHED]->(:Strategy {id: $strategy}) RETURN o.id AS id, r.sources AS sources`,
      { strategy: STRATEGY },
    );
    // Other documents may add publishers of their own; the strategy itself names only one.
    const fromStrategy = rows.filter((r) => r.sources.some((s) => s.startsWith("strategy § ")));
    expect(fromStrategy.map((r) => r.id)).toEqual(["directorate-of-ehealth"]);
    expectStrategySource(fromStrategy[0]?.sources, "PUBLISHED");
  });

  it("which central documents the strategy must be in line with", async () => {
    const rows = await db.run<{ id: string; basis: string; sources: string[] }>(
      `MATCH (:Strategy {id: $strategy})-[r:ALIGNED_WITH]->(d)
       WHERE r.centralDocument = true
       RETURN d.id AS id, r.basis AS basis, r.sources AS sources ORDER BY d.id`,
      { strategy: STRATEGY },
    );
    expect(rows.map((r) => r.id)).toEqual([
      "national-health-and-hospital-plan-2020-2023",
      "one-digital-public-sector-2019-2025",
    ]);
    for (const row of rows) {
      expect(row.basis).toBe("stated");
      expectStrategySource(row.sources, row.id);
    }
  });

  it("which plan implements the strategy and which council follows it up", async () => {
    const rows = await db.run<{ plan: string; council: string; sources: string[] }>(
      `MATCH (:Strategy {id: $strategy})-[r:IMPLEMENTED_BY]->(p:Plan)
       MATCH (c:Council)-[:RELATED_TO]->(p)
       RETURN p.id AS plan, c.id AS council, r.sources AS sources`,
      { strategy: STRATEGY },
    );
    expect(rows).toContainEqual(
      expect.objectContaining({
        plan: "national-ehealth-strategy-implementation-plan",
        council: "national-council-for-ehealth",
      }),
    );
    expectStrategySource(rows[0]?.sources, "IMPLEMENTED_BY");
  });

  it("whose needs are put at the centre of the strategy", async () => {
    const rows = await db.run<{ id: string; sources: string[] }>(
      `MATCH (:Strategy {id: $strategy})-[r:TARGETS]->(t:TargetGroup)
       WHERE r.role = 'beneficiary'
       RETURN t.id AS id, r.sources AS sources ORDER BY t.id`,
      { strategy: STRATEGY },
    );
    expect(rows.map((r) => r.id)).toEqual(["target-group-citizens", "target-group-healthcare-professionals"]);
    for (const row of rows) expectStrategySource(row.sources, row.id);
  });

  // An anchored source goes on after its section (" § ¶1 § “quote”"), so the footnote is matched inside it.
  it("which collaboration arenas the strategy names as examples", async () => {
    const rows = await db.run<{ id: string; sources: string[] }>(
      `MATCH (c:Council)
       WHERE any(s IN c.sources WHERE s STARTS WITH 'strategy § ' AND s CONTAINS ', footnote 12')
       RETURN c.id AS id, c.sources AS sources ORDER BY c.id`,
    );
    expect(rows.map((r) => r.id)).toEqual([
      "health-communities",
      "ks-co-management-structure-for-digitalisation",
      "national-council-for-ehealth",
      "regional-health-authorities-digitalisation-collaboration",
      "skate",
    ]);
  });

  it("which objective's heading is missing from the table of contents", async () => {
    const rows = await db.run<{ id: string; sources: string[] }>(
      `MATCH (o:Objective) WHERE o.inTableOfContents = false RETURN o.id AS id, o.sources AS sources`,
    );
    expect(rows.map((r) => r.id)).toEqual(["objective-4"]);
    expectStrategySource(rows[0]?.sources, "objective-4");
  });

  it("which adjacent strategies and reports address digital skills, and who published them", async () => {
    const rows = await db.run<{ id: string; publisher: string; sources: string[] }>(
      `MATCH (d)-[r:ADDRESSES]->(:Topic {id: 'digital-skills'})
       WHERE d.id <> $strategy
       OPTIONAL MATCH (m)-[:PUBLISHED]->(d)
       RETURN d.id AS id, m.id AS publisher, r.sources AS sources ORDER BY d.id`,
      { strategy: STRATEGY },
    );
    expect(rows.map((r) => [r.id, r.publisher])).toEqual(
      expect.arrayContaining([
        ["digital-throughout-life", "ministry-of-local-government-and-modernisation"],
        [
          "digital-transformation-strategy-university-and-college-sector",
          "ministry-of-education-and-research",
        ],
        ["future-competence-needs-iii", "ministry-of-education-and-research"],
        ["one-digital-public-sector-2019-2025", "ministry-of-local-government-and-modernisation"],
      ]),
    );
    for (const row of rows.filter((r) => r.id !== STRATEGY)) expectStrategySource(row.sources, row.id);
  });

  it("what share of Norway's greenhouse gas emissions the health and care sector accounts for", async () => {
    const rows = await db.run<{ value: number; unit: string; sources: string[] }>(
      `MATCH (:Country {id: 'norway'})-[:HAS_FIGURE]->(f:Figure)-[:RELATED_TO]->(:SDG {id: 'sdg-13'})
       RETURN f.value AS value, f.unit AS unit, f.sources AS sources`,
    );
    expect(rows).toHaveLength(1);
    expect(Number(rows[0]?.value)).toBe(5);
    expect(rows[0]?.unit).toBe("%");
    expectStrategySource(rows[0]?.sources, "emissions figure");
  });
});
