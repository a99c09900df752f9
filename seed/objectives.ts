/**
 * The strategy's five strategic objectives, every "Towards 2030, we shall achieve" outcome under
 * each of them, the dependencies between objectives exactly as the strategy states them, and the
 * objectives' contribution to the overall goals and the vision.
 * Source: document "strategy".
 */

import { cite, inferred, publicSource, stated } from "#model/citations.ts";
import type { SeedModule, SeedNode, SeedRelationship, SourceRef } from "#model/model.ts";
import { OBJECTIVE_HEADINGS, type ObjectiveId, STRATEGY } from "./documentSections.ts";

const src = (section: string): SourceRef => cite("strategy", section);

export { OBJECTIVE_HEADINGS, type ObjectiveId };

const body = (id: ObjectiveId) => src(OBJECTIVE_HEADINGS[id]);
const towards2030 = (id: ObjectiveId) => src(`${OBJECTIVE_HEADINGS[id]} — Towards 2030`);
const overview = (id: ObjectiveId) => src(`${STRATEGY.strategicObjectives} — ${OBJECTIVE_HEADINGS[id]}`);
const STRATEGIC_OBJECTIVES = src(STRATEGY.strategicObjectives);
/** Where the EHDS regulation sets up the EU's cross-border exchange of patient data. */
const EHDS_CROSS_BORDER_INFRASTRUCTURE = publicSource(
  "Regulation (EU) 2025/327 on the European Health Data Space (EUR-Lex)",
  "https://eur-lex.europa.eu/eli/reg/2025/327/oj",
  "Chapter II (primary use): the cross-border infrastructure MyHealth@EU",
);
const SUMMARY_OBJECTIVES = src(STRATEGY.summaryObjectives);
const CONTENTS = src(STRATEGY.contents);

interface ObjectiveSpec {
  id: ObjectiveId;
  number: number;
  nameNo: string;
  aliases: string[];
  description: string;
  inTableOfContents: boolean;
}

const OBJECTIVES: ObjectiveSpec[] = [
  {
    id: "objective-1",
    number: 1,
    nameNo: "Mål 1: Aktiv medvirkning i egen og næres helse",
    aliases: [
      "Active participation in own and close one's health",
      "Active participation",
      "Strategic objective 1",
    ],
    description:
      "Digital services should let citizens take part easily in preventing, treating and following up their own and their relatives' health, with the how, when and where of care fitted more closely to each person, making better use of skills and capacity.",
    inTableOfContents: true,
  },
  {
    id: "objective-2",
    number: 2,
    nameNo: "Mål 2: Enklere arbeidshverdag",
    aliases: [
      "Easier working day",
      "Easier working day for healthcare professionals",
      "Strategic objective 2",
    ],
    description:
      "Healthcare professionals should get user-friendly digital tools with solid decision support and help with administration, improving patient safety, reducing unwarranted variation and making jobs in the sector more attractive.",
    inTableOfContents: true,
  },
  {
    id: "objective-3",
    number: 3,
    nameNo: "Mål 3: Helsedata til fornying og forbedring",
    aliases: [
      "Health data for renewal and improvement",
      "Health data for modernisation and improvement",
      "Strategic objective 3",
    ],
    description:
      "Services, professionals and health authorities should increasingly base decisions on data, giving better use of resources, higher quality, innovation, research, health surveillance, preparedness and public health.",
    inTableOfContents: true,
  },
  {
    id: "objective-4",
    number: 4,
    nameNo: "Mål 4: Tilgjengelig informasjon og styrket samhandling",
    aliases: ["Available information and strengthened collaboration", "Strategic objective 4"],
    description:
      "Better information management, more standardisation and stronger digital collaboration should keep health information secure and at hand when needed, enabling more active citizens, better care and better analysis. Its heading is absent from the strategy's table of contents although the body covers it in full.",
    inTableOfContents: false,
  },
  {
    id: "objective-5",
    number: 5,
    nameNo: "Mål 5: Samarbeid og virkemidler som styrker gjennomføringskraft",
    aliases: ["Cooperation and instruments that strengthen implementation", "Strategic objective 5"],
    description:
      "Closer cooperation and better financial and legal instruments should raise the sector's ability to deliver eHealth, producing coordinated, comprehensive development and sustainable, high-quality services.",
    inTableOfContents: true,
  },
];

const objectiveNodes: SeedNode[] = OBJECTIVES.map((o) => ({
  id: o.id,
  label: "Objective",
  name: OBJECTIVE_HEADINGS[o.id],
  nameNo: o.nameNo,
  aliases: o.aliases,
  description: o.description,
  sources: [body(o.id), overview(o.id), SUMMARY_OBJECTIVES, ...(o.inTableOfContents ? [] : [CONTENTS])],
  properties: { number: o.number, inTableOfContents: o.inTableOfContents },
}));

/**
 * [name, nameNo, description] per outcome, in the order of the bullets under "Towards 2030". The
 * names are our short forms of the bullets, so each Norwegian name is our rendering too.
 */
const OUTCOMES: Record<ObjectiveId, [name: string, nameNo: string, description: string][]> = {
  "objective-1": [
    [
      "Digital tools and self-service for citizens",
      "Digitale verktøy og selvbetjening for innbyggere",
      "Citizens get simple, user-friendly digital tools, self-service and tailored information so they can act and choose well for their own and relatives' health.",
    ],
    [
      "Easy, secure access to own and close ones' health information",
      "Enkel og sikker tilgang til egne og næres helseopplysninger",
      "People and their relatives can reach their health information easily and securely, presented understandably so that health literacy grows.",
    ],
    [
      "Simple digital consent and powers of attorney",
      "Enkle digitale samtykker og fullmakter",
      "Citizens and those close to them can grant consent and powers of attorney without difficulty.",
    ],
    [
      "Tools for shared decision-making",
      "Verktøy for samvalg",
      "Patients and clinicians have tools that let citizens take part in decisions about their own treatment together with professionals.",
    ],
    [
      "Easy communication, self-reporting and self-monitoring",
      "Enkel kommunikasjon, egenrapportering og egenmåling",
      "Services make it easy for citizens and professionals to communicate and make self-reporting and self-monitoring more efficient.",
    ],
    [
      "Care adapted in time and place, more of it at home",
      "Helsehjelp tilpasset tid og sted, oftere i hjemmet",
      "Together with professionals, citizens can shape when, where and how care happens, and more services are delivered in the patient's home.",
    ],
    [
      "Longer independent living with welfare technology",
      "Lengre selvstendig liv hjemme med velferdsteknologi",
      "Welfare technology and digital home follow-up allow more people with health problems to stay at home longer, adding security, mastery and self-care ability.",
    ],
    [
      "Reduced digital exclusion",
      "Mindre digitalt utenforskap",
      "Services are individually adapted so people who do not use digital channels get the same access to care as those who do.",
    ],
  ],
  "objective-2": [
    [
      "Comprehensive digital work tools",
      "Helhetlige digitale arbeidsverktøy",
      "Healthcare professionals have complete digital work tools that make the working day efficient.",
    ],
    [
      "Easy access to patient information nationwide",
      "Enkel tilgang til pasientopplysninger i hele landet",
      "Professionals can readily obtain relevant patient information regardless of where in Norway, and at which level of care, the patient was treated.",
    ],
    [
      "Digital information gathering and dialogue with patients",
      "Digital informasjonsinnhenting og dialog med pasienter",
      "Professionals can collect information from patients and talk with them through digital channels.",
    ],
    [
      "Less double registration, more automated reporting",
      "Mindre dobbeltregistrering, mer automatisert rapportering",
      "Duplicate data entry falls and more reporting to health registries, other public registries and authorities happens automatically.",
    ],
    [
      "Digital knowledge and decision support",
      "Digital kunnskaps- og beslutningsstøtte",
      "Clinical and care assessments rely more on digital knowledge sources and decision-support tools.",
    ],
    [
      "More efficient processes using new technology",
      "Mer effektive arbeidsprosesser med ny teknologi",
      "Clinical and administrative work becomes more efficient by exploiting new technology such as artificial intelligence and personalised medicine.",
    ],
    [
      "Good digital skills among healthcare professionals",
      "God digital kompetanse hos helsepersonell",
      "Professionals gain solid digital skills through their education and through training in new digital tools.",
    ],
  ],
  "objective-3": [
    [
      "Better access to data and analysis solutions",
      "Bedre tilgang til data og analyseløsninger",
      "Services, professionals and authorities have improved access to data and analytics, including AI-based solutions, to support sound decisions.",
    ],
    [
      "Widespread use of health registries and knowledge-based data",
      "Utstrakt bruk av helseregistre og kunnskapsbaserte data",
      "Registries and knowledge-based data are used widely for quality improvement, research, surveillance, preparedness, crisis management and governance.",
    ],
    [
      "Personalised medicine backed by advanced analytics",
      "Persontilpasset medisin med støtte i avansert analyse",
      "Personalised medicine is developed further with the help of advanced data analysis.",
    ],
    [
      "Systematic health-data collaboration with industry and research",
      "Systematisk samarbeid om helsedata med næringsliv og forskning",
      "The sector, industry and researchers work together systematically to use health data for service development, innovation and industrial growth.",
    ],
    [
      "Closer international cooperation on health data, including EHDS",
      "Tettere internasjonalt samarbeid om helsedata, også EHDS",
      "International cooperation on health data deepens, among other things through the planned work on the European Health Data Space.",
    ],
  ],
  "objective-4": [
    [
      "Safe, efficient sharing of correct information",
      "Trygg og effektiv deling av korrekt informasjon",
      "Relevant, current and accurate information can be shared and accessed safely and efficiently across actors and sectors.",
    ],
    [
      "Collaboration on citizen data",
      "Samhandling om innbyggernes egne data",
      "Conditions are in place for effective collaboration on relevant data provided by citizens.",
    ],
    [
      "More standardisation built on international standards",
      "Mer standardisering basert på internasjonale standarder",
      "Collaboration rests mainly on international standards, code systems and terminologies, adapted nationally where necessary.",
    ],
    [
      "Stronger information management at all levels",
      "Styrket informasjonsforvaltning på alle nivåer",
      "Local, regional and national information management is strengthened, underpinning quality, use and security of information.",
    ],
    [
      "Balanced privacy and digital security",
      "Balansert personvern og digital sikkerhet",
      "Privacy and digital security are protected by weighing confidentiality, availability, integrity and resilience against each other.",
    ],
    [
      "Mutual trust between actors",
      "Gjensidig tillit mellom aktørene",
      "Actors trust one another, which forms the basis for exchanging information.",
    ],
    [
      "Closer cross-sectoral digital collaboration",
      "Tettere digital samhandling på tvers av sektorer",
      "Digital collaboration across sectors becomes tighter and more effective.",
    ],
    [
      "Norway connected to EU health data exchange infrastructure",
      "Norge koblet til EUs infrastruktur for utveksling av helsedata",
      "Norway takes part in the European Union's infrastructure for exchanging health data.",
    ],
    [
      "More data available from many sources",
      "Mer data tilgjengelig fra mange kilder",
      "Data becomes more available from a wide range of sources, such as every part of the care services, medical devices, citizens themselves, neighbouring sectors and actors abroad.",
    ],
    [
      "Better facilitation of data for secondary use",
      "Bedre tilrettelegging av data for sekundærbruk",
      "Data is better prepared for use in quality improvement, research, surveillance, preparedness, crisis management and governance.",
    ],
  ],
  "objective-5": [
    [
      "Strategic, structured cooperation in the sector",
      "Strategisk og strukturert samarbeid i sektoren",
      "Actors in the health and care sector cooperate strategically and in a structured way.",
    ],
    [
      "Coordinated, binding priorities and follow-up",
      "Samordnede og forpliktende prioriteringer og oppfølging",
      "Priorities, efforts and follow-up of shared goals are coordinated and binding.",
    ],
    [
      "Clear roles and responsibilities",
      "Tydelige roller og ansvar",
      "It is clear who is responsible for developing and adopting initiatives and for realising their benefits.",
    ],
    [
      "Structured involvement of citizens, relatives and professionals",
      "Strukturert involvering av innbyggere, pårørende og helsepersonell",
      "Citizens, their close ones and healthcare professionals are involved in a structured manner.",
    ],
    [
      "Cross-sectoral cooperation based on the public sector digitalisation strategy",
      "Tverrsektorielt samarbeid basert på digitaliseringsstrategien for offentlig sektor",
      "Cooperation across sectors builds on the Digitalisation Strategy for the Public Sector.",
    ],
    [
      "Research collaboration on evaluating eHealth benefits",
      "Forskningssamarbeid om evaluering av gevinster av e-helse",
      "The sector works with research communities on systematic research into and evaluation of eHealth benefits.",
    ],
    [
      "Collaboration models for a robust industry",
      "Samarbeidsmodeller for et robust næringsliv",
      "Collaboration models support a strong industry and use the market where that is best and most efficient.",
    ],
    [
      "More international cooperation, especially EU and Nordic",
      "Mer internasjonalt samarbeid, særlig med EU og Norden",
      "International cooperation grows, with particular emphasis on the EU and the Nordic countries.",
    ],
    [
      "Predictable, enabling financing models",
      "Forutsigbare og stimulerende finansieringsmodeller",
      "Financing models give predictability and encourage development, adoption, innovation and collaboration between actors.",
    ],
    [
      "Funding schemes that promote digital services",
      "Finansieringsordninger som fremmer digitale tjenester",
      "Funding arrangements encourage the use of digital services.",
    ],
    [
      "Regulations enabling necessary health information sharing",
      "Regelverk som muliggjør nødvendig deling av helseopplysninger",
      "Rules allow the health information sharing that new digital needs require while protecting confidentiality, privacy and information security.",
    ],
  ],
};

const outcomeId = (objective: ObjectiveId, index: number) =>
  `outcome-${objective.slice("objective-".length)}-${index + 1}`;

const outcomeNodes: SeedNode[] = (Object.keys(OUTCOMES) as ObjectiveId[]).flatMap((objective) =>
  OUTCOMES[objective].map(([name, nameNo, description], index) => ({
    id: outcomeId(objective, index),
    label: "Outcome" as const,
    name,
    nameNo,
    nameNoIsTranslation: true as const,
    aliases: [`Outcome ${objective.slice("objective-".length)}.${index + 1}`],
    description,
    sources: [towards2030(objective)],
    properties: { objective: Number(objective.slice("objective-".length)), order: index + 1, horizon: 2030 },
  })),
);

type Rel = SeedRelationship;

const outcomeEdges: Rel[] = (Object.keys(OUTCOMES) as ObjectiveId[]).flatMap((objective) =>
  OUTCOMES[objective].map((_, index) =>
    stated(outcomeId(objective, index), "OUTCOME_OF", objective, [towards2030(objective)]),
  ),
);

/**
 * Dependencies, exactly as stated (from depends on to):
 * - "Strategic objectives": objectives 4 and 5 are prerequisites for objectives 1, 2 and 3.
 * - Objective 1 body: depends on the information flow covered by objective 4.
 * - Objective 2 body: depends on the secure information flow of objective 4.
 * - Objective 3 body: needs the standardised, free-flowing information of objective 4 and the
 *   regulations of objective 5.
 * - Objective 4 body: needs data-sharing regulations (objective 5); is a prerequisite for 1, 2, 3.
 * - Objective 5 body: its instruments are a crucial prerequisite for the other four objectives.
 * The general remark that all five are interdependent is not turned into edges.
 */
const DEPENDENCIES: [ObjectiveId, ObjectiveId, SourceRef[]][] = [
  ["objective-1", "objective-4", [STRATEGIC_OBJECTIVES, body("objective-1"), body("objective-4")]],
  ["objective-1", "objective-5", [STRATEGIC_OBJECTIVES, body("objective-5")]],
  ["objective-2", "objective-4", [STRATEGIC_OBJECTIVES, body("objective-2"), body("objective-4")]],
  ["objective-2", "objective-5", [STRATEGIC_OBJECTIVES, body("objective-5")]],
  ["objective-3", "objective-4", [STRATEGIC_OBJECTIVES, body("objective-3"), body("objective-4")]],
  ["objective-3", "objective-5", [STRATEGIC_OBJECTIVES, body("objective-3"), body("objective-5")]],
  ["objective-4", "objective-5", [body("objective-4"), body("objective-5")]],
];

const dependencyEdges: Rel[] = DEPENDENCIES.map(([from, to, sources]) =>
  stated(from, "DEPENDS_ON", to, sources, { properties: { relation: "prerequisite" } }),
);

const GOALS = ["goal-1-quality-and-coherence", "goal-2-sustainable-sector", "goal-3-innovation-strength"];
const figure2 = src(STRATEGY.figure2);

const contributionEdges: Rel[] = OBJECTIVES.flatMap((o) => [
  ...GOALS.map((goal) => stated(o.id, "CONTRIBUTES_TO", goal, [STRATEGIC_OBJECTIVES, figure2])),
  stated(o.id, "CONTRIBUTES_TO", "national-ehealth-strategy-vision", [STRATEGIC_OBJECTIVES, figure2]),
]);

/**
 * Objective 3's other prerequisites, as its body names them beside the health registries (which
 * are a Solution, linked by SUPPORTS below): health data initiatives, analysis platforms, and
 * structured health data from a broad range of sources. They are topics, not named solutions, so
 * they hang from the objective by DEPENDS_ON as the strategy's other named prerequisites do.
 */
const PREREQUISITES_OF_OBJECTIVE_3: [id: string, name: string, nameNo: string, description: string][] = [
  [
    "health-data-initiatives",
    "Health data initiatives",
    "Satsinger på helsedata",
    "Initiatives on health data which, together with the health registries and analysis platforms, give the better access to health data that Objective 3 counts among its important prerequisites.",
  ],
  [
    "health-data-analysis-platforms",
    "Analysis platforms for health data",
    "Analyseplattformer for helsedata",
    "Platforms for analysing health data: with the registries and the health data initiatives, one of the routes to better access to health data on which Objective 3 depends.",
  ],
  [
    "structured-health-data-from-many-sources",
    "Structured health data from a broad range of sources",
    "Strukturerte helsedata fra mange ulike kilder",
    "Health data in structured form from many places (the care services, medical equipment, citizens themselves, neighbouring sectors and partners abroad), which Objective 3 needs access to.",
  ],
];

const prerequisiteNodes: SeedNode[] = PREREQUISITES_OF_OBJECTIVE_3.map(([id, name, nameNo, description]) => ({
  id,
  label: "Topic",
  name,
  nameNo,
  nameNoIsTranslation: true,
  aliases: [],
  description,
  sources: [body("objective-3")],
  properties: {},
}));

const prerequisiteEdges: Rel[] = PREREQUISITES_OF_OBJECTIVE_3.map(([id]) =>
  stated("objective-3", "DEPENDS_ON", id, [body("objective-3")], {
    properties: { relation: "prerequisite" },
  }),
);

const otherEdges: Rel[] = [
  // Objective 2's better, more structured data collection enables objective 3 (not a prerequisite).
  stated("objective-2", "RELATED_TO", "objective-3", [body("objective-2")], {
    properties: { relation: "enables better use of health data in" },
  }),
  // Health registries are named as a prerequisite for objective 3.
  stated("national-health-registries", "SUPPORTS", "objective-3", [body("objective-3")], {
    properties: { relation: "prerequisite (better access to health data)" },
  }),
  stated("outcome-5-5", "RELATED_TO", "one-digital-public-sector-2019-2025", [towards2030("objective-5")], {
    properties: { relation: "based on" },
  }),
  stated("outcome-5-11", "RELATED_TO", "digital-security", [towards2030("objective-5")], {
    properties: { relation: "regulations must safeguard information security" },
  }),
  stated("outcome-4-5", "RELATED_TO", "digital-security", [towards2030("objective-4")], {
    properties: { relation: "safeguards" },
  }),
  // Outcome 3.5 names the EHDS work; outcome 4.8's EU exchange infrastructure is the one the EHDS
  // regulation sets up for sharing patient data across borders (outside knowledge, cited).
  stated("outcome-3-5", "RELATED_TO", "european-health-data-space", [towards2030("objective-3")], {
    properties: { relation: "includes the planned work on" },
  }),
  inferred(
    "outcome-4-8",
    "RELATED_TO",
    "european-health-data-space",
    [towards2030("objective-4"), EHDS_CROSS_BORDER_INFRASTRUCTURE],
    {
      reason:
        "The EU infrastructure for exchanging health data that Norway is to join is MyHealth@EU, which the EHDS regulation makes the channel for sharing patient data between countries.",
    },
  ),
  stated("outcome-2-7", "RELATED_TO", "digital-skills", [towards2030("objective-2"), body("objective-2")], {
    properties: { relation: "builds" },
  }),
];

export default {
  module: "seed/objectives.ts",
  nodes: [...objectiveNodes, ...outcomeNodes, ...prerequisiteNodes],
  relationships: [
    ...outcomeEdges,
    ...dependencyEdges,
    ...prerequisiteEdges,
    ...contributionEdges,
    ...otherEdges,
  ],
} satisfies SeedModule;
