/**
 * Synthetic seed data for scale benchmarks: the real seed plus (scale − 1) made-up countries,
 * each shaped like Norway's part of the graph (a ministry with a department, sections,
 * directorates, agencies, regional health authorities with hospitals, solutions, a strategy
 * with objectives and outcomes, figures, people …) so that 1× is the real seed and N× is about
 * N times its 222 nodes / 397 relationships. Countries share only what real countries would
 * share: the SDG nodes (objectives contribute to the real `sdg-*` ids) and the WHO.
 * Deterministic: the same scale always gives the same data.
 */
import { publicSource } from "#model/citations.ts";
import type { NodeLabel, RelationshipType, SeedModule, SeedNode, SeedRelationship } from "#model/model.ts";
import { strengthOf } from "#model/strengths.ts";
import { SEED_MODULES } from "#seed/modules.ts";

/** The largest scale the name generator has unique country names for. */
export const MAX_SCALE = 401;

const SOURCE = publicSource(
  "Synthetic benchmark data (bench/syntheticSeed.ts)",
  "https://example.org/synthetic-benchmark-data",
  "Generated country",
);

const NAME_HEADS = [
  "Ar",
  "Bel",
  "Cor",
  "Dal",
  "El",
  "Fen",
  "Gal",
  "Hal",
  "Is",
  "Jor",
  "Kal",
  "Lun",
  "Mar",
  "Nor",
  "Os",
  "Val",
  "Ves",
  "Tor",
  "Sol",
  "Ryn",
];
const NAME_TAILS = [
  "vland",
  "mark",
  "dria",
  "heim",
  "stad",
  "ovia",
  "gard",
  "nesia",
  "mora",
  "land",
  "vik",
  "berg",
  "ania",
  "sund",
  "lia",
  "dal",
  "tania",
  "fjord",
  "ora",
  "nia",
];

/** A country name unique for each index ≥ 2 (Norway, index 1, is the real seed). */
export function countryName(index: number): string {
  const n = index - 2;
  const head = NAME_HEADS[n % NAME_HEADS.length] as string;
  const tail = NAME_TAILS[Math.floor(n / NAME_HEADS.length) % NAME_TAILS.length] as string;
  return `${head}${tail}`;
}

/** The SDGs the real seed has nodes for; synthetic objectives contribute to these. */
const SDG_IDS = ["sdg-3", "sdg-9", "sdg-10", "sdg-12", "sdg-13", "sdg-17"] as const;
/** Wordings that give each strength level in turn (see model/strengths.ts). */
const WORDING_CYCLE = ["key", "contribute most directly", "will also contribute"] as const;

const REGIONS = ["North", "South-East", "West", "Central"] as const;
const AGENCIES = [
  ["health-network", "Health Network", "Helsenett"],
  ["institute-of-public-health", "Institute of Public Health", "Folkehelseinstituttet"],
  ["medical-products-agency", "Medical Products Agency", "Legemiddelverket"],
  ["health-archives", "Health Archives", "Helsearkivet"],
] as const;
const SOLUTIONS = [
  [
    "helse-portal",
    "Helse portal",
    "The national citizens' health portal: journal access, appointments and messages.",
  ],
  [
    "summary-care-record",
    "Summary care record (kjernejournal)",
    "Core health journal with critical information shared across care levels.",
  ],
  ["e-prescription", "e-Prescription (e-resept)", "Electronic prescriptions from prescriber to pharmacy."],
  ["helse-network", "Helse network", "The secure network connecting health and care services."],
  [
    "patient-journal",
    "Patient journal portal",
    "Citizens read their own hospital journal through the portal.",
  ],
  [
    "professional-portal",
    "Health professional portal",
    "A portal where health personnel look up journal data and guidance.",
  ],
  [
    "vaccine-registry",
    "Vaccine registry",
    "The national immunisation registry, with helse data for public health.",
  ],
  [
    "video-consultation",
    "Video consultation service",
    "Remote consultations between patients and their general practitioner.",
  ],
  ["message-exchange", "Helse message exchange", "Standardised electronic messages between journal systems."],
  [
    "health-data-portal",
    "Health data portal (helsedata)",
    "One portal for applying for access to helse registry data.",
  ],
  [
    "digital-home-follow-up",
    "Digital home follow-up",
    "Remote monitoring of chronic patients at home, linked to the journal.",
  ],
  [
    "cancer-pathway-tracker",
    "Cancer pathway tracker",
    "Tracks cancer patient pathways across hospitals and the helse portal.",
  ],
] as const;
const OBJECTIVES = [
  [
    "Digital services for citizens",
    "Citizens use digital helse services and the portal as the first choice.",
  ],
  [
    "Sharing journal information",
    "Health personnel have the journal information they need, where they need it.",
  ],
  ["Health data for research", "Helse data is available for quality improvement, research and innovation."],
  ["Common infrastructure", "Common national infrastructure and components that journal systems build on."],
  ["Digital security and trust", "Citizens trust that their helse information is kept secure."],
] as const;
const OBJECTIVE_SDGS: readonly (readonly (typeof SDG_IDS)[number][])[] = [
  ["sdg-3", "sdg-10"],
  ["sdg-3", "sdg-9"],
  ["sdg-3", "sdg-9", "sdg-17"],
  ["sdg-9", "sdg-12", "sdg-13"],
  ["sdg-3", "sdg-17"],
];
const TOPIC_WORDS = [
  "Interoperability",
  "Cancer care",
  "Telemedicine",
  "Patient safety",
  "Primary care",
  "Elderly care",
  "Mental health",
  "Medical devices",
  "Artificial intelligence",
  "Cloud services",
  "Data protection",
  "Terminology",
  "Registries",
  "Pharmacy",
  "Welfare technology",
  "Cybersecurity",
  "Workforce skills",
  "Procurement",
  "Citizen engagement",
] as const;
const AREA_WORDS = [
  "Digital interaction",
  "Journal solutions",
  "Citizen services",
  "Health data",
  "Security and privacy",
  "ICT infrastructure",
  "Standards",
  "Agency oversight",
  "Funding models",
  "E-prescription",
  "Registries",
  "Portal content",
  "Research access",
  "Emergency preparedness",
  "International cooperation",
  "Legal framework",
] as const;
const FIRST_NAMES = [
  "Ingrid",
  "Lars",
  "Sofie",
  "Erik",
  "Maja",
  "Jonas",
  "Nora",
  "Henrik",
  "Ida",
  "Magnus",
  "Emma",
  "Ola",
] as const;
const LAST_NAMES = [
  "Berg",
  "Dahl",
  "Lund",
  "Strand",
  "Haugen",
  "Moen",
  "Bakke",
  "Lie",
  "Vik",
  "Holm",
  "Eide",
  "Sand",
] as const;

class CountryBuilder {
  readonly nodes: SeedNode[] = [];
  readonly relationships: SeedRelationship[] = [];
  constructor(
    readonly prefix: string,
    readonly country: string,
  ) {}

  id(slug: string): string {
    return `${this.prefix}-${slug}`;
  }

  node(
    label: NodeLabel,
    slug: string,
    name: string,
    description: string,
    extra: Partial<Pick<SeedNode, "nameNo" | "aliases" | "properties">> = {},
  ): string {
    const id = this.id(slug);
    // Every node needs a Norwegian description too; one of about the same length keeps the scale honest.
    const descriptionNo = `Syntetisk beskrivelse: ${description}`;
    this.nodes.push({ id, label, name, description, descriptionNo, sources: [SOURCE], ...extra });
    return id;
  }

  rel(from: string, type: RelationshipType, to: string, extra: Partial<SeedRelationship> = {}): void {
    // An inferred link needs a reason (seed/validate.ts); one per link keeps the text volume honest.
    this.relationships.push({
      from,
      type,
      to,
      basis: "inferred",
      sources: [SOURCE],
      reason: `Synthetic reason: ${from} ${type.toLowerCase()} ${to}.`,
      reasonNo: `Syntetisk begrunnelse: ${from} ${type.toLowerCase()} ${to}.`,
      ...extra,
    });
  }
}

/** One synthetic country: about 222 nodes and 397 relationships, like the real seed. */
export function syntheticCountry(index: number): SeedModule {
  const name = countryName(index);
  const b = new CountryBuilder(`c${index}`, name);
  const at = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

  const country = b.node(
    "Country",
    "country",
    name,
    `${name}, a synthetic country with a national helse system.`,
  );
  b.rel(country, "MEMBER_OF", "who");

  // Governance: ministries, the department and its sections, directorates, agencies, regions.
  const ministry = b.node(
    "Ministry",
    "ministry-of-health",
    `Ministry of Health and Care Services of ${name}`,
    `The ministry responsible for helse and care services in ${name}.`,
    { nameNo: `${name} helse- og omsorgsdepartement` },
  );
  const otherMinistries = ["digitalisation", "education", "finance"].map((slug) =>
    b.node(
      "Ministry",
      `ministry-of-${slug}`,
      `Ministry of ${slug[0]?.toUpperCase()}${slug.slice(1)} of ${name}`,
      `A ${name} ministry whose work touches eHealth.`,
    ),
  );
  const department = b.node(
    "Department",
    "department-of-ehealth",
    `${name} Department of eHealth`,
    `The department in the ${name} ministry that steers helse digitalisation.`,
  );
  b.rel(department, "PART_OF", ministry);
  const sections = ["ehealth-policy", "health-data"].map((slug, i) => {
    const id = b.node(
      "Section",
      `section-${slug}`,
      `${name} Section for ${i === 0 ? "eHealth policy" : "health data"}`,
      `A section of the ${name} Department of eHealth.`,
    );
    b.rel(id, "PART_OF", department);
    return id;
  });
  const directorates = [
    ["directorate-of-health", `${name} Directorate of Health`, `${name} helsedirektorat`],
    ["directorate-of-ehealth", `${name} Directorate of eHealth`, `${name} direktorat for e-helse`],
  ].map(([slug, en, no]) => {
    const id = b.node(
      "Directorate",
      slug as string,
      en as string,
      `A ${name} directorate for helse and eHealth.`,
      { nameNo: no as string },
    );
    b.rel(ministry, "OVERSEES", id);
    return id;
  });
  const agencies = AGENCIES.map(([slug, en, no]) => {
    const id = b.node("Agency", slug, `${name} ${en}`, `A ${name} state agency (${no}).`, {
      nameNo: `${name} ${no}`,
    });
    b.rel(ministry, "OVERSEES", id);
    return id;
  });
  const hospitals: string[] = [];
  const regions = REGIONS.map((region) => {
    const slug = region.toLowerCase();
    const rha = b.node(
      "RegionalHealthAuthority",
      `rha-${slug}`,
      `${name} ${region} Regional Health Authority`,
      `Runs specialist helse care in the ${region.toLowerCase()} of ${name}.`,
      { nameNo: `Helse ${region} ${name}` },
    );
    b.rel(ministry, "OWNS", rha);
    for (let h = 1; h <= 3; h++) {
      const hospital = b.node(
        "Hospital",
        `hospital-${slug}-${h}`,
        `${name} ${region} Hospital ${h}`,
        `A hospital trust in ${name}'s ${region} region with its own journal system.`,
      );
      b.rel(hospital, "PART_OF", rha);
      b.rel(rha, "OWNS", hospital);
      hospitals.push(hospital);
    }
    return rha;
  });
  const municipalities = b.node(
    "MunicipalityGroup",
    "municipalities",
    `Municipalities of ${name}`,
    `The local governments of ${name}, responsible for primary helse care.`,
  );
  const parliament = b.node(
    "Parliament",
    "parliament",
    `Parliament of ${name}`,
    `The legislature of ${name}.`,
  );
  const association = b.node(
    "Association",
    "association-of-local-authorities",
    `${name} Association of Local Authorities`,
    `Speaks for ${name}'s municipalities.`,
  );
  const councils = [
    "national-ehealth-board",
    "priority-council",
    "architecture-council",
    "data-council",
    "security-forum",
  ].map((slug) =>
    b.node(
      "Council",
      slug,
      `${name} ${slug.replaceAll("-", " ")}`,
      `A ${name} council advising on helse digitalisation.`,
    ),
  );
  const located = [
    ministry,
    ...otherMinistries,
    department,
    ...directorates,
    ...agencies,
    ...regions,
    ...hospitals,
    municipalities,
    parliament,
    association,
    ...councils,
  ];
  for (const org of located) b.rel(org, "LOCATED_IN", country);

  // Strategy: objectives, outcomes, their SDGs; vision and goals.
  const strategy = b.node(
    "Strategy",
    "national-ehealth-strategy",
    `${name} national eHealth strategy 2024–2030`,
    `${name}'s strategy for helse digitalisation: portal, journal and data.`,
    { properties: { period: "2024–2030" } },
  );
  b.rel(directorates[1] as string, "PUBLISHED", strategy);
  const vision = b.node(
    "Vision",
    "vision",
    `${name} eHealth vision`,
    `Digital helse services for everyone in ${name}.`,
  );
  b.rel(strategy, "HAS_VISION", vision);
  const goals = [1, 2, 3].map((g) => {
    const id = b.node(
      "Goal",
      `goal-${g}`,
      `${name} eHealth goal ${g}`,
      `Overall goal ${g} of the ${name} strategy.`,
    );
    b.rel(strategy, "HAS_GOAL", id);
    return id;
  });
  const objectives = OBJECTIVES.map(([title, description], i) => {
    const id = b.node("Objective", `objective-${i + 1}`, `${name} objective ${i + 1}: ${title}`, description);
    b.rel(strategy, "HAS_OBJECTIVE", id);
    b.rel(id, "CONTRIBUTES_TO", at(goals, i));
    for (const [k, sdg] of (OBJECTIVE_SDGS[i] ?? []).entries()) {
      b.rel(id, "CONTRIBUTES_TO", sdg, {
        wording: at(WORDING_CYCLE, k),
        strength: strengthOf(at(WORDING_CYCLE, k)),
        reason: `${name}'s objective ${i + 1} (${title.toLowerCase()}) serves ${sdg.toUpperCase()}.`,
        reasonNo: `Syntetisk begrunnelse: mål ${i + 1} i ${name} (${title.toLowerCase()}) tjener ${sdg.toUpperCase()}.`,
      });
    }
    for (let o = 1; o <= 8; o++) {
      const outcome = b.node(
        "Outcome",
        `objective-${i + 1}-outcome-${o}`,
        `${name} outcome ${i + 1}.${o}: ${title.toLowerCase()}`,
        `Expected result ${o} of ${name}'s objective ${i + 1}.`,
      );
      b.rel(outcome, "OUTCOME_OF", id);
    }
    return id;
  });
  for (const [from, to] of [
    [1, 3],
    [2, 3],
    [0, 3],
    [4, 3],
    [2, 1],
    [0, 1],
  ] as const) {
    b.rel(objectives[from] as string, "DEPENDS_ON", objectives[to] as string);
  }

  // Solutions, run by agencies and managed by directorates, supporting objectives.
  const solutions = SOLUTIONS.map(([slug, title, description], i) => {
    const id = b.node("Solution", slug, `${name} ${title}`, `${description} (${name})`, {
      aliases: [`${name} ${slug.replaceAll("-", " ")}`],
    });
    b.rel(at(agencies, i), "RUNS", id);
    if (i % 2 === 0) b.rel(at(directorates, i / 2), "MANAGES", id);
    b.rel(id, "SUPPORTS", at(objectives, i));
    b.rel(id, "SUPPORTS", at(objectives, i + 2));
    return id;
  });

  // Documents around the strategy.
  const others = [...REGIONS, ...REGIONS].map((region, i) => {
    const id = b.node(
      "Strategy",
      `strategy-${i + 1}`,
      `${name} ${region} ${i < 4 ? "digital" : "cancer"} strategy`,
      `A regional strategy in ${name}.`,
    );
    b.rel(at(regions, i), "PUBLISHED", id);
    return id;
  });
  const plans = [1, 2, 3, 4, 5, 6, 7].map((p) => {
    const id = b.node(
      "Plan",
      `plan-${p}`,
      `${name} eHealth action plan ${2023 + p}`,
      `Yearly plan for the helse portal and journal programmes in ${name}.`,
      { properties: { period: String(2023 + p) } },
    );
    b.rel(ministry, "PUBLISHED", id);
    return id;
  });
  const reports = [1, 2, 3, 4, 5, 6, 7].map((r) => {
    const id = b.node(
      "Report",
      `report-${r}`,
      `${name} eHealth status report ${2018 + r}`,
      `Status of helse digitalisation in ${name}.`,
    );
    b.rel(at(directorates, r), "PUBLISHED", id);
    return id;
  });
  const laws = [1, 2, 3, 4, 5, 6, 7].map((l) => {
    const id = b.node(
      "Law",
      `law-${l}`,
      `${name} health act ${l}`,
      `A ${name} law on helse records, journal access or data.`,
    );
    b.rel(parliament, "PUBLISHED", id);
    b.rel(id, "APPLIES_IN", country);
    return id;
  });
  const healthcareGoals = [1, 2, 3, 4, 5].map((g) => {
    const id = b.node(
      "HealthcareGoal",
      `healthcare-goal-${g}`,
      `${name} healthcare goal ${g}`,
      `A goal for the ${name} helse service.`,
    );
    b.rel(at(plans, g), "HAS_GOAL", id);
    return id;
  });
  const targetGroups = [
    "citizens",
    "patients",
    "health-personnel",
    "municipalities",
    "hospitals",
    "researchers",
    "industry",
    "pharmacies",
    "next-of-kin",
  ].map((slug) => {
    const id = b.node(
      "TargetGroup",
      `target-${slug}`,
      `${name} ${slug.replaceAll("-", " ")}`,
      `A target group of the ${name} strategy.`,
    );
    b.rel(strategy, "TARGETS", id);
    return id;
  });
  const topics = TOPIC_WORDS.map((word, i) =>
    b.node("Topic", `topic-${i + 1}`, `${word} in ${name}`, `${word}: a topic in ${name}'s helse policy.`),
  );
  const areas = AREA_WORDS.map((word, i) => {
    const id = b.node(
      "ResponsibilityArea",
      `area-${i + 1}`,
      `${word} (${name})`,
      `An area the ${name} Department of eHealth is responsible for.`,
    );
    b.rel(department, "RESPONSIBLE_FOR", id);
    return id;
  });
  const projects = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((p) => {
    const id = b.node(
      "Project",
      `project-${p}`,
      `${name} journal project ${p}`,
      `A ${name} project on journal and portal services.`,
    );
    b.rel(at(agencies, p), "PARTICIPATES_IN", id);
    return id;
  });
  const definitions = [
    "ehealth",
    "health-data",
    "interoperability",
    "journal",
    "portal",
    "telemedicine",
    "welfare-technology",
    "registry",
  ].map((slug) => {
    const id = b.node(
      "Definition",
      `definition-${slug}`,
      `${slug.replaceAll("-", " ")} (as defined in ${name})`,
      `How ${name} defines ${slug.replaceAll("-", " ")}.`,
    );
    b.rel(directorates[0] as string, "DEFINES", id);
    return id;
  });
  const useCases = [1, 2, 3, 4, 5].map((u) =>
    b.node(
      "UseCase",
      `use-case-${u}`,
      `${name} use case ${u}`,
      `A ${name} helse use case for the portal and journal.`,
    ),
  );
  for (let f = 1; f <= 10; f++) {
    const id = b.node("Figure", `figure-${f}`, `${name} figure ${f}`, `A statistic about helse in ${name}.`, {
      properties: { value: f * 1000, unit: "people", year: 2024 },
    });
    b.rel(f <= 4 ? country : at(useCases, f), "HAS_FIGURE", id);
  }
  const people = FIRST_NAMES.map((first, i) => {
    const id = b.node(
      "Person",
      `person-${i + 1}`,
      `${first} ${at(LAST_NAMES, i + index)}`,
      `A person in ${name}'s helse administration.`,
    );
    b.rel(id, "HOLDS_ROLE", at(located, i), { properties: { role: "Director", asOf: "2025" } });
    return id;
  });

  // The rest of the web: who addresses, uses, regulates, advises, leads what.
  topics.forEach((topic, i) => {
    if (i < 8) b.rel(strategy, "ADDRESSES", topic);
    else if (i < 14) b.rel(at(plans, i), "ADDRESSES", topic);
    else b.rel(at(solutions, i), "ADDRESSES", topic);
  });
  for (let i = 0; i < 8; i++) b.rel(at(agencies, i), "RESPONSIBLE_FOR", at(topics, i + 3));
  for (let i = 0; i < 12; i++) b.rel(at(sections, i), "WORKS_ON", i < 8 ? at(solutions, i) : at(projects, i));
  for (let i = 0; i < 6; i++) b.rel(at(located, i + 1), "MEMBER_OF", at(councils, i));
  for (let i = 0; i < 3; i++) b.rel(at(people, i), "LEADS", at(councils, i));
  for (const council of councils) b.rel(council, "ADVISES", ministry);
  laws.forEach((law, i) => {
    b.rel(law, "REGULATES", i < 4 ? at(solutions, i) : at(topics, i));
  });
  hospitals.forEach((hospital, i) => {
    b.rel(hospital, "USES", i < 7 ? at(solutions, i) : at(useCases, i));
  });
  b.rel(at(plans, 0), "REPLACED_BY", at(plans, 1));
  b.rel(at(plans, 1), "REPLACED_BY", at(plans, 2));
  for (let i = 0; i < 8; i++) b.rel(at(others, i), "ALIGNED_WITH", strategy);
  for (let i = 0; i < 4; i++) b.rel(at(plans, i + 3), "ALIGNED_WITH", strategy);
  b.rel(strategy, "IMPLEMENTED_BY", at(plans, 6));
  b.rel(ministry, "GOVERNS", at(solutions, 0));
  b.rel(department, "GOVERNS", at(solutions, 1));
  b.rel(at(councils, 0), "GOVERNS", at(solutions, 2));
  b.rel(department, "COORDINATES", at(topics, 0));
  b.rel(municipalities, "COORDINATES", at(topics, 4));
  b.rel(ministry, "FINANCES", at(solutions, 0));
  b.rel(ministry, "FINANCES", at(regions, 0));
  b.rel(association, "FINANCES", at(projects, 0));
  for (let i = 0; i < 15; i++) {
    b.rel(
      at([...reports, ...definitions, ...targetGroups, ...areas], i),
      "RELATED_TO",
      at([...solutions, ...topics, ...healthcareGoals], i + 1),
    );
  }

  return { module: `bench/syntheticSeed.ts (${name})`, nodes: b.nodes, relationships: b.relationships };
}

/** The real seed plus (scale − 1) synthetic countries. */
export function syntheticSeed(scale: number): SeedModule[] {
  if (!Number.isInteger(scale) || scale < 1 || scale > MAX_SCALE) {
    throw new RangeError(`scale must be an integer from 1 to ${MAX_SCALE}, got ${scale}`);
  }
  const modules = [...SEED_MODULES];
  for (let index = 2; index <= scale; index++) modules.push(syntheticCountry(index));
  return modules;
}
