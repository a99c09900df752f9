/**
 * Collaboration arenas, councils and people the National eHealth strategy names: the National
 * Council for eHealth, the other cooperation platforms of footnote 12, the foreword's signatories.
 * Source: document "strategy".
 */
import { cite, inferred, stated } from "#model/citations.ts";
import type { SeedModule, SeedNode, SeedRelationship } from "#model/model.ts";
import { FACTSHEET, STRATEGY } from "./documentSections.ts";
import { PUBLIC } from "./publicSources.ts";

const FOREWORD = cite("strategy", STRATEGY.foreword);
const FN12 = cite("strategy", STRATEGY.collaborationArenas);
const OBJ5_BODY = cite("strategy", STRATEGY.objective5);
const SUMMARY = cite("strategy", STRATEGY.summary);
const INTRODUCTION = cite("strategy", STRATEGY.introduction);
const RELATION = cite("strategy", STRATEGY.relation);
const KNOWLEDGE_PLATFORM = cite("strategy", STRATEGY.knowledgePlatform);
const CO_MANAGEMENT = "co-management-principles";

const COUNCIL = "national-council-for-ehealth";
/** KS is defined in organisations.ts. */
const KS = "ks";

const nodes: SeedNode[] = [
  {
    id: COUNCIL,
    label: "Council",
    name: "National Council for eHealth",
    // "Nasjonalt e-helsestyre" was the top forum of the earlier governance model (strategy
    // 2017–2022); the council model the 2023 strategy refers to calls its top level this.
    nameNo: "Nasjonalt e-helseråd",
    aliases: ["National e-health council", "Nasjonal rådsmodell for e-helse", "e-helserådet"],
    description:
      "The national cooperation body for eHealth that steers and follows up the 2023 strategy, regularly reviewing and adjusting its indicators and initiatives; it has committees whose members helped prepare the strategy, and in 2023 it was led by Rune Simensen. The 2025 factsheet answers yes to a national eHealth governance board, pointing to this council model.",
    sources: [
      FOREWORD,
      SUMMARY,
      INTRODUCTION,
      RELATION,
      FN12,
      cite("factsheet", FACTSHEET.govBoard),
      cite("factsheet", FACTSHEET.fnCouncilModel),
      PUBLIC.councilModel,
      PUBLIC.councilLeader,
    ],
    properties: {
      level: "national",
      collaborationArena: true,
      hasCommittees: true,
      committeesNamed: false,
    },
  },
  {
    id: "ks-co-management-structure-for-digitalisation",
    label: "Council",
    name: "KS co-management structure for digitalisation",
    nameNo: "KS samstyringsstruktur for digitalisering",
    aliases: ["KS co-management structure", "Municipal co-management of digitalisation"],
    description:
      "The arrangement run through KS by which municipalities jointly govern digitalisation, listed by the strategy among the key cooperation arenas for eHealth.",
    sources: [FN12],
    properties: { level: "municipal", collaborationArena: true },
  },
  {
    id: "regional-health-authorities-digitalisation-collaboration",
    label: "Council",
    name: "Regional health authorities' collaboration on digitalisation",
    nameNo: "De regionale helseforetakenes samarbeid om digitalisering",
    nameNoIsTranslation: true,
    aliases: [
      "Regional health organisations' collaboration on digitalisation",
      "RHA digitalisation collaboration",
    ],
    description:
      "Joint working between the regional health authorities on digitalisation, one of the cooperation arenas the strategy counts as important for eHealth.",
    sources: [FN12],
    properties: { level: "regional", collaborationArena: true },
  },
  {
    id: "health-communities",
    label: "Council",
    name: "Health communities",
    nameNo: "Helsefellesskap",
    aliases: ["Health partnerships", "Helsefellesskapene"],
    description:
      "Local partnerships between specialist and municipal health services, named by the strategy as one of the significant eHealth collaboration arenas.",
    sources: [FN12],
    properties: { level: "local and regional", collaborationArena: true },
  },
  {
    id: "skate",
    label: "Council",
    name: "Skate — Management and coordination of services in e-government",
    nameNo: "Skate — Styring og koordinering av tjenester i e-forvaltning",
    aliases: ["Skate", "Management and coordination of services in e-government"],
    description:
      "A cross-government forum for steering and coordinating digital public services, which the strategy cites as an example of an important collaboration arena.",
    sources: [FN12],
    properties: { level: "national, cross-sector", collaborationArena: true },
  },
  {
    id: CO_MANAGEMENT,
    label: "Topic",
    name: "Co-management principles for central and local government",
    nameNo: "Samstyringsprinsipper for stat og kommune",
    nameNoIsTranslation: true,
    aliases: ["Co-management principles", "Co-management"],
    description:
      "Principles for how the state and local government work together on eHealth: they meet as equals and municipalities have a genuine say. The knowledge platform wants such joint governance developed further on a footing of trust, equality and predictability.",
    sources: [OBJ5_BODY, KNOWLEDGE_PLATFORM],
    properties: {},
  },
  {
    id: "mariann-hornnes",
    label: "Person",
    name: "Mariann Hornnes",
    aliases: ["Hornnes"],
    description:
      "Director of the Norwegian Directorate of eHealth, who co-signed the strategy's foreword in 2023.",
    sources: [FOREWORD],
    properties: {},
  },
  {
    id: "rune-simensen",
    label: "Person",
    name: "Rune Simensen",
    aliases: ["Simensen"],
    description:
      "Co-signatory of the strategy's foreword: the South-Eastern Norway Regional Health Authority's director for technology and eHealth, who led the National Council for eHealth.",
    sources: [FOREWORD, PUBLIC.councilLeader],
    properties: {},
  },
];

const RHAS = ["south-eastern-norway-rha", "western-norway-rha", "central-norway-rha", "northern-norway-rha"];

/** The footnote names the collaboration, not its members: each region's place in it is inferred. */
const RHA_MEMBER_REASONS: Record<string, string> = {
  "south-eastern-norway-rha":
    "South-Eastern Norway is one of the four regional health authorities, so it takes part in their joint digitalisation work.",
  "western-norway-rha":
    "Western Norway counts among the four regional health authorities whose shared digitalisation work the footnote names.",
  "central-norway-rha":
    "As one of the four regional health authorities, Central Norway belongs to the collaboration the footnote names.",
  "northern-norway-rha":
    "The footnote names the regional authorities' collaboration as a whole; Northern Norway, one of the four, is part of it.",
};

const relationships: SeedRelationship[] = [
  stated("mariann-hornnes", "HOLDS_ROLE", "directorate-of-ehealth", [FOREWORD], {
    properties: {
      role: "Director",
      asOf: "2023",
    },
    validTo: "2023-12-31",
    dateSources: [PUBLIC.merger2024],
  }),
  // None of the five documents speaks of her after the 2024 merger: the role comes from public records.
  inferred("mariann-hornnes", "HOLDS_ROLE", "directorate-of-health", [PUBLIC.merger2024], {
    reason:
      "Her role in the merged directorate rests on the public record of the 2024 merger; none of the five documents covers that year.",
    properties: { role: "Assistant Director of Health, responsible for eHealth" },
    validFrom: "2024-01-01",
    dateSources: [PUBLIC.merger2024],
  }),
  stated("rune-simensen", "HOLDS_ROLE", "south-eastern-norway-rha", [FOREWORD], {
    properties: {
      role: "Director for technology and eHealth",
      asOf: "2023",
    },
  }),
  // The foreword's signature line is cut off after "the leader of the National", so the document
  // does not state what he leads; the directorate's launch news for the strategy does.
  inferred("rune-simensen", "HOLDS_ROLE", COUNCIL, [FOREWORD, PUBLIC.councilLeader], {
    reason:
      "The foreword's signature breaks off; the directorate's news on the strategy names him the council's leader.",
    properties: { role: "Leader", asOf: "2023" },
  }),
  inferred("rune-simensen", "LEADS", COUNCIL, [FOREWORD, PUBLIC.councilLeader], {
    reason:
      "The foreword's signature breaks off; the directorate's news on the strategy names him the council's leader.",
    properties: { asOf: "2023" },
  }),
  // Footnote 2 cites the directorate's own page on the council: the directorate ran its secretariat.
  inferred(
    "directorate-of-ehealth",
    "COORDINATES",
    COUNCIL,
    [INTRODUCTION, PUBLIC.directorateOfEhealthEnglish],
    {
      reason:
        "The strategy's footnote 2 points to the Directorate of eHealth's page on the council, whose secretariat the directorate kept.",
      properties: { role: "secretariat" },
      validTo: "2023-12-31",
      dateSources: [PUBLIC.merger2024],
    },
  ),
  inferred("directorate-of-health", "COORDINATES", COUNCIL, [PUBLIC.councilModel], {
    reason: "Since the merger the council model is run from the Directorate of Health.",
    properties: { role: "secretariat" },
    validFrom: "2024-01-01",
    dateSources: [PUBLIC.merger2024],
  }),
  // Footnote 12 lists the arenas where Objective 5's cooperation platforms are named.
  ...[
    COUNCIL,
    "ks-co-management-structure-for-digitalisation",
    "regional-health-authorities-digitalisation-collaboration",
    "health-communities",
    "skate",
  ].map((arena) => stated(arena, "SUPPORTS", "objective-5", [FN12, OBJ5_BODY])),
  // GOVERNS, not RELATED_TO: the factsheet's drafting link (documents.ts) is a different fact.
  stated(COUNCIL, "GOVERNS", "national-ehealth-strategy-2023", [INTRODUCTION, RELATION], {
    properties: {
      relation: "manages and follows up",
    },
  }),
  stated("objective-5", "RELATED_TO", CO_MANAGEMENT, [OBJ5_BODY], {
    properties: { relation: "bases central–local cooperation on" },
  }),
  stated(COUNCIL, "RELATED_TO", "national-ehealth-strategy-implementation-plan", [SUMMARY, INTRODUCTION], {
    properties: {
      relation: "regularly follows up and adjusts",
    },
  }),
  inferred(KS, "LEADS", "ks-co-management-structure-for-digitalisation", [FN12, OBJ5_BODY], {
    reason:
      "The footnote calls the structure KS's own; that KS, the municipalities' association, runs it is our reading, not a sentence of the strategy.",
    properties: {
      note: "the structure is named after KS",
    },
  }),
  ...RHAS.map((rha) =>
    inferred(rha, "MEMBER_OF", "regional-health-authorities-digitalisation-collaboration", [FN12], {
      reason: RHA_MEMBER_REASONS[rha],
      properties: {
        note: "the arena is the regional health authorities' joint collaboration",
      },
    }),
  ),
];

export default {
  module: "seed/arenas.ts",
  nodes,
  relationships,
} satisfies SeedModule;
