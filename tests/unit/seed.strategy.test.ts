import { describe, expect, it } from "vitest";
import arenas from "../../seed/arenas.ts";
import type { SeedModule, SeedNode } from "../../seed/model.ts";
import objectives from "../../seed/objectives.ts";
import sdgs from "../../seed/sdgs.ts";
import strategy from "../../seed/strategy.ts";
import { validateSeed } from "../../seed/validate.ts";

const modules: SeedModule[] = [strategy, objectives, sdgs, arenas];
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

/** SDG → objective → strength, as read from "The UN's Sustainable Development Goals". */
const EXPECTED_SDG_TABLE: Record<string, Record<string, string>> = {
  "sdg-3": {
    "objective-1": "most direct",
    "objective-2": "most direct",
    "objective-3": "most direct",
    "objective-4": "also",
    "objective-5": "also",
  },
  "sdg-9": {
    "objective-1": "also",
    "objective-2": "also",
    "objective-3": "most direct",
    "objective-4": "key",
    "objective-5": "also",
  },
  "sdg-10": { "objective-1": "key", "objective-2": "key" },
  "sdg-12": { "objective-3": "key" },
  "sdg-13": { "objective-1": "key", "objective-2": "key", "objective-3": "key" },
  "sdg-17": { "objective-5": "key" },
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
  ["storting", "Parliament"],
];

const sdgContributions = relationships.filter(
  (r) => r.type === "CONTRIBUTES_TO" && nodeById.get(r.to)?.label === "SDG",
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

  it("assign objectives to SDGs exactly as the strategy does", () => {
    const table: Record<string, Record<string, string>> = {};
    for (const r of sdgContributions) {
      table[r.to] ??= {};
      table[r.to]![r.from] = r.strength ?? "";
    }
    expect(table).toEqual(EXPECTED_SDG_TABLE);
  });

  it("give every contribution to an SDG a strength and a one-sentence reason", () => {
    expect(sdgContributions).toHaveLength(17);
    for (const r of sdgContributions) {
      expect(r.strength, `${r.from}→${r.to}`).toMatch(/^(key|most direct|also)$/);
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
      .filter((r) => r.type === "DEPENDS_ON")
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

  it("record that the health and hospital plan is replaced by the collaboration plan", () => {
    expect(relationships).toContainEqual(
      expect.objectContaining({
        from: "national-health-and-hospital-plan-2020-2023",
        type: "REPLACED_BY",
        to: "national-health-and-collaboration-plan",
        basis: "stated",
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
        else expect(source.document).toBe("strategy");
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
