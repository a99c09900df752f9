/**
 * Collaboration arenas, councils and people the National eHealth strategy names: the National
 * Council for eHealth, the other cooperation platforms of footnote 12, the foreword's signatories.
 * Source: document "strategy".
 */
import type { SeedModule, SeedNode, SeedRelationship, SourceRef } from "./model.ts";

const src = (section: string): SourceRef => ({ document: "strategy", section });
const FOREWORD = src("Foreword");
const OBJ5 = "Objective 5: Cooperation and instruments that strengthen implementation";
const FN12 = src(`${OBJ5}, footnote 12`);
const OBJ5_BODY = src(OBJ5);
const SUMMARY = src("Summary");
const INTRODUCTION = src("Introduction");
const RELATION = src("Introduction — Relation to other strategies and plans");

const COUNCIL = "national-council-for-ehealth";
/** KS is defined in organisations.ts. */
const KS = "ks";

const nodes: SeedNode[] = [
  {
    id: COUNCIL,
    label: "Council",
    name: "National Council for eHealth",
    nameNo: "Nasjonalt e-helsestyre",
    aliases: [
      "National eHealth Board",
      "National e-health council",
      "Nasjonal rådsmodell for e-helse",
      "e-helsestyret",
    ],
    description:
      "The national cooperation body for eHealth that steers and follows up the 2023 strategy, regularly reviewing and adjusting its indicators and initiatives; it has committees whose members helped prepare the strategy, and in 2023 it was led by Rune Simensen.",
    sources: [FOREWORD, SUMMARY, INTRODUCTION, RELATION, FN12],
    properties: { level: "national", collaborationArena: true, hasCommittees: true, committeesNamed: false },
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
      "Director for technology and eHealth at the South-Eastern Norway Regional Health Authority and leader of the National Council for eHealth, co-signatory of the strategy's foreword.",
    sources: [FOREWORD],
    properties: {},
  },
];

type Rel = SeedRelationship;
const rel = (
  from: string,
  type: Rel["type"],
  to: string,
  basis: Rel["basis"],
  sources: SourceRef[],
  properties: Record<string, string | number | boolean> = {},
): Rel => ({ from, type, to, basis, sources, properties });

const RHAS = ["south-eastern-norway-rha", "western-norway-rha", "central-norway-rha", "northern-norway-rha"];

const relationships: Rel[] = [
  rel("mariann-hornnes", "HOLDS_ROLE", "directorate-of-ehealth", "stated", [FOREWORD], {
    role: "Director",
    asOf: "2023",
  }),
  rel("rune-simensen", "HOLDS_ROLE", "south-eastern-norway-rha", "stated", [FOREWORD], {
    role: "Director for technology and eHealth",
    asOf: "2023",
  }),
  // The foreword's signature line is cut off after "the leader of the National"; the council is
  // the only "National ..." body it can refer to in this document.
  rel("rune-simensen", "HOLDS_ROLE", COUNCIL, "stated", [FOREWORD], { role: "Leader", asOf: "2023" }),
  rel("rune-simensen", "LEADS", COUNCIL, "stated", [FOREWORD], { asOf: "2023" }),
  rel(COUNCIL, "RELATED_TO", "national-ehealth-strategy-2023", "stated", [INTRODUCTION, RELATION], {
    relation: "manages and follows up",
  }),
  rel(
    COUNCIL,
    "RELATED_TO",
    "national-ehealth-strategy-implementation-plan",
    "stated",
    [SUMMARY, INTRODUCTION],
    {
      relation: "regularly follows up and adjusts",
    },
  ),
  rel(KS, "LEADS", "ks-co-management-structure-for-digitalisation", "inferred", [FN12, OBJ5_BODY], {
    note: "the structure is named after KS",
  }),
  ...RHAS.map((rha) =>
    rel(rha, "MEMBER_OF", "regional-health-authorities-digitalisation-collaboration", "inferred", [FN12], {
      note: "the arena is the regional health authorities' joint collaboration",
    }),
  ),
];

export default {
  module: "seed/arenas.ts",
  nodes,
  relationships,
} satisfies SeedModule;
