/**
 * Coverage of the five source documents: a checklist, section by section, of the entities and
 * links each names, asserted against the seeded database; and the counts per label and type,
 * printed and compared with docs/model.md.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { useSeededNeo4j } from "./harness.ts";

type Link = readonly [from: string, type: string, to: string];
interface SectionCheck {
  readonly document: "factsheet" | "overview" | "interview" | "strategy" | "department";
  readonly section: string;
  readonly nodes: readonly string[];
  readonly links?: readonly Link[];
}

const CHECKLIST: readonly SectionCheck[] = [
  // eCAN+ factsheet
  {
    document: "factsheet",
    section: "Introduction and reviewers",
    nodes: [
      "ecan-plus-joint-action",
      "ecan-joint-action",
      "thomas-rannstad-haugen",
      "bjornar-alexander-andreassen",
      "jan-egil-nordvik",
      "directorate-of-health",
    ],
  },
  {
    document: "factsheet",
    section: "1 Definitions",
    nodes: [
      "ehealth",
      "mhealth",
      "dhealth",
      "digital-health-who",
      "telehealth",
      "telemedicine",
      "teleconsultation",
      "health-app",
      "who",
      "paho",
      "european-commission",
      "essen-et-al-2022",
    ],
    links: [
      ["european-commission", "DEFINES", "telemedicine"],
      ["paho", "DEFINES", "teleconsultation"],
      ["who", "DEFINES", "ehealth"],
    ],
  },
  {
    document: "factsheet",
    section: "2 Governance",
    nodes: [
      "ministry-of-health-and-care-services",
      "department-of-ehealth",
      "directorate-of-health",
      "national-council-for-ehealth",
      "ous-comprehensive-cancer-centre",
      "national-ehealth-coordination",
    ],
    links: [
      ["department-of-ehealth", "PART_OF", "ministry-of-health-and-care-services"],
      ["directorate-of-health", "RESPONSIBLE_FOR", "national-ehealth-coordination"],
    ],
  },
  {
    document: "factsheet",
    section: "3 Strategies/policies",
    nodes: [
      "national-ehealth-strategy-2023",
      "regional-health-authority-strategies",
      "national-cancer-strategy-2025-2035",
      "eu-beating-cancer-plan",
      "south-eastern-norway-rha",
      "western-norway-rha",
      "central-norway-rha",
      "northern-norway-rha",
    ],
  },
  {
    document: "factsheet",
    section: "4 Legislation",
    nodes: [
      "public-health-act",
      "tobacco-control-act",
      "alcohol-act",
      "health-research-act",
      "ehealth-relevant-legislation",
    ],
  },
  {
    document: "factsheet",
    section: "5 Cancer specific eHealth solutions",
    nodes: ["cancer-specific-ehealth-solutions", "cancer-registry-of-norway", "home-hospital"],
  },
  // eHealth in Norway overview
  {
    document: "overview",
    section: "Key figures",
    nodes: ["norway", "norway-population", "norway-health-expenditure-gdp", "norway-municipalities-count"],
    links: [["norway", "HAS_FIGURE", "norway-population"]],
  },
  {
    document: "overview",
    section: "Health system",
    nodes: [
      "municipalities",
      "south-eastern-norway-rha",
      "norwegian-health-economics-administration",
      "nav",
      "national-insurance-scheme",
      "norwegian-institute-of-public-health",
      "national-health-registries",
    ],
  },
  {
    document: "overview",
    section: "European projects",
    nodes: ["ehealth-network", "prevent-ncd", "xt-ehr", "xpandh", "xshare", "tehdas-2"],
    links: [["norway", "LEADS", "prevent-ncd"]],
  },
  { document: "overview", section: "National citizen health data portal", nodes: ["helsenorge"] },
  {
    document: "overview",
    section: "Market access",
    nodes: ["invest-in-norway", "norwegian-medicines-agency", "eu-mdr-2017-745", "helsenettet"],
    links: [["eu-mdr-2017-745", "APPLIES_IN", "norway"]],
  },
  // Interview
  {
    document: "interview",
    section: "State Secretary and national solutions",
    nodes: ["ellen-ronning-arnesen", "helsenettet", "kjernejournal", "e-resept", "helsenorge"],
    links: [["ellen-ronning-arnesen", "HOLDS_ROLE", "ministry-of-health-and-care-services"]],
  },
  {
    document: "interview",
    section: "Plans and goals 2024–2027",
    nodes: [
      "national-health-and-collaboration-plan",
      "ventetidsloftet",
      "healthcare-goal-public-health",
      "healthcare-goal-patient-pathways",
      "healthcare-goal-attractive-workplace",
      "healthcare-goal-sustainable-resources",
      "healthcare-goal-preparedness",
    ],
  },
  {
    document: "interview",
    section: "AI at hospitals",
    nodes: [
      "radiumhospitalet",
      "vestre-viken",
      "lovisenberg-diaconal-hospital",
      "vestre-viken-ai-radiology",
      "lovisenberg-ai-surgery-scheduling",
      "radiumhospitalet-automated-ecg",
    ],
  },
  { document: "interview", section: "European Health Data Space", nodes: ["european-health-data-space"] },
  // Department of eHealth
  {
    document: "department",
    section: "Responsibilities and oversight",
    nodes: ["department-of-ehealth", "directorate-of-ehealth", "helsenettet", "norwegian-health-archives"],
    links: [["department-of-ehealth", "OVERSEES", "directorate-of-ehealth"]],
  },
  {
    document: "department",
    section: "Areas of responsibility",
    nodes: [
      "digital-interaction-in-the-healthcare-sector",
      "improved-medical-record-solutions",
      "digital-services-for-citizens-and-healthcare-personnel",
      "health-data-and-national-health-data-filing-systems",
      "digital-security-emergency-preparedness-and-privacy",
      "ict-infrastructure-and-common-components",
      "standards-terminology-and-coding-schemes",
      "international-ehealth-cooperation",
    ],
  },
  {
    document: "department",
    section: "Example services",
    nodes: [
      "helsecert",
      "helsedataservice",
      "e-resept",
      "kjernejournal",
      "european-health-data-space",
      "patient-access-to-own-records",
      "digital-dialogue",
      "digital-home-follow-up",
    ],
  },
  {
    document: "department",
    section: "Sections",
    nodes: ["section-for-ehealth-services", "section-for-analysis-and-governance"],
    links: [
      ["section-for-ehealth-services", "PART_OF", "department-of-ehealth"],
      ["section-for-analysis-and-governance", "PART_OF", "department-of-ehealth"],
    ],
  },
  // National eHealth strategy
  {
    document: "strategy",
    section: "Foreword",
    nodes: [
      "national-ehealth-strategy-2017",
      "mariann-hornnes",
      "rune-simensen",
      "national-council-for-ehealth",
    ],
    links: [["rune-simensen", "LEADS", "national-council-for-ehealth"]],
  },
  {
    document: "strategy",
    section: "Relation to other strategies and plans",
    nodes: [
      "national-health-and-hospital-plan-2020-2023",
      "one-digital-public-sector-2019-2025",
      "national-health-and-collaboration-plan",
    ],
    links: [
      [
        "national-health-and-hospital-plan-2020-2023",
        "SUCCEEDED_BY",
        "national-health-and-collaboration-plan",
      ],
    ],
  },
  {
    document: "strategy",
    section: "Digital security and digital skills",
    nodes: [
      "digital-security",
      "digital-skills",
      "national-cyber-security-strategy-for-norway",
      "digital-throughout-life",
    ],
  },
  {
    document: "strategy",
    section: "Vision, overall goals and target groups",
    nodes: [
      "national-ehealth-strategy-vision",
      "goal-1-quality-and-coherence",
      "goal-2-sustainable-sector",
      "goal-3-innovation-strength",
      "target-group-citizens",
      "target-group-healthcare-professionals",
    ],
    links: [["national-ehealth-strategy-2023", "HAS_VISION", "national-ehealth-strategy-vision"]],
  },
  {
    document: "strategy",
    section: "Strategic objectives",
    nodes: ["objective-1", "objective-2", "objective-3", "objective-4", "objective-5"],
    links: [
      ["objective-1", "DEPENDS_ON", "objective-4"],
      ["objective-3", "DEPENDS_ON", "objective-5"],
    ],
  },
  {
    document: "strategy",
    section: "The UN's Sustainable Development Goals",
    nodes: ["sdg-3", "sdg-9", "sdg-10", "sdg-12", "sdg-13", "sdg-17", "norway-sdg-action-plan"],
    links: [
      ["objective-5", "CONTRIBUTES_TO", "sdg-17"],
      ["objective-4", "CONTRIBUTES_TO", "sdg-9"],
      ["objective-3", "CONTRIBUTES_TO", "sdg-12"],
    ],
  },
  {
    document: "strategy",
    section: "Objectives 1–5: towards 2030",
    nodes: ["outcome-1-1", "outcome-1-8", "outcome-2-7", "outcome-3-5", "outcome-4-10", "outcome-5-11"],
    links: [["outcome-4-10", "OUTCOME_OF", "objective-4"]],
  },
];

function tableCounts(markdown: string, heading: string): Record<string, number> {
  const section = markdown.split(`## ${heading}`)[1]?.split("\n## ")[0] ?? "";
  const counts: Record<string, number> = {};
  for (const line of section.split("\n")) {
    const cells = line.split("|").map((cell) => cell.trim());
    if (cells.length > 3 && /^\d+$/.test(cells[2] ?? "")) counts[cells[1] ?? ""] = Number(cells[2]);
  }
  return counts;
}

describe("coverage of the source documents", () => {
  const neo4j = useSeededNeo4j();

  it.each(CHECKLIST.map((check) => [`${check.document} § ${check.section}`, check] as const))(
    "%s: every entity and link it names is in the graph",
    async (_name, check) => {
      const rows = await neo4j.run<{ id: string }>("MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id", {
        ids: check.nodes,
      });
      expect(rows.map((row) => row.id).sort()).toEqual([...check.nodes].sort());
      for (const [from, type, to] of check.links ?? []) {
        const links = await neo4j.run(
          "MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to}) WHERE type(r) = $type RETURN r.basis AS basis",
          { from, type, to },
        );
        expect(links, `${from} -[${type}]-> ${to}`).toHaveLength(1);
      }
    },
  );

  it("cites every one of the five documents", async () => {
    const rows = await neo4j.run<{ document: string }>(
      "MATCH (n:Entity) UNWIND n.sources AS source RETURN DISTINCT split(source, ' § ')[0] AS document",
    );
    const documents = rows.map((row) => row.document);
    for (const id of ["factsheet", "overview", "interview", "strategy", "department"])
      expect(documents).toContain(id);
  });

  it("holds the counts per label and relationship type that docs/model.md lists", async () => {
    const labels = await neo4j.run<{ label: string; count: number }>(
      "MATCH (n:Entity) UNWIND [l IN labels(n) WHERE l <> 'Entity'] AS label RETURN label, count(*) AS count ORDER BY label",
    );
    const types = await neo4j.run<{ type: string; count: number }>(
      "MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS type, count(*) AS count ORDER BY type",
    );
    console.log(`Nodes per label:\n${labels.map((row) => `  ${row.label}: ${row.count}`).join("\n")}`);
    console.log(`Relationships per type:\n${types.map((row) => `  ${row.type}: ${row.count}`).join("\n")}`);
    const doc = readFileSync("docs/model.md", "utf8");
    expect(Object.fromEntries(labels.map((row) => [row.label, row.count]))).toEqual(
      tableCounts(doc, "Node labels"),
    );
    expect(Object.fromEntries(types.map((row) => [row.type, row.count]))).toEqual(
      tableCounts(doc, "Relationship types"),
    );
  });
});
