/**
 * Regression tests for the errors a review of the seed against its sources found, one per error,
 * each naming the passage it was checked against. They run on the validated seed, without Neo4j.
 */
import { describe, expect, it } from "vitest";
import { SOURCE_DOCUMENTS } from "#model/sources.ts";
import { SEED_MODULES } from "#seed/modules.ts";
import { validateSeed } from "#seed/validate.ts";

const seed = validateSeed(SEED_MODULES);
const node = (id: string) => seed.nodes.find((n) => n.id === id);
const edge = (id: string) => seed.relationships.find((r) => r.id === id);
const citesPublic = (sources: readonly { document: string }[]) =>
  sources.some((s) => s.document === "public");

describe("errors a review of the seed found, fixed", () => {
  it("1. Norsk helsenett runs Helsenorge, Kjernejournal and E-resept from 1 January 2020, not 2024 (ehelse.no, 2020 reorganisation)", () => {
    for (const solution of ["helsenorge", "kjernejournal", "e-resept"]) {
      const runs = edge(`norsk-helsenett|RUNS|${solution}`);
      expect(runs?.validFrom, solution).toBe("2020-01-01");
      expect(runs?.reason, solution).not.toMatch(/2024/);
    }
    expect(node("norsk-helsenett")?.description).toMatch(/1 January 2020/);
  });

  it("2. the council's leader is inferred (the foreword's signature breaks off) and cites a public source; its Norwegian name is the council model's", () => {
    for (const id of [
      "rune-simensen|LEADS|national-council-for-ehealth",
      "rune-simensen|HOLDS_ROLE|national-council-for-ehealth",
    ]) {
      expect(edge(id)?.basis, id).toBe("inferred");
      expect(citesPublic(edge(id)?.sources ?? []), id).toBe(true);
    }
    expect(node("national-council-for-ehealth")?.nameNo).toBe("Nasjonalt e-helseråd");
    expect(node("national-council-for-ehealth")?.aliases).not.toContain("e-helsestyret");
  });

  it("3. objective 3 → SDG 9 is 'in particular' (strategy, SDG 9), and 'most direct' only under SDG 3", () => {
    expect(edge("objective-3|CONTRIBUTES_TO|sdg-9")?.wording).toBe("in particular");
    const mostDirect = seed.relationships.filter((r) => r.strength === "most direct").map((r) => r.to);
    expect(new Set(mostDirect)).toEqual(new Set(["sdg-3"]));
  });

  it("4. conflict notes cite every side: the factsheet's 'agency' wording, the strategy's own scope, no one-sided OVERSEES conflict", () => {
    const agency = edge("helsenorge|RELATED_TO|national-ehealth-coordination");
    expect(agency?.sources.map((s) => s.document).sort()).toEqual(["factsheet", "overview"]);
    expect(edge("norsk-helsenett|RUNS|helsenorge")?.conflict).toBeUndefined();
    const scope = edge("national-ehealth-strategy-2023|ADDRESSES|generic-ehealth-solutions");
    expect(scope?.sources.some((s) => s.document === "strategy")).toBe(true);
    expect(edge("department-of-ehealth|OVERSEES|directorate-of-ehealth")?.conflict).toBeUndefined();
    expect(
      edge("section-for-analysis-and-governance|OVERSEES|directorate-of-ehealth")?.conflict,
    ).toBeUndefined();
  });

  it("5. municipalities → eHealth in cancer care is inferred: the factsheet says only that cancer care is well developed there", () => {
    expect(edge("municipalities|RELATED_TO|ehealth-in-cancer-care")?.basis).toBe("inferred");
  });

  it("6. no source says the OUS regional cancer strategy is aligned with the national one: no such link", () => {
    expect(
      edge("ous-regional-cancer-strategy|ALIGNED_WITH|national-cancer-strategy-2025-2035"),
    ).toBeUndefined();
  });

  it("7. the sections' responsibilities are no broader than the department page says (no whole oversight area, no privacy)", () => {
    expect(
      edge("section-for-analysis-and-governance|RESPONSIBLE_FOR|oversight-of-ehealth-bodies"),
    ).toBeUndefined();
    expect(
      edge(
        "section-for-ehealth-services|RESPONSIBLE_FOR|digital-security-emergency-preparedness-and-privacy",
      ),
    ).toBeUndefined();
    expect(
      edge("section-for-ehealth-services|RESPONSIBLE_FOR|digital-security-and-emergency-preparedness"),
    ).toBeDefined();
  });

  it("8. the ministry does not GOVERN Helsenorge; the interview has it highlight all four national solutions", () => {
    expect(edge("ministry-of-health-and-care-services|GOVERNS|helsenorge")).toBeUndefined();
    for (const solution of ["helsenettet", "kjernejournal", "e-resept", "helsenorge"]) {
      const highlights = edge(`ministry-of-health-and-care-services|RELATED_TO|${solution}`);
      expect(highlights?.basis, solution).toBe("stated");
      expect(
        highlights?.sources.map((s) => s.document),
        solution,
      ).toEqual(["interview"]);
    }
  });

  it("9. the overview's key figures carry no date the overview does not give", () => {
    for (const id of [
      "norway-population",
      "norway-municipalities-count",
      "norway-regional-health-authorities-count",
    ]) {
      expect(node(id)?.properties.asOf, id).toBeUndefined();
    }
    expect(node("norway-health-expenditure-gdp")?.properties.year).toBe(2022);
  });

  it("10. the department page has one truth about its date: undated, written before the 2024 merger", () => {
    expect(SOURCE_DOCUMENTS.department.date).toBeUndefined();
    expect(SOURCE_DOCUMENTS.department.dateNote).toMatch(/Directorate of eHealth/);
    expect(JSON.stringify(seed)).not.toMatch(/written before 2024/);
  });

  it("11. government goal 1 speaks of social disparities in access to healthcare (interview, five goals)", () => {
    expect(node("healthcare-goal-public-health")?.name).toMatch(/social disparities in access to healthcare/);
  });

  it("12. the four projects → EHDS cite public sources that state it; EHDS → objective 3 is stated in the strategy", () => {
    for (const project of ["xt-ehr", "xpandh", "xshare", "tehdas-2"]) {
      const link = edge(`${project}|RELATED_TO|european-health-data-space`);
      expect(link?.basis, project).toBe("inferred");
      expect(citesPublic(link?.sources ?? []), project).toBe(true);
    }
    const ehds = edge("european-health-data-space|SUPPORTS|objective-3");
    expect(ehds?.basis).toBe("stated");
    expect(ehds?.sources.some((s) => s.document === "strategy")).toBe(true);
  });

  it("13. every inference the review named cites a public source", () => {
    for (const id of [
      "european-commission|PART_OF|european-union",
      "national-council-for-ehealth|ADVISES|directorate-of-health",
      "the-government|PUBLISHED|national-cancer-strategy-2025-2035",
      "the-government|PUBLISHED|ventetidsloftet",
      "norwegian-institute-of-public-health|MANAGES|national-health-registries",
    ]) {
      expect(edge(id)?.basis, id).toBe("inferred");
      expect(citesPublic(edge(id)?.sources ?? []), id).toBe(true);
    }
  });

  it("every inferred relationship says why (a reason or note) or cites a public source", () => {
    for (const rel of seed.relationships.filter((r) => r.basis === "inferred")) {
      const explained = Boolean(rel.reason ?? rel.properties.note ?? rel.properties.relation);
      expect(explained || citesPublic(rel.sources), rel.id).toBe(true);
    }
  });
});

describe("the validator guards the evidence rules", () => {
  const stub = (id: string, label: "Objective" | "SDG") => ({
    id,
    label,
    name: id,
    description: "stub for a validator test",
    descriptionNo: "stedfortreder for en test av validatoren",
    sources: [{ document: "strategy" as const, section: "stub" }],
  });
  const contribution = (extra: Record<string, string>) => ({
    module: "test",
    nodes: [stub("objective-x", "Objective"), stub("sdg-x", "SDG")],
    relationships: [
      {
        from: "objective-x",
        type: "CONTRIBUTES_TO" as const,
        to: "sdg-x",
        basis: "stated" as const,
        sources: [{ document: "strategy" as const, section: "stub" }],
        reason: "A reason.",
        reasonNo: "En begrunnelse.",
        ...extra,
      },
    ],
  });

  it("accepts a strength that follows from its wording", () => {
    expect(() =>
      validateSeed([contribution({ wording: "in particular", strength: "particular" })]),
    ).not.toThrow();
  });

  it("rejects a strength chosen by hand against its wording", () => {
    expect(() => validateSeed([contribution({ wording: "in particular", strength: "key" })])).toThrow(
      /"key" disagrees with wording "in particular"/,
    );
  });

  it("rejects an SDG contribution without wording", () => {
    expect(() => validateSeed([contribution({ strength: "key" })])).toThrow(/needs all three/);
  });

  it("rejects a dated fact without the source of its date, and a start after its end", () => {
    const dated = (extra: Record<string, unknown>) => ({
      module: "test",
      nodes: [{ ...stub("objective-x", "Objective"), ...extra }],
      relationships: [],
    });
    expect(() => validateSeed([dated({ validFrom: "2024" })])).toThrow(/dateSources/);
    expect(() =>
      validateSeed([
        dated({
          validFrom: "2024",
          validTo: "2023-12-31",
          dateSources: [{ document: "strategy", section: "s" }],
        }),
      ]),
    ).toThrow(/before validFrom/);
  });
});
