/**
 * The time model on the validated seed, without Neo4j: every history case answered with inForceOn
 * the way an as-of neighbourhood answers it, and the rules every dated fact and every conflict obey.
 */
import { describe, expect, it } from "vitest";
import { inForceOn, periodEnd, periodStart } from "#model/period.ts";
import { SEED_MODULES } from "#seed/modules.ts";
import { validateSeed } from "#seed/validate.ts";
import { HISTORY_CASES } from "../fixtures/historyCases.ts";

const seed = validateSeed(SEED_MODULES);
const nodeById = new Map(seed.nodes.map((node) => [node.id, node]));
const edgeById = new Map(seed.relationships.map((rel) => [rel.id, rel]));

const nodeInForce = (id: string, day: string) => {
  const node = nodeById.get(id);
  return node !== undefined && inForceOn(node.validFrom, node.validTo, day);
};

/** A depth-1 neighbourhood as of a day: the edges in force whose two ends are both in force. */
function neighbourhood(nodeId: string, day: string): Set<string> {
  const answer = new Set<string>([nodeId]);
  for (const rel of seed.relationships) {
    if (rel.from !== nodeId && rel.to !== nodeId) continue;
    if (!inForceOn(rel.validFrom, rel.validTo, day)) continue;
    if (!nodeInForce(rel.from, day) || !nodeInForce(rel.to, day)) continue;
    answer.add(rel.id).add(rel.from).add(rel.to);
  }
  return answer;
}

describe("history cases (tests/fixtures/historyCases.ts) against the validated seed", () => {
  it("has at least 15 cases, each with a source", () => {
    expect(HISTORY_CASES.length).toBeGreaterThanOrEqual(15);
    for (const c of HISTORY_CASES) expect(Object.keys(c.source).length, c.name).toBe(2);
  });

  it.each(HISTORY_CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    expect(c.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(nodeInForce(c.nodeId, c.asOf), `${c.nodeId} in force on ${c.asOf}`).toBe(true);
    // Every id a case names must exist, so a renamed id cannot make an "absent" pass vacuously.
    for (const id of [...c.present, ...c.absent]) {
      expect(nodeById.has(id) || edgeById.has(id), `unknown id ${id}`).toBe(true);
    }
    const answer = neighbourhood(c.nodeId, c.asOf);
    for (const id of c.present) expect(answer.has(id), `${id} present on ${c.asOf}`).toBe(true);
    for (const id of c.absent) expect(answer.has(id), `${id} absent on ${c.asOf}`).toBe(false);
  });
});

describe("dated facts", () => {
  const dated = [...seed.nodes, ...seed.relationships].filter(
    (fact) => fact.validFrom !== undefined || fact.validTo !== undefined,
  );

  it("are many: every dated change the review named is modelled", () => {
    for (const id of [
      "directorate-of-ehealth",
      "norwegian-medicines-agency",
      "norwegian-medical-products-agency",
      "directorate-of-ehealth|MERGED_INTO|directorate-of-health",
      "norwegian-medicines-agency|RENAMED_TO|norwegian-medical-products-agency",
      "norsk-helsenett|RUNS|helsenorge",
      "norsk-helsenett|RUNS|kjernejournal",
      "norsk-helsenett|RUNS|e-resept",
      "national-ehealth-strategy-2017|SUCCEEDED_BY|national-ehealth-strategy-2023",
      "national-health-and-hospital-plan-2020-2023|SUCCEEDED_BY|national-health-and-collaboration-plan",
    ]) {
      expect(
        dated.some((fact) => fact.id === id),
        id,
      ).toBe(true);
    }
  });

  it("use the fixed dates of the shared contract (history.md)", () => {
    const expectDates = (id: string, validFrom?: string, validTo?: string) => {
      const fact = nodeById.get(id) ?? edgeById.get(id);
      expect([fact?.validFrom, fact?.validTo], id).toEqual([validFrom, validTo]);
    };
    expectDates("directorate-of-ehealth", "2016-01-01", "2023-12-31");
    expectDates("directorate-of-ehealth|MERGED_INTO|directorate-of-health", "2024-01-01");
    expectDates("norwegian-medicines-agency", "2001", "2023-12-31");
    expectDates("norwegian-medical-products-agency", "2024-01-01");
    expectDates("norwegian-medicines-agency|RENAMED_TO|norwegian-medical-products-agency", "2024-01-01");
    for (const solution of ["helsenorge", "kjernejournal", "e-resept"]) {
      expectDates(`norsk-helsenett|RUNS|${solution}`, "2020-01-01");
      expectDates(`directorate-of-ehealth|RUNS|${solution}`, "2016-01-01", "2019-12-31");
    }
  });

  it("start no later than they end", () => {
    for (const fact of dated) {
      if (fact.validFrom && fact.validTo) {
        expect(periodStart(fact.validFrom) <= periodEnd(fact.validTo), fact.id).toBe(true);
      }
    }
  });

  it("each carry the source of their dates", () => {
    for (const fact of dated) expect(fact.dateSources?.length ?? 0, fact.id).toBeGreaterThan(0);
  });

  it("no longer hide dates in free-form mergedOn, validUntil, since, status or period properties", () => {
    for (const fact of [...seed.nodes, ...seed.relationships]) {
      for (const key of [
        "mergedOn",
        "validUntil",
        "validFrom",
        "since",
        "status",
        "period",
        "effectiveFrom",
      ]) {
        expect(Object.hasOwn(fact.properties, key), `${fact.id}: properties.${key}`).toBe(false);
      }
    }
  });
});

/**
 * Conflicts inside one document: the strategy words its vision and two objectives differently in
 * different sections. Every other conflict is between documents.
 */
const WITHIN_ONE_DOCUMENT = new Set([
  "national-ehealth-strategy-2023|HAS_VISION|national-ehealth-strategy-vision",
  "national-ehealth-strategy-2023|HAS_OBJECTIVE|objective-3",
  "national-ehealth-strategy-2023|HAS_OBJECTIVE|objective-4",
]);

describe("conflicts", () => {
  const conflicts = seed.relationships.filter((rel) => rel.conflict !== undefined);

  it("are only genuine disagreements: a change over time is history, not a conflict", () => {
    const ids = conflicts.map((rel) => rel.id);
    expect(ids).not.toContain("directorate-of-ehealth|RESPONSIBLE_FOR|national-ehealth-coordination");
    expect(ids).not.toContain("directorate-of-health|RESPONSIBLE_FOR|national-ehealth-coordination");
    expect(ids).not.toContain("department-of-ehealth|OVERSEES|directorate-of-ehealth");
    expect(ids).not.toContain("norwegian-medicines-agency|RESPONSIBLE_FOR|ce-marking-of-medical-devices");
    for (const rel of conflicts) expect(rel.validFrom ?? rel.validTo, rel.id).toBeUndefined();
  });

  it("each carry every disagreeing source: two or more, from different documents", () => {
    expect(conflicts.length).toBeGreaterThan(0);
    for (const rel of conflicts) {
      // A public source is a document of its own, told apart by its address.
      const documents = new Set(rel.sources.map((s) => (s.document === "public" ? s.url : s.document)));
      if (WITHIN_ONE_DOCUMENT.has(rel.id)) {
        expect(new Set(rel.sources.map((s) => s.section)).size, rel.id).toBeGreaterThanOrEqual(2);
      } else {
        expect(documents.size, rel.id).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it("record the disagreements the review found unrecorded", () => {
    const ids = conflicts.map((rel) => rel.id);
    expect(ids).toEqual(
      expect.arrayContaining([...WITHIN_ONE_DOCUMENT, "helsenorge|RELATED_TO|national-ehealth-coordination"]),
    );
  });

  it("do not set coordinating the sector's digitalisation against the sector carrying it out (complementary roles)", () => {
    const ids = conflicts.map((rel) => rel.id);
    expect(ids).not.toContain(
      "department-of-ehealth|RESPONSIBLE_FOR|coordination-of-healthcare-digitalisation",
    );
    expect(ids).not.toContain(
      "target-group-healthcare-providers|RESPONSIBLE_FOR|digitalisation-of-the-healthcare-sector",
    );
  });
});
