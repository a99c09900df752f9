/**
 * The National eHealth strategy (2023 towards 2030): the strategy itself, its vision (in both of
 * the wordings it uses), its three overall goals, target groups, cross-cutting topics, knowledge
 * platform, implementation plan, and the neighbouring strategies and plans it names.
 * Source: document "strategy" (see sources.ts). Objectives and outcomes live in objectives.ts.
 */

import { cite, inferred, stated } from "#model/citations.ts";
import type { SeedModule, SeedNode, SeedRelationship, SourceRef } from "#model/model.ts";
import { FACTSHEET, STRATEGY as STRATEGY_SECTIONS } from "./documentSections.ts";
import { PUBLIC as PUBLIC_SOURCES } from "./publicSources.ts";

const src = (section: string): SourceRef => cite("strategy", section);

const SECTION = STRATEGY_SECTIONS;

const fn = (section: string, n: number) => src(`${section}, footnote ${n}`);

const PUBLIC = {
  ehelseStrategyPage: {
    document: "public",
    title: "Nasjonal e-helsestrategi for helse- og omsorgssektoren (ehelse.no)",
    url: "https://www.ehelse.no/strategi/nasjonal-e-helsestrategi-for-helse-og-omsorgssektoren",
    section: "Plan for realisering av nasjonal e-helsestrategi",
  },
  strategy2017: {
    document: "public",
    title: "Nasjonal e-helsestrategi og mål 2017-2022 (oppdatert 2019) (ehelse.no)",
    url: "https://www.ehelse.no/publikasjoner/nasjonal-e-helsestrategi-og-mal-2017-2022-oppdatert-2019",
    section: "Nasjonal e-helsestrategi og mål 2017-2022",
  },
  strategy2017News: {
    document: "public",
    title: "Oppdatert nasjonal e-helsestrategi og ny plan (ehelse.no)",
    url: "https://ehelse.no/nyheter/oppdatert-nasjonal-e-helsestrategi-og-ny-plan",
    section: "Strategien og tilhørende plan er utarbeidet av Direktoratet for e-helse",
  },
  collaborationPlan: {
    document: "public",
    title: "Oversiktsside om Nasjonal helse- og samhandlingsplan 2024–2027 (regjeringen.no)",
    url: "https://www.regjeringen.no/no/tema/helse-og-omsorg/innsikt/nasjonal-helse-og-samhandlingsplan/id3027015/",
    section: "Oversiktsside",
  },
  publicHealthWhitePaper: {
    document: "public",
    title:
      "Meld. St. 15 (2022–2023) Folkehelsemeldinga — Nasjonal strategi for utjamning av sosiale helseforskjellar (regjeringen.no)",
    url: "https://www.regjeringen.no/no/dokumenter/meld.-st.-15-20222023/id2969572/",
    section: "Meld. St. 15 (2022–2023)",
  },
  healthPreparednessWhitePaper: {
    document: "public",
    title:
      "Meld. St. 5 (2023–2024) En motstandsdyktig helseberedskap — Fra pandemi til krig i Europa (regjeringen.no)",
    url: "https://www.regjeringen.no/no/dokumenter/meld.-st.-5-20232024/id3015776/",
    section: "Meld. St. 5 (2023–2024)",
  },
} as const satisfies Record<string, SourceRef>;

const STRATEGY = "national-ehealth-strategy-2023";
const DIRECTORATE = "directorate-of-ehealth";
const FOLLOW_UP = "national-ehealth-strategy-follow-up";

const nodes: SeedNode[] = [
  {
    id: STRATEGY,
    label: "Strategy",
    name: "National eHealth Strategy (2023 towards 2030)",
    nameNo: "Nasjonal e-helsestrategi",
    aliases: [
      "National eHealth strategy",
      "National e-health strategy",
      "Nasjonal e-helsestrategi for helse- og omsorgssektoren",
      "eHealth strategy 2023–2030",
    ],
    description:
      "The health and care sector's shared, sector-wide plan of direction for digitalisation in Norway, in force from 2023 and looking ahead to 2030. It sets one vision, three overall goals and five strategic objectives, and frames the digitalisation strategies of individual actors without altering existing governance structures.",
    sources: [
      src(SECTION.foreword),
      src(SECTION.summary),
      src(SECTION.relation),
      cite("factsheet", FACTSHEET.fnStrategyPage),
    ],
    validFrom: "2023",
    dateSources: [cite("strategy", SECTION.foreword, 4), PUBLIC_SOURCES.councilLeader],
    properties: {
      publisher: "Norwegian Directorate of eHealth",
      kind: "sectoral strategy",
      stakeholdersInvolved: "over 60",
      objectiveCount: 5,
      goalCount: 3,
    },
  },
  {
    id: "national-ehealth-strategy-2017",
    label: "Strategy",
    name: "First National eHealth Strategy (2017)",
    nameNo: "Nasjonal e-helsestrategi 2017–2022",
    aliases: ["National eHealth Strategy 2017–2022", "first national strategy for eHealth"],
    description:
      "Norway's first national strategy for eHealth, launched in 2017; the 2023 strategy looks back on the digitalisation progress made since it appeared. Public sources give its period as 2017–2022, with an update in 2019.",
    sources: [src(SECTION.foreword), PUBLIC.strategy2017],
    properties: {},
    validFrom: "2017",
    validTo: "2022",
    dateSources: [cite("strategy", SECTION.foreword, 1), PUBLIC.strategy2017],
  },
  {
    id: "national-ehealth-strategy-vision",
    label: "Vision",
    name: "Together for comprehensive, safe, and innovative services that promote health empowerment",
    nameNo: "Sammen om helhetlige, trygge og nyskapende tjenester som fremmer helse og mestring",
    aliases: [
      "Together for comprehensive, safe and innovative services that promote health and care empowerment",
      "Vision of the National eHealth Strategy",
    ],
    description:
      "The long-term direction of the 2023 strategy. Each key word carries meaning: cooperation across actors (together), coherent and user-friendly services (comprehensive), patient safety, preparedness, security and trust (safe), using new possibilities to improve care (innovative), and empowering people to look after their own and relatives' health (health empowerment).",
    sources: [src(SECTION.vision), src(SECTION.summaryVision), src(SECTION.strategicObjectives)],
    properties: {
      wording: "Together for comprehensive, safe, and innovative services that promote health empowerment",
      wordingSection: SECTION.vision,
      alternativeWording:
        "Together for comprehensive, safe and innovative services that promote health and care empowerment",
      alternativeWordingSection: SECTION.summaryVision,
      keywords: ["Together", "Comprehensive", "Safe", "Innovative", "Promoting health and empowerment"],
    },
  },
  {
    id: "goal-1-quality-and-coherence",
    label: "Goal",
    name: "Quality and coherence in the services",
    nameNo: "Kvalitet og sammenheng i tjenestene",
    nameNoIsTranslation: true,
    aliases: ["Overall goal 1", "Quality and coherence"],
    description:
      "First overall goal: use digitalisation and technology to cut unwanted variation in quality, strengthen patient safety and information sharing, and make services feel joined-up, resilient and fair, including for people wherever they live.",
    sources: [src(SECTION.goals), src(SECTION.summaryGoals)],
    properties: { number: 1 },
  },
  {
    id: "goal-2-sustainable-sector",
    label: "Goal",
    name: "Sustainable health and care sector",
    nameNo: "Bærekraftig helse- og omsorgssektor",
    nameNoIsTranslation: true,
    aliases: ["Overall goal 2", "Sustainable health and care sector"],
    description:
      "Second overall goal: with an ageing population and too few health workers, digitalisation should raise productivity, support prevention and smarter ways of working so that resources and professional expertise are used as well as possible.",
    sources: [src(SECTION.goals), src(SECTION.summaryGoals)],
    properties: { number: 2 },
  },
  {
    id: "goal-3-innovation-strength",
    label: "Goal",
    name: "Innovation strength",
    nameNo: "Innovasjonskraft",
    nameNoIsTranslation: true,
    aliases: ["Overall goal 3", "Innovation capacity"],
    description:
      "Third overall goal: make digitalisation a driver of an innovation culture and competence, opening room to deliver services, collaborate and exploit technology in new ways.",
    sources: [src(SECTION.goals), src(SECTION.summaryGoals)],
    properties: { number: 3 },
  },
  // Target groups: the section names beneficiaries, implementers and collaborators.
  {
    id: "target-group-citizens",
    label: "TargetGroup",
    name: "Citizens and their close ones",
    nameNo: "Innbyggere",
    aliases: ["Citizens", "Residents", "Patients", "Relatives", "Close ones", "Innbyggere og pårørende"],
    description:
      "One of the two groups whose needs sit at the heart of the strategy: people who want safe, adapted and accessible services and the chance to take an active part in their own and their relatives' health.",
    sources: [src(SECTION.targetGroups), src(SECTION.summary)],
    properties: { role: "beneficiary" },
  },
  {
    id: "target-group-healthcare-professionals",
    label: "TargetGroup",
    name: "Healthcare professionals",
    nameNo: "Helsepersonell",
    aliases: ["Health personnel", "Health professionals", "Clinicians"],
    description:
      "The second group at the centre of the strategy: staff who need user-friendly digital support and current information so their working day runs efficiently and they can decide well together with patients.",
    sources: [src(SECTION.targetGroups), src(SECTION.summary)],
    properties: { role: "beneficiary" },
  },
  {
    id: "target-group-healthcare-providers",
    label: "TargetGroup",
    name: "Health and care service providers",
    nameNo: "Tjenesteytere i helse- og omsorgssektoren",
    nameNoIsTranslation: true,
    aliases: ["Healthcare providers", "Providers of health and care services", "Tjenesteytere"],
    description:
      "Organisations delivering health and care services; together with the health administration they carry joint responsibility for putting the strategy into practice.",
    sources: [src(SECTION.targetGroups), src(SECTION.summary)],
    properties: { role: "implementer" },
  },
  {
    id: "target-group-health-administration",
    label: "TargetGroup",
    name: "Health and care administration",
    nameNo: "Helse- og omsorgsforvaltningen",
    aliases: ["Health administration", "Health and care authorities"],
    description:
      "The public administration of the health and care sector, which shares responsibility with service providers for implementing the strategy.",
    sources: [src(SECTION.targetGroups), src(SECTION.summary)],
    properties: { role: "implementer" },
  },
  {
    id: "target-group-research-and-education",
    label: "TargetGroup",
    name: "Research and educational institutions",
    nameNo: "Forsknings- og utdanningsinstitusjoner",
    nameNoIsTranslation: true,
    aliases: ["Research communities", "Universities and colleges"],
    description:
      "Research and education bodies whose collaboration the strategy treats as essential for achieving progress and benefits.",
    sources: [src(SECTION.targetGroups), src(SECTION.summary)],
    properties: { role: "collaborator" },
  },
  {
    id: "target-group-industry",
    label: "TargetGroup",
    name: "Industry",
    nameNo: "Næringsliv",
    nameNoIsTranslation: true,
    aliases: ["Business", "Suppliers", "Næringsliv"],
    description: "Industry actors named as important collaboration partners for implementing the strategy.",
    sources: [src(SECTION.targetGroups), src(SECTION.summary)],
    properties: { role: "collaborator" },
  },
  {
    id: "target-group-patient-and-consumer-organisations",
    label: "TargetGroup",
    name: "Patient and consumer organisations",
    nameNo: "Pasient- og brukerorganisasjoner",
    nameNoIsTranslation: true,
    aliases: ["Patient and consumer associations", "User organisations"],
    description:
      "Organisations representing patients and consumers, listed among the collaborators needed for implementation; such associations also took part in drafting the strategy.",
    sources: [src(SECTION.targetGroups), src(SECTION.summary), src(SECTION.foreword)],
    properties: { role: "collaborator" },
  },
  {
    id: "target-group-professional-and-interest-associations",
    label: "TargetGroup",
    name: "Professional and interest associations",
    nameNo: "Fag- og interesseorganisasjoner",
    nameNoIsTranslation: true,
    aliases: ["Professional organisations", "Interest organisations"],
    description:
      "Professional and interest bodies with whom the strategy expects close collaboration during implementation.",
    sources: [src(SECTION.targetGroups), src(SECTION.summary)],
    properties: { role: "collaborator" },
  },
  {
    id: "target-group-other-public-and-local-government-agencies",
    label: "TargetGroup",
    name: "Other public and local government agencies",
    nameNo: "Andre statlige og kommunale virksomheter",
    nameNoIsTranslation: true,
    aliases: ["Other state and municipal actors", "Other public agencies"],
    description:
      "State and municipal bodies outside the health and care sector whose cooperation the strategy regards as crucial for the intended progress.",
    sources: [src(SECTION.targetGroups), src(SECTION.summary)],
    properties: { role: "collaborator" },
  },
  // Cross-cutting topics.
  {
    id: "digital-security",
    label: "Topic",
    name: "Digital security",
    nameNo: "Digital sikkerhet",
    aliases: ["Cyber security", "Information security", "Cybersecurity"],
    description:
      "A cross-cutting topic with no objective of its own, yet treated as a precondition for all of the strategy's objectives; rising numbers of serious cyber-attacks on the sector motivate close follow-up, and later guidance may reshape the strategy.",
    sources: [src(SECTION.securitySkills), src(SECTION.knowledgePlatform)],
    properties: { crossCutting: true, dedicatedObjective: false, prerequisiteForObjectives: true },
  },
  {
    id: "digital-skills",
    label: "Topic",
    name: "Digital skills",
    nameNo: "Digital kompetanse",
    aliases: ["Digital competence", "Digital literacy"],
    description:
      "A cross-cutting topic covering the attitudes, abilities, knowledge and understanding needed to use digital tools; uneven skills risk leaving people digitally excluded, so the strategy depends on national, regional and local efforts to raise them.",
    sources: [src(SECTION.securitySkills), fn(SECTION.securitySkills, 7), src(SECTION.knowledgePlatform)],
    properties: { crossCutting: true, dedicatedObjective: false, prerequisiteForObjectives: true },
  },
  // Documents.
  {
    id: "knowledge-platform-national-ehealth-strategy",
    label: "Report",
    name: "Knowledge platform for the national eHealth strategy from 2023",
    nameNo: "Kunnskapsgrunnlag for nasjonal e-helsestrategi",
    nameNoIsTranslation: true,
    aliases: ["Knowledge platform", "Kunnskapsgrunnlag for nasjonal e-helsestrategi"],
    description:
      "The evidence base behind the 2023 strategy: an analysis of today's situation combined with future scenarios, prepared with wide stakeholder participation and issued by the Directorate of eHealth in 2022.",
    sources: [src(SECTION.knowledgePlatform), fn(SECTION.knowledgePlatform, 3)],
    properties: { year: 2022, publisher: "Norwegian Directorate of eHealth" },
  },
  {
    id: "national-ehealth-strategy-implementation-plan",
    label: "Plan",
    name: "Plan for implementation of the National eHealth Strategy",
    nameNo: "Plan for realisering av nasjonal e-helsestrategi",
    aliases: ["Implementation plan", "Plan for implementation", "Plan for realisering"],
    description:
      "The companion document holding the key performance indicators and strategic initiatives for each of the five objectives, together with the strategy's governance and monitoring; it is revised step by step and followed up in the National Council for eHealth.",
    sources: [
      src(SECTION.summary),
      src(SECTION.introduction),
      fn(SECTION.introduction, 1),
      PUBLIC.ehelseStrategyPage,
    ],
    properties: {
      revision: "adjusted regularly",
      contains: ["key performance indicators", "strategic initiatives"],
    },
  },
  {
    id: "national-health-and-hospital-plan-2020-2023",
    label: "Plan",
    name: "National Health and Hospital Plan 2020–2023",
    nameNo: "Nasjonal helse- og sykehusplan 2020–2023",
    aliases: ["National health and hospital plan", "Meld. St. 7 (2019–2020)", "NHSP 2020–2023"],
    description:
      "The Government's 2019 white paper plan for health and hospital services, named as one of the two most central documents the eHealth strategy must respect; from 2024 its successor plan takes over.",
    sources: [src(SECTION.relation), fn(SECTION.relation, 4)],
    properties: { publisher: "The Norwegian Government", year: 2019 },
    validFrom: "2020",
    validTo: "2023",
    dateSources: [fn(SECTION.relation, 4)],
  },
  {
    id: "national-health-and-collaboration-plan",
    label: "Plan",
    name: "National Health and Collaboration Plan 2024–2027",
    nameNo: "Nasjonal helse- og samhandlingsplan",
    aliases: [
      "National Health and Cooperation Plan",
      "National Health and Integrated Care Plan",
      "Nasjonal helse- og samhandlingsplan",
      "Nasjonal helse- og samhandlingsplan 2024–2027",
      "Meld. St. 9 (2023–2024)",
    ],
    description:
      "The successor to the National Health and Hospital Plan, taking effect from 2024 and expected to set overall political framing for the health and care sector; public sources show it was presented in March 2024 for 2024–2027.",
    sources: [src(SECTION.relation), fn(SECTION.relation, 4), PUBLIC.collaborationPlan],
    properties: { publisher: "The Norwegian Government" },
    validFrom: "2024",
    validTo: "2027",
    dateSources: [fn(SECTION.relation, 4), PUBLIC.collaborationPlan],
  },
  {
    id: "one-digital-public-sector-2019-2025",
    label: "Strategy",
    name: "One Digital Public Sector: Digitalisation Strategy for the Public Sector 2019–2025",
    nameNo: "Én digital offentlig sektor: Digitaliseringsstrategi for offentlig sektor 2019–2025",
    aliases: [
      "One Digital Public Sector",
      "Digitalisation Strategy for the Public Sector",
      "Digitaliseringsstrategi for offentlig sektor",
    ],
    description:
      "The 2019 cross-government digitalisation strategy from the Ministry of Local Government and Modernisation; it is one of the two most central documents for the eHealth strategy, whose three goals match three of its sub-goals, and digital skills is one of its priorities.",
    sources: [
      src(SECTION.relation),
      fn(SECTION.relation, 5),
      src(SECTION.goals),
      src(SECTION.securitySkills),
    ],
    properties: { year: 2019, publisher: "Ministry of Local Government and Modernisation" },
    validFrom: "2019",
    validTo: "2025",
    dateSources: [src(SECTION.relation), fn(SECTION.relation, 5)],
  },
  {
    id: "national-cyber-security-strategy-for-norway",
    label: "Strategy",
    name: "National Cyber Security Strategy for Norway",
    nameNo: "Nasjonal strategi for digital sikkerhet",
    aliases: ["National cyber security strategy", "Norwegian cyber security strategy"],
    description:
      "The Government's 2019 strategy coordinating digital security work across the public sector, cited as an adjacent strategy for the cross-cutting topic of digital security.",
    sources: [src(SECTION.securitySkills), fn(SECTION.securitySkills, 6)],
    properties: { year: 2019, publisher: "The Norwegian Government" },
  },
  {
    id: "future-competence-needs-iii",
    label: "Report",
    name: "Future competence needs III — Learning and competence at all levels",
    nameNo: "Fremtidige kompetansebehov III — Læring og kompetanse i alle ledd",
    aliases: ["Future competence needs III", "NOU 2020: 2"],
    description:
      "A 2020 report attributed by the strategy to the Ministry of Education, cited as an example of national work to lift digital skills.",
    sources: [fn(SECTION.securitySkills, 8), src(SECTION.securitySkills)],
    properties: { year: 2020, publisher: "Ministry of Education and Research" },
  },
  {
    id: "digital-transformation-strategy-university-and-college-sector",
    label: "Strategy",
    name: "Digital Transformation Strategy for the University and College sector",
    nameNo: "Strategi for digital omstilling i universitets- og høyskolesektoren",
    aliases: ["Digital transformation strategy for higher education"],
    description:
      "A 2021 strategy from the Ministry of Education and Research for the higher-education sector, mentioned as part of the wider effort on digital skills.",
    sources: [src(SECTION.securitySkills), fn(SECTION.securitySkills, 9)],
    properties: { year: 2021, publisher: "Ministry of Education and Research" },
  },
  {
    id: "digital-throughout-life",
    label: "Strategy",
    name: "Digital Throughout Life",
    nameNo: "Digital hele livet",
    aliases: ["Digital throughout life (2021)", "National strategy for digital participation and competence"],
    description:
      "A 2021 strategy from the Ministry of Local Government and Modernisation aimed at greater digital inclusion, cited alongside the eHealth strategy's digital skills topic.",
    sources: [src(SECTION.securitySkills), fn(SECTION.securitySkills, 10)],
    properties: { year: 2021, publisher: "Ministry of Local Government and Modernisation" },
  },
  {
    id: "norway-sdg-action-plan",
    label: "Plan",
    name: "Goals with meaning — Norway's action plan to achieve the sustainability goals by 2030",
    nameNo: "Mål med mening — Norges handlingsplan for å nå bærekraftsmålene innen 2030",
    aliases: ["Meld. St. 40 (2020–2021)", "Norway's SDG action plan", "Goals with meaning"],
    description:
      "The Government's 2021 white paper setting out how Norway will work towards the UN Sustainable Development Goals by 2030, referenced where the strategy explains its SDG contribution.",
    sources: [fn(SECTION.sdgs, 11), src(SECTION.sdgs)],
    properties: { year: 2021, horizon: 2030, publisher: "The Norwegian Government" },
  },
  {
    id: "public-health-white-paper-2023",
    label: "Report",
    name: "Public health white paper (2023)",
    nameNo: "Folkehelsemeldinga",
    aliases: ["New public health report", "Meld. St. 15 (2022–2023)", "Public health report 2023"],
    description:
      "A public health report the strategy expected in 2023 that would help set the political framework for the health and care sector; public sources identify it as Meld. St. 15 (2022–2023), which the Government put forward that year.",
    sources: [src(SECTION.relation), PUBLIC.publicHealthWhitePaper],
    properties: { year: 2023, forthcomingInSource: true, publisher: "The Norwegian Government" },
  },
  {
    id: "health-preparedness-white-paper",
    label: "Report",
    name: "White Paper on health preparedness",
    nameNo: "Helseberedskapsmeldingen",
    aliases: [
      "Health preparedness report",
      "Meld. St. 5 (2023–2024)",
      "A Resilient Health Emergency Preparedness",
    ],
    description:
      "A white paper on health preparedness that the strategy expected in 2023, in which, according to the strategy, the Storting highlighted digital security in health as a central issue; its guidance might later change the strategy's structure. Public sources identify it as Meld. St. 5 (2023–2024).",
    sources: [src(SECTION.relation), src(SECTION.securitySkills), PUBLIC.healthPreparednessWhitePaper],
    properties: { year: 2023, forthcomingInSource: true, publisher: "The Norwegian Government" },
  },
  {
    id: "regional-development-plans",
    label: "Plan",
    name: "Regional health authorities' development plans",
    nameNo: "Regionale utviklingsplaner",
    aliases: ["development plans of the regional health authorities"],
    description:
      "The regional health authorities' own development plans, for which the national eHealth strategy sets the frame in the field of digitalisation.",
    sources: [src(SECTION.relation)],
    properties: {},
  },
  {
    id: "coordinated-development-of-instruments",
    label: "Topic",
    name: "Coordinated development of instruments across ministries, agencies and sectors",
    nameNo: "Samordnet utvikling av virkemidler på tvers av departementer, etater og sektorer",
    nameNoIsTranslation: true,
    aliases: ["coordinated instruments"],
    description:
      "Financial and legal instruments developed in step by the ministries, the agencies and every sector concerned; Objective 5 cannot be reached without it.",
    sources: [src(SECTION.objective5)],
    properties: {},
  },
  {
    id: FOLLOW_UP,
    label: "Topic",
    name: "Follow-up process of the National eHealth Strategy",
    nameNo: "Oppfølgingsprosessen for nasjonal e-helsestrategi",
    nameNoIsTranslation: true,
    aliases: ["Follow-up of the strategy", "Strategy follow-up process"],
    description:
      "How the strategy is kept on course: the National Council for eHealth steers it, progress on the indicators and initiatives feeds strategic discussions that may shift priorities, and the implementation plan sets out governance and monitoring in detail. The strategy expects this process to foster active, close collaboration on the effects it seeks.",
    sources: [src(SECTION.sdg17), src(SECTION.introduction), fn(SECTION.introduction, 1)],
    properties: {},
  },
];

type Rel = SeedRelationship;

const OBJECTIVE_IDS = ["objective-1", "objective-2", "objective-3", "objective-4", "objective-5"] as const;
const GOAL_IDS = [
  "goal-1-quality-and-coherence",
  "goal-2-sustainable-sector",
  "goal-3-innovation-strength",
] as const;
const TARGET_GROUPS = nodes.filter((n) => n.label === "TargetGroup");

/** Where the strategy words an objective differently in different places. */
const OBJECTIVE_WORDING_CONFLICTS: Partial<Record<string, { note: string; sources: SourceRef[] }>> = {
  "objective-3": {
    note: "Objective 3 is 'Health data for renewal and improvement' in its heading but 'Health data for modernisation and improvement' under SDG 9; its overview says decisions will 'increasingly' be based on data, its own section drops that word.",
    sources: [
      src(`${SECTION.strategicObjectives} — ${SECTION.objective3}`),
      src(SECTION.objective3),
      src(SECTION.sdg9),
    ],
  },
  "objective-4": {
    note: "Objective 4's heading is missing from the table of contents; its overview opens with 'Digital collaboration and strengthened information management', its own section with 'Strengthened information management' only.",
    sources: [
      src(SECTION.contents),
      src(`${SECTION.strategicObjectives} — ${SECTION.objective4}`),
      src(SECTION.objective4),
    ],
  },
};

const relationships: Rel[] = [
  stated(DIRECTORATE, "PUBLISHED", STRATEGY, [src(SECTION.foreword)], { properties: { year: 2023 } }),
  stated(
    DIRECTORATE,
    "PUBLISHED",
    "knowledge-platform-national-ehealth-strategy",
    [fn(SECTION.knowledgePlatform, 3)],
    {
      properties: { year: 2022 },
    },
  ),
  inferred(
    DIRECTORATE,
    "PUBLISHED",
    "national-ehealth-strategy-2017",
    [src(SECTION.foreword), PUBLIC.strategy2017News],
    {
      reason:
        "The foreword mentions the 2017 strategy without naming its author; the directorate's own news item on the updated strategy says the directorate drew it up.",
    },
  ),
  inferred(
    DIRECTORATE,
    "PUBLISHED",
    "national-ehealth-strategy-implementation-plan",
    [src(SECTION.summary), PUBLIC.ehelseStrategyPage],
    {
      reason:
        "The strategy names the plan but not who issues it; the directorate's strategy page publishes the plan alongside the strategy.",
    },
  ),
  stated(
    "the-government",
    "PUBLISHED",
    "national-health-and-hospital-plan-2020-2023",
    [fn(SECTION.relation, 4)],
    {
      properties: { year: 2019 },
    },
  ),
  // seed/documents.ts has this link too, with the same reason (the merge keeps one).
  inferred(
    "the-government",
    "PUBLISHED",
    "national-health-and-collaboration-plan",
    [src(SECTION.relation), PUBLIC.collaborationPlan],
    {
      reason:
        "A white paper is put before the Storting by the government; the interview dates its release to 2024.",
    },
  ),
  stated(
    "the-government",
    "PUBLISHED",
    "national-cyber-security-strategy-for-norway",
    [fn(SECTION.securitySkills, 6)],
    {
      properties: { year: 2019 },
    },
  ),
  stated("the-government", "PUBLISHED", "norway-sdg-action-plan", [fn(SECTION.sdgs, 11)], {
    properties: { year: 2021 },
  }),
  stated(
    "ministry-of-local-government-and-modernisation",
    "PUBLISHED",
    "one-digital-public-sector-2019-2025",
    [fn(SECTION.relation, 5)],
    { properties: { year: 2019 } },
  ),
  stated(
    "ministry-of-local-government-and-modernisation",
    "PUBLISHED",
    "digital-throughout-life",
    [src(SECTION.securitySkills), fn(SECTION.securitySkills, 10)],
    { properties: { year: 2021 } },
  ),
  stated(
    "ministry-of-education-and-research",
    "PUBLISHED",
    "future-competence-needs-iii",
    [fn(SECTION.securitySkills, 8)],
    {
      properties: { year: 2020 },
    },
  ),
  stated(
    "ministry-of-education-and-research",
    "PUBLISHED",
    "digital-transformation-strategy-university-and-college-sector",
    [src(SECTION.securitySkills), fn(SECTION.securitySkills, 9)],
    { properties: { year: 2021 } },
  ),

  stated(
    STRATEGY,
    "HAS_VISION",
    "national-ehealth-strategy-vision",
    [src(SECTION.vision), src(SECTION.summaryVision)],
    {
      conflict:
        "The strategy gives its vision in two slightly different forms: the summary ends on “health and care empowerment” and has no comma after “safe”, while the vision section ends on “health empowerment”.",
    },
  ),
  ...GOAL_IDS.map((goal) =>
    stated(STRATEGY, "HAS_GOAL", goal, [src(SECTION.goals), src(SECTION.summaryGoals)]),
  ),
  ...OBJECTIVE_IDS.map((objective) =>
    stated(
      STRATEGY,
      "HAS_OBJECTIVE",
      objective,
      [
        src(SECTION.strategicObjectives),
        src(SECTION.summaryObjectives),
        ...(OBJECTIVE_WORDING_CONFLICTS[objective]?.sources ?? []),
      ],
      { conflict: OBJECTIVE_WORDING_CONFLICTS[objective]?.note },
    ),
  ),
  ...TARGET_GROUPS.map((group) =>
    stated(STRATEGY, "TARGETS", group.id, [src(SECTION.targetGroups)], {
      properties: { role: String(group.properties?.role ?? "") },
    }),
  ),
  stated(STRATEGY, "ADDRESSES", "digital-security", [src(SECTION.securitySkills)], {
    properties: { crossCutting: true },
  }),
  stated(STRATEGY, "ADDRESSES", "digital-skills", [src(SECTION.securitySkills)], {
    properties: { crossCutting: true },
  }),
  stated("national-cyber-security-strategy-for-norway", "ADDRESSES", "digital-security", [
    src(SECTION.securitySkills),
  ]),
  stated("health-preparedness-white-paper", "ADDRESSES", "digital-security", [src(SECTION.securitySkills)]),
  stated("storting", "RELATED_TO", "digital-security", [src(SECTION.securitySkills)], {
    properties: { relation: "raised as a central topic for the health preparedness white paper" },
  }),
  stated("one-digital-public-sector-2019-2025", "ADDRESSES", "digital-skills", [src(SECTION.securitySkills)]),
  inferred("digital-throughout-life", "ADDRESSES", "digital-skills", [src(SECTION.securitySkills)], {
    reason:
      "The strategy brings it up in its paragraph on digital skills and gives its aim as digital inclusion, which depends on people's skills.",
  }),
  inferred(
    "digital-transformation-strategy-university-and-college-sector",
    "ADDRESSES",
    "digital-skills",
    [src(SECTION.securitySkills)],
    {
      reason:
        "The strategy lists it among national efforts in its paragraph on digital skills, without saying what the strategy covers.",
    },
  ),
  stated("future-competence-needs-iii", "ADDRESSES", "digital-skills", [
    src(SECTION.securitySkills),
    fn(SECTION.securitySkills, 8),
  ]),

  stated(STRATEGY, "IMPLEMENTED_BY", "national-ehealth-strategy-implementation-plan", [
    src(SECTION.summary),
    src(SECTION.introduction),
  ]),

  stated(STRATEGY, "ALIGNED_WITH", "national-health-and-hospital-plan-2020-2023", [src(SECTION.relation)], {
    properties: { centralDocument: true },
  }),
  stated(
    STRATEGY,
    "ALIGNED_WITH",
    "one-digital-public-sector-2019-2025",
    [src(SECTION.relation), src(SECTION.goals)],
    {
      properties: { centralDocument: true },
    },
  ),
  stated(
    "national-ehealth-strategy-implementation-plan",
    "ALIGNED_WITH",
    "national-health-and-hospital-plan-2020-2023",
    [src(SECTION.relation)],
  ),
  stated(
    "national-ehealth-strategy-implementation-plan",
    "ALIGNED_WITH",
    "one-digital-public-sector-2019-2025",
    [src(SECTION.relation)],
  ),
  stated(STRATEGY, "ALIGNED_WITH", "national-health-and-collaboration-plan", [src(SECTION.relation)], {
    properties: { note: "sets the overall political framework from 2024" },
  }),
  inferred(
    STRATEGY,
    "ALIGNED_WITH",
    "national-cyber-security-strategy-for-norway",
    [src(SECTION.securitySkills)],
    {
      reason:
        "The strategy wants close follow-up of digital security so that it stays in step, and names this strategy as how security is coordinated across the public sector.",
      properties: { note: "the strategy must keep in line with developments in digital security" },
    },
  ),
  inferred(STRATEGY, "ALIGNED_WITH", "digital-throughout-life", [src(SECTION.securitySkills)], {
    reason:
      "Keeping in step with work on digital skills is what the strategy asks for; this digital inclusion strategy is one piece of that work it names.",
    properties: { note: "the strategy must keep in line with developments in digital skills" },
  }),
  inferred(
    STRATEGY,
    "ALIGNED_WITH",
    "digital-transformation-strategy-university-and-college-sector",
    [src(SECTION.securitySkills)],
    {
      reason:
        "The strategy asks to follow developments in digital skills closely; the higher-education strategy is one of the national efforts it lists there.",
      properties: { note: "the strategy must keep in line with developments in digital skills" },
    },
  ),
  inferred(STRATEGY, "ALIGNED_WITH", "norway-sdg-action-plan", [src(SECTION.sdgs), fn(SECTION.sdgs, 11)], {
    reason:
      "The strategy says the sector is to back the UN goals and points, in a footnote, to this plan as Norway's way of pursuing them.",
    properties: { note: "the sector is to support the SDGs, which Norway pursues through this action plan" },
  }),
  stated(
    STRATEGY,
    "RELATED_TO",
    "knowledge-platform-national-ehealth-strategy",
    [src(SECTION.knowledgePlatform)],
    {
      properties: { relation: "is based on" },
    },
  ),
  stated(STRATEGY, "RELATED_TO", "public-health-white-paper-2023", [src(SECTION.relation)], {
    properties: { relation: "framed by (political guidelines)" },
  }),
  stated(
    STRATEGY,
    "RELATED_TO",
    "health-preparedness-white-paper",
    [src(SECTION.relation), src(SECTION.securitySkills)],
    {
      properties: { relation: "framed by (political guidelines); may restructure the strategy" },
    },
  ),
  inferred(STRATEGY, "RELATED_TO", "future-competence-needs-iii", [src(SECTION.securitySkills)], {
    reason:
      "The report is the strategy's footnoted example of national work on digital skills, work the strategy says must be followed up.",
    properties: { relation: "adjacent work on digital skills to follow up" },
  }),
  ...GOAL_IDS.map((goal) =>
    stated(goal, "RELATED_TO", "one-digital-public-sector-2019-2025", [src(SECTION.goals)], {
      properties: { relation: "conforms with a sub-goal of" },
    }),
  ),

  stated(
    "national-health-and-hospital-plan-2020-2023",
    "SUCCEEDED_BY",
    "national-health-and-collaboration-plan",
    [fn(SECTION.relation, 4), src(SECTION.relation)],
    { validFrom: "2024", dateSources: [fn(SECTION.relation, 4)] },
  ),
  inferred(
    "national-ehealth-strategy-2017",
    "SUCCEEDED_BY",
    STRATEGY,
    [src(SECTION.foreword), PUBLIC.strategy2017],
    {
      reason:
        "The foreword counts progress since the first strategy of 2017 and says the new one applies from 2023; the first one ran 2017–2022.",
      validFrom: "2023",
      dateSources: [cite("strategy", SECTION.foreword, 4)],
    },
  ),
  // The factsheet's footnote 14 names the hospital plan as the regional authorities' overall strategy.
  stated(
    "national-health-and-hospital-plan-2020-2023",
    "RELATED_TO",
    "regional-health-authority-strategies",
    [cite("factsheet", FACTSHEET.stratRegional)],
    { properties: { relation: "overall strategy above the regional strategies" } },
  ),
  // The strategy frames the local authorities' eHealth ambitions and the regional development plans.
  stated("regional-development-plans", "ALIGNED_WITH", STRATEGY, [src(SECTION.relation)], {
    reason: "The strategy provides the framework for the regional health authorities' development plans.",
  }),
  stated("municipalities", "ALIGNED_WITH", STRATEGY, [src(SECTION.relation)], {
    reason: "The strategy provides the framework for local authorities' ambitions within eHealth.",
  }),
  ...["south-eastern-norway-rha", "western-norway-rha", "central-norway-rha", "northern-norway-rha"].map(
    (rha) => stated(rha, "PUBLISHED", "regional-development-plans", [src(SECTION.relation)]),
  ),
  // Prerequisites, as the strategy names them.
  ...OBJECTIVE_IDS.map((objective) =>
    stated(objective, "DEPENDS_ON", "digital-security", [src(SECTION.securitySkills)]),
  ),
  stated("objective-2", "DEPENDS_ON", "digital-skills", [src(SECTION.objective2)], {
    reason: "Digital skills in the education of healthcare professionals and managers are a prerequisite.",
  }),
  stated(STRATEGY, "DEPENDS_ON", "digital-skills", [src(SECTION.securitySkills)], {
    reason: "Digital skills are a prerequisite for the strategy's ambitions.",
  }),
  stated("objective-5", "DEPENDS_ON", "coordinated-development-of-instruments", [src(SECTION.objective5)], {
    reason: "Objective 5's own prerequisite.",
  }),
  // The foreword names the kinds of actors among the more than 60 that took part in the work.
  ...[
    "target-group-patient-and-consumer-organisations",
    "target-group-healthcare-professionals",
    "target-group-healthcare-providers",
    "target-group-research-and-education",
    "target-group-industry",
  ].map((group) =>
    stated(group, "RELATED_TO", STRATEGY, [src(SECTION.foreword)], {
      properties: { relation: "took part in preparing" },
    }),
  ),
  stated(STRATEGY, "RELATED_TO", FOLLOW_UP, [src(SECTION.sdg17), src(SECTION.introduction)], {
    properties: { relation: "outlines" },
  }),
  // Objectives 1–3 give direct benefit to the target groups; the beneficiaries are named there.
  ...(["objective-1", "objective-2", "objective-3"] as const).flatMap((objective) =>
    ["target-group-citizens", "target-group-healthcare-professionals"].map((group) =>
      stated(objective, "RELATED_TO", group, [src(SECTION.strategicObjectives), src(SECTION.targetGroups)], {
        properties: { relation: "provides direct benefit to" },
      }),
    ),
  ),
];

export default {
  module: "seed/strategy.ts",
  nodes,
  relationships,
} satisfies SeedModule;
