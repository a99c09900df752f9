/**
 * Checklists for the governance seed modules: every id that a section of the factsheet, overview,
 * interview or department page names must exist, and (where this set of modules defines it) cite
 * that document. Plus alias resolution and one defining body per definition.
 */
import { describe, expect, it } from "vitest";
import cancer from "#seed/cancer.ts";
import country from "#seed/country.ts";
import definitions from "#seed/definitions.ts";
import { DEPARTMENT, FACTSHEET, INTERVIEW, OVERVIEW } from "#seed/documentSections.ts";
import documents from "#seed/documents.ts";
import europe from "#seed/europe.ts";
import governmentGoals from "#seed/governmentGoals.ts";
import type { SeedModule, SeedNode } from "#seed/model.ts";
import organisations from "#seed/organisations.ts";
import people from "#seed/people.ts";
import solutions from "#seed/solutions.ts";
import type { DocumentId } from "#seed/sources.ts";
import { validateSeed } from "#seed/validate.ts";

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
];
const nodes = modules.flatMap((m) => m.nodes);
const relationships = modules.flatMap((m) => m.relationships);
const nodeById = new Map(nodes.map((n) => [n.id, n]));

/**
 * Ids these modules reference but the strategy modules define (strategy.ts, objectives.ts,
 * arenas.ts). The checklists may name them; they are not expected here.
 */
const DEFINED_ELSEWHERE = new Set([
  "national-ehealth-strategy-2023",
  "national-ehealth-strategy-implementation-plan",
  "national-health-and-collaboration-plan",
  "national-health-and-hospital-plan-2020-2023",
  "national-council-for-ehealth",
  "target-group-healthcare-providers",
  "objective-1",
  "objective-2",
  "objective-3",
  "objective-4",
  "objective-5",
]);

type Checklist = Record<string, readonly string[]>;

const RHAS = ["south-eastern-norway-rha", "western-norway-rha", "central-norway-rha", "northern-norway-rha"];

const FACTSHEET_CHECKLIST: Checklist = {
  [FACTSHEET.intro]: [
    "ecan-joint-action",
    "ecan-plus-joint-action",
    "ecan-country-factsheet-norway",
    "thomas-rannstad-haugen",
    "bjornar-alexander-andreassen",
    "jan-egil-nordvik",
    "directorate-of-health",
    "european-health-data-space",
    "ehealth-in-cancer-care",
  ],
  [FACTSHEET.definitions]: [
    "ehealth",
    "mhealth",
    "dhealth",
    "digital-health-who",
    "telehealth",
    "telemedicine",
    "teleconsultation",
    "health-app",
    "who",
    "who-global-observatory-for-ehealth",
    "european-union",
    "european-commission",
    "paho",
    "essen-et-al-2022",
  ],
  [FACTSHEET.govMinistry]: [
    "directorate-of-health",
    "ministry-of-health-and-care-services",
    "national-ehealth-coordination",
  ],
  [FACTSHEET.govDepartment]: ["department-of-ehealth", "ministry-of-health-and-care-services"],
  [FACTSHEET.govBoard]: ["national-council-for-ehealth"],
  [FACTSHEET.govAgency]: ["helsenorge"],
  [FACTSHEET.govOutpatient]: ["ehealth-reimbursement"],
  [FACTSHEET.govInpatient]: [
    "ehealth-reimbursement",
    "telemedical-consultations",
    "safety-alarms",
    "digital-home-follow-up",
  ],
  [FACTSHEET.govCancerCentre]: [
    "oslo-university-hospital",
    "ous-comprehensive-cancer-centre",
    "municipalities",
  ],
  [FACTSHEET.stratNational]: ["national-ehealth-strategy-2023"],
  [FACTSHEET.stratStakeholders]: ["national-council-for-ehealth", "regional-health-authority-strategies"],
  [FACTSHEET.stratRegional]: [
    ...RHAS,
    "regional-health-authority-strategies",
    "national-health-and-hospital-plan-2020-2023",
    "annual-assignment-documents",
  ],
  [FACTSHEET.stratCancer]: [
    "national-cancer-strategy-2025-2035",
    "generic-ehealth-solutions",
    "ous-regional-cancer-strategy",
    "home-hospital",
    "digital-home-follow-up",
  ],
  [FACTSHEET.stratCancerPlan]: ["national-cancer-strategy-2025-2035", "ehealth-in-cancer-care"],
  [FACTSHEET.stratBeatingCancer]: [
    "eu-beating-cancer-plan",
    "eu-cancer-mission",
    "national-cancer-strategy-2025-2035",
  ],
  [FACTSHEET.stratIndicators]: [
    "national-health-registries",
    "results-based-financing",
    "ehealth-in-cancer-care",
  ],
  [FACTSHEET.stratOtherInitiatives]: ["cancer-ehealth-initiatives"],
  [FACTSHEET.lawGeneral]: ["ehealth-relevant-legislation"],
  [FACTSHEET.lawTelemedicine]: ["ehealth-relevant-legislation"],
  [FACTSHEET.lawCancerPrevention]: [
    "tobacco-control-act",
    "alcohol-act",
    "cancer-prevention",
    "cancer-registry-of-norway",
  ],
  [FACTSHEET.lawCancerCare]: ["public-health-act", "tobacco-control-act", "alcohol-act", "cancer-prevention"],
  [FACTSHEET.solutionsTable5]: ["cancer-specific-ehealth-solutions"],
  [FACTSHEET.solutionsTable6]: [
    "cancer-specific-ehealth-solutions",
    "norwegian-medical-products-agency",
    "ce-marking-of-medical-devices",
  ],
};

const OVERVIEW_CHECKLIST: Checklist = {
  [OVERVIEW.keyFigures]: [
    "norway",
    "norway-population",
    "norway-health-expenditure-gdp",
    "norway-municipalities-count",
    "municipalities",
  ],
  [OVERVIEW.healthSystem]: [
    ...RHAS,
    "norway-regional-health-authorities-count",
    "specialised-health-care",
    "primary-care",
    "municipalities",
    "national-insurance-scheme",
    "nav",
    "norwegian-health-economics-administration",
    "norwegian-institute-of-public-health",
    "national-health-registries",
  ],
  [OVERVIEW.europe]: [
    "norway",
    "ehealth-network",
    "prevent-ncd",
    "xt-ehr",
    "xpandh",
    "xshare",
    "tehdas-2",
    "european-union",
  ],
  [OVERVIEW.portal]: ["helsenorge"],
  [OVERVIEW.investInNorway]: ["invest-in-norway"],
  [OVERVIEW.classification]: ["norwegian-medicines-agency", "ce-marking-of-medical-devices"],
  [OVERVIEW.conformity]: [
    "norwegian-medicines-agency",
    "ce-marking-of-medical-devices",
    "eu-mdr-2017-745",
    "european-economic-area",
  ],
  [OVERVIEW.network]: ["helsenettet"],
};

const INTERVIEW_CHECKLIST: Checklist = {
  [INTERVIEW.intro]: ["ellen-ronning-arnesen", "ministry-of-health-and-care-services"],
  [INTERVIEW.transformation]: ["electronic-messaging", "national-health-and-collaboration-plan"],
  [INTERVIEW.solutions]: [
    "ministry-of-health-and-care-services",
    "helsenettet",
    "kjernejournal",
    "e-resept",
    "helsenorge",
    "patient-access-to-own-records",
    "digital-dialogue",
    "municipal-digital-adoption",
    "health-data-access-for-research",
    "confidentiality-provisions",
    "health-research-act",
  ],
  [INTERVIEW.waitingTimes]: [
    "the-government",
    "ventetidsloftet",
    "waiting-times",
    "radiumhospitalet",
    "radiumhospitalet-automated-ecg",
    "electronic-patient-records",
  ],
  [INTERVIEW.vision]: [
    "the-government",
    "oecd-ehealth-strategies-study",
    "national-ehealth-strategy-2023",
    "national-ehealth-strategy-implementation-plan",
  ],
  [INTERVIEW.ai]: [
    "vestre-viken",
    "vestre-viken-ai-radiology",
    "lovisenberg-diaconal-hospital",
    "lovisenberg-ai-surgery-scheduling",
    "lovisenberg-surgery-waitlist-reduction",
    "ai-clinical-documentation",
    "ai-emergency-triage",
    "the-government",
    "healthcare-goal-public-health",
    "healthcare-goal-patient-pathways",
    "healthcare-goal-attractive-workplace",
    "healthcare-goal-sustainable-resources",
    "healthcare-goal-preparedness",
    "european-health-data-space",
    "ehds-regulation",
  ],
};

const DEPARTMENT_CHECKLIST: Checklist = {
  [DEPARTMENT.intro]: [
    "department-of-ehealth",
    "coordination-of-healthcare-digitalisation",
    "ehealth-governance-guidelines",
    "electronic-patient-records",
    "directorate-of-ehealth",
    "helsenettet",
    "norwegian-health-archives",
    "national-ehealth-coordination",
  ],
  [DEPARTMENT.areas]: [
    "digital-interaction-in-the-healthcare-sector",
    "improved-medical-record-solutions",
    "digital-services-for-citizens-and-healthcare-personnel",
    "health-data-and-national-health-data-filing-systems",
    "digital-security-emergency-preparedness-and-privacy",
    "ict-infrastructure-and-common-components",
    "standards-terminology-and-coding-schemes",
    "oversight-of-ehealth-bodies",
    "international-ehealth-cooperation",
  ],
  [DEPARTMENT.services]: [
    "digital-citizen-services",
    "digital-dialogue",
    "patient-access-to-own-records",
    "digital-home-follow-up",
    "e-resept",
    "kjernejournal",
    "helsecert",
    "european-health-data-space",
    "helsedataservice",
  ],
  [DEPARTMENT.sections]: [
    "section-for-ehealth-services",
    "section-for-analysis-and-governance",
    "financial-affairs",
  ],
};

const CHECKLISTS: readonly (readonly [DocumentId, Checklist])[] = [
  ["factsheet", FACTSHEET_CHECKLIST],
  ["overview", OVERVIEW_CHECKLIST],
  ["interview", INTERVIEW_CHECKLIST],
  ["department", DEPARTMENT_CHECKLIST],
];

function citesDocument(node: SeedNode, document: DocumentId): boolean {
  return node.sources.some((s) => s.document === document);
}

/** Case-insensitive: every node whose name, Norwegian name or an alias is exactly `term`. */
function resolve(term: string): string[] {
  const wanted = term.toLowerCase();
  return nodes
    .filter((n) => [n.name, n.nameNo ?? "", ...(n.aliases ?? [])].some((x) => x.toLowerCase() === wanted))
    .map((n) => n.id);
}

describe("governance seed: section checklists", () => {
  for (const [document, checklist] of CHECKLISTS) {
    for (const [section, ids] of Object.entries(checklist)) {
      it(`${document} § ${section}: every named entity exists and cites the ${document}`, () => {
        for (const id of ids) {
          if (DEFINED_ELSEWHERE.has(id)) {
            expect(nodeById.has(id), `${id} is left to the strategy modules`).toBe(false);
            continue;
          }
          const node = nodeById.get(id);
          expect(node, `${document} § ${section} names "${id}"`).toBeDefined();
          expect(citesDocument(node!, document), `"${id}" cites document "${document}"`).toBe(true);
        }
      });
    }
  }

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
      nodes: [...DEFINED_ELSEWHERE].map((id) => ({
        id,
        label: "Objective",
        name: id,
        description: "stub",
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
          nodeById.has(end) || DEFINED_ELSEWHERE.has(end),
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
    expect(byFrom.get("directorate-of-ehealth")!.sources.some((s) => s.document === "department")).toBe(true);
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
