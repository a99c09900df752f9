/**
 * Checklists for the governance seed modules: every id that a section of the factsheet, overview,
 * interview or department page names must exist, and (where this set of modules defines it) cite
 * that document; every link it names must be one relationship citing it. The lists live in
 * tests/fixtures/sectionChecklists.ts, shared with the integration test that checks Neo4j. Plus
 * alias resolution and one defining body per definition.
 */
import { describe, expect, it } from "vitest";
import type { SeedModule, SeedNode } from "#model/model.ts";
import type { DocumentId } from "#model/sources.ts";
import cancer from "#seed/cancer.ts";
import country from "#seed/country.ts";
import definitions from "#seed/definitions.ts";
import { DEPARTMENT, FACTSHEET, INTERVIEW, OVERVIEW } from "#seed/documentSections.ts";
import documents from "#seed/documents.ts";
import europe from "#seed/europe.ts";
import governmentGoals from "#seed/governmentGoals.ts";
import { SEED_MODULES, withNorwegianTexts } from "#seed/modules.ts";
import organisations from "#seed/organisations.ts";
import people from "#seed/people.ts";
import solutions from "#seed/solutions.ts";
import { validateSeed } from "#seed/validate.ts";
import { LEFT_TO_STRATEGY_MODULES, SECTION_CHECKLISTS } from "#tests/fixtures/sectionChecklists.ts";

const modules: SeedModule[] = [
  country,
  organisations,
  people,
  solutions,
  documents,
  europe,
  definitions,
  governmentGoals,
  cancer,
].map(withNorwegianTexts);
const nodes = modules.flatMap((m) => m.nodes);
const relationships = modules.flatMap((m) => m.relationships);
const nodeById = new Map(nodes.map((n) => [n.id, n]));

/** The four documents these modules draw on; the strategy has its own modules and test. */
const GOVERNANCE_DOCUMENTS: readonly DocumentId[] = ["factsheet", "overview", "interview", "department"];
const governanceSections = SECTION_CHECKLISTS.filter((check) =>
  GOVERNANCE_DOCUMENTS.includes(check.document),
);

function citesDocument(node: SeedNode, document: DocumentId): boolean {
  return node.sources.some((s) => s.document === document);
}

/** Case-insensitive: every node whose name, Norwegian name or an alias is exactly `term`. */
function resolve(term: string): string[] {
  const wanted = term.toLowerCase();
  return nodes
    .filter((node) =>
      [node.name, node.nameNo ?? "", ...(node.aliases ?? [])].some((name) => name.toLowerCase() === wanted),
    )
    .map((node) => node.id);
}

describe("governance seed: section checklists", () => {
  for (const { document, section, nodes: ids } of governanceSections) {
    it(`${document} § ${section}: every named entity exists and cites the ${document}`, () => {
      for (const id of ids) {
        if (LEFT_TO_STRATEGY_MODULES.has(id)) {
          expect(nodeById.has(id), `${id} is left to the strategy modules`).toBe(false);
          continue;
        }
        const node = nodeById.get(id);
        expect(node, `${document} § ${section} names "${id}"`).toBeDefined();
        expect(citesDocument(node!, document), `"${id}" cites document "${document}"`).toBe(true);
      }
    });
  }

  for (const { document, section, links } of governanceSections.filter((check) => check.links.length > 0)) {
    it(`${document} § ${section}: every link it names is one relationship that cites the ${document}`, () => {
      for (const [from, type, to] of links) {
        const found = relationships.filter((r) => r.from === from && r.type === type && r.to === to);
        expect(found, `${from} -[${type}]-> ${to}`).toHaveLength(1);
        expect(
          found[0]!.sources.some((s) => s.document === document),
          `${from} -[${type}]-> ${to} cites document "${document}"`,
        ).toBe(true);
      }
    });
  }

  it("every checklist heading is a section these modules cite, so a misspelt heading cannot pass unnoticed", () => {
    const cited = new Set(
      [...nodes.flatMap((n) => n.sources), ...relationships.flatMap((r) => r.sources)].map(
        (s) => `${s.document}|${s.section}`,
      ),
    );
    for (const { document, section } of governanceSections)
      expect(cited.has(`${document}|${section}`), `${document} § ${section}`).toBe(true);
  });

  it("every id left to the strategy modules is defined once the whole seed is validated", () => {
    const seeded = new Set(validateSeed(SEED_MODULES).nodes.map((n) => n.id));
    for (const id of LEFT_TO_STRATEGY_MODULES) expect(seeded.has(id), id).toBe(true);
  });

  it("every section cited from these four documents is one of the listed headings", () => {
    const known = new Set<string>([
      ...Object.values(FACTSHEET).map((s) => `factsheet|${s}`),
      ...Object.values(OVERVIEW).map((s) => `overview|${s}`),
      ...Object.values(INTERVIEW).map((s) => `interview|${s}`),
      ...Object.values(DEPARTMENT).map((s) => `department|${s}`),
    ]);
    const cited = [...nodes.flatMap((n) => n.sources), ...relationships.flatMap((r) => r.sources)].filter(
      (s) => s.document !== "public" && s.document !== "strategy",
    );
    for (const source of cited) {
      expect(
        known.has(`${source.document}|${source.section}`),
        `${source.document} § ${source.section}`,
      ).toBe(true);
    }
  });
});

describe("governance seed: model rules", () => {
  it("validates, with the strategy modules' ids standing in as stubs", () => {
    const stubs: SeedModule = {
      module: "stubs",
      nodes: [...LEFT_TO_STRATEGY_MODULES].map((id) => ({
        id,
        label: "Objective",
        name: id,
        description: "stub",
        descriptionNo: "stedfortreder",
        sources: [{ document: "strategy", section: "stub" }],
      })),
      relationships: [],
    };
    expect(() => validateSeed([...modules, stubs])).not.toThrow();
  });

  it("references no ids outside these modules except the strategy modules' ones", () => {
    for (const rel of relationships) {
      for (const end of [rel.from, rel.to]) {
        expect(
          nodeById.has(end) || LEFT_TO_STRATEGY_MODULES.has(end),
          `${rel.from} -[${rel.type}]-> ${rel.to}`,
        ).toBe(true);
      }
    }
  });

  it("resolves every Kjernejournal name and alias to the one kjernejournal node", () => {
    const kjernejournal = nodeById.get("kjernejournal")!;
    const terms = [
      kjernejournal.name,
      kjernejournal.nameNo!,
      ...(kjernejournal.aliases ?? []),
      "Summary Care Record",
      "Summary Care Journal",
      "summary care records",
      "Kjernejournal",
    ];
    for (const term of terms) expect(resolve(term), term).toEqual(["kjernejournal"]);
  });

  it("resolves the other national solutions' aliases to one node each", () => {
    const expected: Record<string, string> = {
      "Helsenorge.no": "helsenorge",
      "helse norge": "helsenorge",
      "E-prescription": "e-resept",
      ePrescription: "e-resept",
      "e-prescriptions": "e-resept",
      Helsenettet: "helsenettet",
      "Norsk helsenett": "norsk-helsenett",
      "Norwegian HealthCERT": "helsecert",
      Helsedataservice: "helsedataservice",
      HELFO: "norwegian-health-economics-administration",
      DMP: "norwegian-medical-products-agency",
      "Norwegian Medical Products Agency": "norwegian-medical-products-agency",
      "Statens legemiddelverk": "norwegian-medicines-agency",
      "Norwegian Medicines Agency": "norwegian-medicines-agency",
    };
    for (const [term, id] of Object.entries(expected)) expect(resolve(term), term).toEqual([id]);
  });

  it("gives each definition exactly one DEFINES edge", () => {
    const defs = nodes.filter((n) => n.label === "Definition");
    expect(defs.map((d) => d.id).sort()).toEqual([
      "dhealth",
      "digital-health-who",
      "ehealth",
      "health-app",
      "mhealth",
      "teleconsultation",
      "telehealth",
      "telemedicine",
    ]);
    for (const def of defs) {
      const edges = relationships.filter((r) => r.type === "DEFINES" && r.to === def.id);
      expect(edges, def.id).toHaveLength(1);
    }
  });

  it("records the national eHealth role as history, not a conflict: one directorate before the 2024 merger, the other after", () => {
    const edges = relationships.filter(
      (r) => r.type === "RESPONSIBLE_FOR" && r.to === "national-ehealth-coordination",
    );
    expect(edges.map((e) => e.from).sort()).toEqual(["directorate-of-ehealth", "directorate-of-health"]);
    for (const edge of edges) expect(edge.conflict).toBeUndefined();
    expect(edges.find((e) => e.from === "directorate-of-ehealth")?.validTo).toBe("2023-12-31");
    expect(edges.find((e) => e.from === "directorate-of-health")?.validFrom).toBe("2024-01-01");
    const byFrom = new Map(edges.map((e) => [e.from, e]));
    // The strategy's foreword states the role; the department page only names the directorate it oversees.
    expect(byFrom.get("directorate-of-ehealth")!.sources.some((s) => s.document === "strategy")).toBe(true);
    expect(byFrom.get("directorate-of-health")!.sources.some((s) => s.document === "factsheet")).toBe(true);
  });

  it("links every national solution to a strategy objective, inferred and with a reason", () => {
    const national = [
      "helsenorge",
      "kjernejournal",
      "e-resept",
      "helsenettet",
      "helsecert",
      "helsedataservice",
      "national-health-registries",
    ];
    for (const id of national) {
      const edges = relationships.filter(
        (r) => r.from === id && r.type === "SUPPORTS" && r.to.startsWith("objective-"),
      );
      expect(edges.length, id).toBeGreaterThan(0);
      for (const edge of edges) {
        expect(edge.basis).toBe("inferred");
        expect(edge.reason?.length ?? 0).toBeGreaterThan(10);
      }
    }
  });

  it("gives every node an English name, a description and a source, and figures a value and display", () => {
    for (const node of nodes) {
      expect(node.description.length, node.id).toBeGreaterThan(10);
      if (node.label === "Figure") {
        expect(typeof node.properties?.value, node.id).toBe("number");
        expect(typeof node.properties?.display, node.id).toBe("string");
        expect(typeof node.properties?.unit, node.id).toBe("string");
      }
    }
  });
});
