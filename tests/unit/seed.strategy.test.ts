import { describe, expect, it } from "vitest";
import type { SeedModule, SeedNode } from "#model/model.ts";
import { STRENGTHS } from "#model/strengths.ts";
import arenas from "#seed/arenas.ts";
import { SEED_MODULES, withNorwegianTexts } from "#seed/modules.ts";
import objectives from "#seed/objectives.ts";
import sdgs from "#seed/sdgs.ts";
import strategy from "#seed/strategy.ts";
import { validateSeed } from "#seed/validate.ts";
import { sectionsOf } from "#tests/fixtures/sectionChecklists.ts";

const modules: SeedModule[] = [strategy, objectives, sdgs, arenas].map(withNorwegianTexts);
const nodes = modules.flatMap((m) => m.nodes);
const relationships = modules.flatMap((m) => m.relationships);
const nodeById = new Map(nodes.map((n) => [n.id, n]));

/** Bullets counted under each objective's "Towards 2030, we shall achieve" heading. */
const EXPECTED_OUTCOME_COUNTS: Record<string, number> = {
  "objective-1": 8,
  "objective-2": 7,
  "objective-3": 5,
  "objective-4": 10,
  "objective-5": 11,
};

/**
 * SDG → objective → the strategy's own wording, as read from "The UN's Sustainable Development
 * Goals" (the strength is derived from it; see strengths.ts).
 */
const EXPECTED_SDG_WORDING: Record<string, Record<string, string>> = {
  "sdg-3": {
    "objective-1": "contribute most directly",
    "objective-2": "contribute most directly",
    "objective-3": "contribute most directly",
    "objective-4": "All five strategic objectives",
    "objective-5": "All five strategic objectives",
  },
  "sdg-9": {
    "objective-1": "will also contribute",
    "objective-2": "will also contribute",
    "objective-3": "in particular",
    "objective-4": "key",
    "objective-5": "will contribute",
  },
  "sdg-10": { "objective-1": "important", "objective-2": "important" },
  "sdg-12": { "objective-3": "part of objective 3" },
  "sdg-13": {
    "objective-1": "can contribute through",
    "objective-2": "can contribute through",
    "objective-3": "through objective 3",
  },
  "sdg-17": { "objective-5": "references the need" },
};

const SHARED_IDS: [string, SeedNode["label"]][] = [
  ["norway", "Country"],
  ["directorate-of-ehealth", "Directorate"],
  ["the-government", "Ministry"],
  ["ministry-of-local-government-and-modernisation", "Ministry"],
  ["ministry-of-education-and-research", "Ministry"],
  ["south-eastern-norway-rha", "RegionalHealthAuthority"],
  ["western-norway-rha", "RegionalHealthAuthority"],
  ["central-norway-rha", "RegionalHealthAuthority"],
  ["northern-norway-rha", "RegionalHealthAuthority"],
  ["national-health-registries", "Solution"],
  ["ks", "Association"],
  ["directorate-of-health", "Directorate"],
  ["municipalities", "MunicipalityGroup"],
  ["regional-health-authority-strategies", "Strategy"],
  ["european-health-data-space", "Project"],
  ["storting", "Parliament"],
];

const sdgContributions = relationships.filter(
  (r) =>
    r.type === "CONTRIBUTES_TO" &&
    nodeById.get(r.to)?.label === "SDG" &&
    nodeById.get(r.from)?.label === "Objective",
);

describe("strategy seed modules", () => {
  it("pass the model's validation once the shared organisations they point at exist", () => {
    const stubs: SeedModule = {
      module: "stubs",
      nodes: SHARED_IDS.map(([id, label]) => ({
        id,
        label,
        name: id,
        description: "stub",
        descriptionNo: "stedfortreder",
        sources: [{ document: "strategy", section: "stub" }],
      })),
      relationships: [],
    };
    expect(() => validateSeed([...modules, stubs])).not.toThrow();
  });

  it("reference only shared ids they do not define themselves", () => {
    const shared = new Set(SHARED_IDS.map(([id]) => id));
    for (const r of relationships) {
      for (const end of [r.from, r.to]) {
        expect(nodeById.has(end) || shared.has(end), `${r.from} ${r.type} ${r.to}`).toBe(true);
      }
    }
    for (const id of shared) expect(nodeById.has(id)).toBe(false);
  });

  it("name the five objectives with their headings and flag objective 4's absence from the contents", () => {
    const objectiveNodes = nodes.filter((n) => n.label === "Objective");
    expect(objectiveNodes.map((n) => n.id).sort()).toEqual(Object.keys(EXPECTED_OUTCOME_COUNTS));
    expect(nodeById.get("objective-1")?.name).toBe(
      "Objective 1: Active participation in own and close one's health",
    );
    expect(nodeById.get("objective-4")?.name).toBe(
      "Objective 4: Available information and strengthened collaboration",
    );
    expect(nodeById.get("objective-4")?.properties?.inTableOfContents).toBe(false);
  });

  it("give every objective at least one outcome", () => {
    for (const objective of Object.keys(EXPECTED_OUTCOME_COUNTS)) {
      const outcomes = relationships.filter((r) => r.type === "OUTCOME_OF" && r.to === objective);
      expect(outcomes.length, objective).toBeGreaterThanOrEqual(1);
    }
  });

  it("model one outcome per bullet under each objective's 'Towards 2030' heading", () => {
    const counts: Record<string, number> = {};
    for (const r of relationships.filter((rel) => rel.type === "OUTCOME_OF")) {
      expect(nodeById.get(r.from)?.label).toBe("Outcome");
      counts[r.to] = (counts[r.to] ?? 0) + 1;
    }
    expect(counts).toEqual(EXPECTED_OUTCOME_COUNTS);
    expect(nodes.filter((n) => n.label === "Outcome")).toHaveLength(41);
  });

  it("link each outcome to exactly one objective", () => {
    for (const outcome of nodes.filter((n) => n.label === "Outcome")) {
      const links = relationships.filter((r) => r.type === "OUTCOME_OF" && r.from === outcome.id);
      expect(links, outcome.id).toHaveLength(1);
    }
  });

  it("assign objectives to SDGs exactly as the strategy does, each in the strategy's own wording", () => {
    const table: Record<string, Record<string, string>> = {};
    for (const r of sdgContributions) {
      table[r.to] ??= {};
      table[r.to]![r.from] = r.wording ?? "";
    }
    expect(table).toEqual(EXPECTED_SDG_WORDING);
  });

  it("call only objective 4 → SDG 9 key (review error: eight cells said key)", () => {
    const key = sdgContributions.filter((r) => r.strength === "key").map((r) => `${r.from}→${r.to}`);
    expect(key).toEqual(["objective-4→sdg-9"]);
  });

  it("give objective 3 → SDG 9 the wording 'in particular', not 'most direct' (review error 3)", () => {
    const edge = sdgContributions.find((r) => r.from === "objective-3" && r.to === "sdg-9");
    expect(edge?.wording).toBe("in particular");
    expect(edge?.strength).not.toBe("most direct");
    const mostDirect = sdgContributions.filter((r) => r.strength === "most direct").map((r) => r.to);
    expect(new Set(mostDirect)).toEqual(new Set(["sdg-3"]));
  });

  it("give objectives 1 and 2 → SDG 10 the strength 'important', the strategy's word, and keep 'particular' for objective 3 → SDG 9 alone", () => {
    const strengthOfCell = (from: string, to: string) =>
      sdgContributions.find((r) => r.from === from && r.to === to)?.strength;
    expect(strengthOfCell("objective-1", "sdg-10")).toBe("important");
    expect(strengthOfCell("objective-2", "sdg-10")).toBe("important");
    const particular = sdgContributions
      .filter((r) => r.strength === "particular")
      .map((r) => `${r.from}→${r.to}`);
    expect(particular).toEqual(["objective-3→sdg-9"]);
  });

  it("tie the three overarching goals to SDG 3, as its section says in so many words", () => {
    const goals = relationships
      .filter((r) => r.type === "CONTRIBUTES_TO" && r.to === "sdg-3" && r.from.startsWith("goal-"))
      .map((r) => r.from)
      .sort();
    expect(goals).toEqual([
      "goal-1-quality-and-coherence",
      "goal-2-sustainable-sector",
      "goal-3-innovation-strength",
    ]);
  });

  it("give every contribution to an SDG a strength and a one-sentence reason", () => {
    expect(sdgContributions).toHaveLength(17);
    for (const r of sdgContributions) {
      expect(STRENGTHS, `${r.from}→${r.to}`).toContain(r.strength);
      expect(r.reason, `${r.from}→${r.to}`).toBeTruthy();
      expect(r.reason!.trim().split(/(?<=\.)\s+/)).toHaveLength(1);
    }
  });

  it("define the six SDGs with their UN numbers", () => {
    const sdgNodes = nodes.filter((n) => n.label === "SDG");
    expect(sdgNodes.map((n) => n.properties?.number).sort((a, b) => Number(a) - Number(b))).toEqual([
      3, 9, 10, 12, 13, 17,
    ]);
    expect(nodeById.get("sdg-3")?.name).toBe("SDG 3: Good health and well-being");
  });

  it("keep both of the vision's wordings with the section each comes from", () => {
    const vision = nodeById.get("national-ehealth-strategy-vision");
    expect(vision?.label).toBe("Vision");
    expect(vision?.properties?.wording).toBe(
      "Together for comprehensive, safe, and innovative services that promote health empowerment",
    );
    expect(vision?.properties?.alternativeWording).toBe(
      "Together for comprehensive, safe and innovative services that promote health and care empowerment",
    );
    expect(vision?.properties?.wordingSection).toBeTruthy();
    expect(vision?.properties?.alternativeWordingSection).toBeTruthy();
    expect(relationships).toContainEqual(
      expect.objectContaining({ from: "national-ehealth-strategy-2023", type: "HAS_VISION", to: vision?.id }),
    );
  });

  it("state that objectives 4 and 5 are prerequisites for 1–3 and 5 for 4, and nothing more", () => {
    const deps = relationships
      .filter((r) => r.type === "DEPENDS_ON" && r.to.startsWith("objective-"))
      .map((r) => `${r.from}>${r.to}`)
      .sort();
    expect(deps).toEqual([
      "objective-1>objective-4",
      "objective-1>objective-5",
      "objective-2>objective-4",
      "objective-2>objective-5",
      "objective-3>objective-4",
      "objective-3>objective-5",
      "objective-4>objective-5",
    ]);
  });

  it("model the strategy's other prerequisites: digital security for all, digital skills for objective 2, health data initiatives, analysis platforms and structured data for objective 3, coordinated instruments for objective 5", () => {
    const deps = relationships
      .filter((r) => r.type === "DEPENDS_ON" && !r.to.startsWith("objective-"))
      .map((r) => `${r.from}>${r.to}`)
      .sort();
    expect(deps).toEqual([
      "national-ehealth-strategy-2023>digital-skills",
      "objective-1>digital-security",
      "objective-2>digital-security",
      "objective-2>digital-skills",
      "objective-3>digital-security",
      "objective-3>health-data-analysis-platforms",
      "objective-3>health-data-initiatives",
      "objective-3>structured-health-data-from-many-sources",
      "objective-4>digital-security",
      "objective-5>coordinated-development-of-instruments",
      "objective-5>digital-security",
    ]);
  });

  it("give the strategy its three goals, five objectives and the two cross-cutting topics", () => {
    const from = (type: string) =>
      relationships
        .filter((r) => r.from === "national-ehealth-strategy-2023" && r.type === type)
        .map((r) => r.to)
        .sort();
    expect(from("HAS_GOAL")).toEqual([
      "goal-1-quality-and-coherence",
      "goal-2-sustainable-sector",
      "goal-3-innovation-strength",
    ]);
    expect(from("HAS_OBJECTIVE")).toEqual(Object.keys(EXPECTED_OUTCOME_COUNTS));
    expect(from("ADDRESSES")).toEqual(["digital-security", "digital-skills"]);
  });

  it("record that the collaboration plan succeeded the health and hospital plan from 2024", () => {
    expect(relationships).toContainEqual(
      expect.objectContaining({
        from: "national-health-and-hospital-plan-2020-2023",
        type: "SUCCEEDED_BY",
        to: "national-health-and-collaboration-plan",
        basis: "stated",
        validFrom: "2024",
      }),
    );
    expect(nodeById.get("national-health-and-collaboration-plan")?.aliases).toEqual(
      expect.arrayContaining([
        "National Health and Integrated Care Plan",
        "Nasjonal helse- og samhandlingsplan",
      ]),
    );
  });

  it("source every node and relationship, with inferred public facts carrying a url", () => {
    for (const item of [...nodes, ...relationships]) {
      expect(item.sources.length).toBeGreaterThan(0);
      for (const source of item.sources) {
        if (source.document === "public") expect(source.url).toMatch(/^https:\/\//);
      }
    }
    for (const node of nodes) {
      expect(
        node.sources.some((s) => s.document === "strategy"),
        node.id,
      ).toBe(true);
    }
  });
});

describe("strategy seed: every fact checks out against its source", () => {
  const seed = validateSeed(SEED_MODULES);
  const relationship = (key: string) => seed.relationships.find((r) => r.id === key);

  it("cite no interview section for the hospital plan's succession, which the interview does not mention", () => {
    const edge = relationship(
      "national-health-and-hospital-plan-2020-2023|SUCCEEDED_BY|national-health-and-collaboration-plan",
    );
    expect(edge?.sources.map((s) => s.document)).toEqual(["strategy", "strategy"]);
  });

  it("keep the council's management of the strategy (GOVERNS) apart from the factsheet's drafting link, so neither shows the other's reason", () => {
    const governs = relationship("national-council-for-ehealth|GOVERNS|national-ehealth-strategy-2023");
    expect(governs?.basis).toBe("stated");
    expect(governs?.reason).toBeUndefined();
    expect(governs?.sources.every((s) => s.document === "strategy")).toBe(true);
    const drafting = relationship("national-council-for-ehealth|RELATED_TO|national-ehealth-strategy-2023");
    expect(drafting?.properties.relation).not.toBe("manages and follows up");
  });

  it("give every inferred link of the strategy modules a reason", () => {
    const keys = new Set(modules.flatMap((m) => m.relationships.map((r) => `${r.from}|${r.type}|${r.to}`)));
    const bare = seed.relationships.filter((r) => keys.has(r.id) && r.basis === "inferred" && !r.reason);
    expect(bare.map((r) => r.id)).toEqual([]);
  });

  it("do not call digital inclusion another name for digital skills", () => {
    expect(nodeById.get("digital-skills")?.aliases).not.toContain("Digital inclusion");
  });

  it("record the strategy's missing stated facts: participants, follow-up and SDG 17, co-management, the preparedness paper's year, the council as governance board", () => {
    const participants = seed.relationships
      .filter(
        (r) =>
          r.to === "national-ehealth-strategy-2023" && r.properties.relation === "took part in preparing",
      )
      .map((r) => r.from)
      .sort();
    expect(participants).toEqual([
      "target-group-healthcare-professionals",
      "target-group-healthcare-providers",
      "target-group-industry",
      "target-group-patient-and-consumer-organisations",
      "target-group-research-and-education",
    ]);
    expect(relationship("national-ehealth-strategy-follow-up|CONTRIBUTES_TO|sdg-17")).toMatchObject({
      basis: "stated",
      wording: "will also contribute",
      strength: "also",
    });
    expect(relationship("objective-5|RELATED_TO|co-management-principles")?.basis).toBe("stated");
    expect(nodeById.get("health-preparedness-white-paper")?.properties?.year).toBe(2023);
    expect(
      nodeById
        .get("national-council-for-ehealth")
        ?.sources.some((s) => s.document === "factsheet" && s.section.includes("governance board")),
    ).toBe(true);
  });
});

/**
 * The strategy's sections name people and plans that the governance modules define too (the
 * foreword's signatories, the council), so the checklist is held against the whole validated seed.
 */
describe("strategy seed: section checklists", () => {
  const seed = validateSeed(SEED_MODULES);
  const seededById = new Map(seed.nodes.map((n) => [n.id, n]));
  const strategySections = sectionsOf("strategy");

  for (const { section, nodes: ids } of strategySections) {
    it(`strategy § ${section}: every named entity exists and cites the strategy`, () => {
      for (const id of ids) {
        const node = seededById.get(id);
        expect(node, `strategy § ${section} names "${id}"`).toBeDefined();
        expect(
          node!.sources.some((s) => s.document === "strategy"),
          `"${id}" cites document "strategy"`,
        ).toBe(true);
      }
    });
  }

  for (const { section, links } of strategySections.filter((check) => check.links.length > 0)) {
    it(`strategy § ${section}: every link it names is one relationship that cites the strategy`, () => {
      for (const [from, type, to] of links) {
        const found = seed.relationships.filter((r) => r.from === from && r.type === type && r.to === to);
        expect(found, `${from} -[${type}]-> ${to}`).toHaveLength(1);
        expect(
          found[0]!.sources.some((s) => s.document === "strategy"),
          `${from} -[${type}]-> ${to} cites document "strategy"`,
        ).toBe(true);
      }
    });
  }

  it("every checklist heading is a section the seed cites, so a misspelt heading cannot pass unnoticed", () => {
    const cited = new Set(
      [...seed.nodes.flatMap((n) => n.sources), ...seed.relationships.flatMap((r) => r.sources)]
        .filter((s) => s.document === "strategy")
        .map((s) => s.section),
    );
    for (const { section } of strategySections) expect(cited.has(section), section).toBe(true);
  });
});
