/** Corrections to the objectives facts (see seed/correction.ts), in the order they were made. */
import type { Correction } from "../correction.ts";

const made = { date: "2026-12-05", release: "2026.12.1" } as const;

/** The government's five goals: the Norwegian name each had, and the one the plan gives it. */
const GOAL_NAMES: readonly [id: string, was: string, now: string][] = [
  [
    "healthcare-goal-public-health",
    "Fremme folkehelsen og redusere sosiale forskjeller i tilgang til helsehjelp (our translation)",
    "God helse og mestring i befolkningen, uavhengig av sosial bakgrunn",
  ],
  [
    "healthcare-goal-patient-pathways",
    "Bedre pasientforløp og rask tilgang til tjenester i hele landet (our translation)",
    "Gode pasientforløp og rask tilgang til tjenester i hele landet",
  ],
  [
    "healthcare-goal-attractive-workplace",
    "Gjøre helsesektoren til en attraktiv arbeidsplass (our translation)",
    "Helse- og omsorgstjenesten er et attraktivt arbeidssted i et livslangt karriereløp",
  ],
  [
    "healthcare-goal-sustainable-resources",
    "marked as our translation (Bærekraftig og rettferdig ressursbruk)",
    "the same words, now marked and cited as the government's own wording",
  ],
  [
    "healthcare-goal-preparedness",
    "Sterkere beredskap for helsekriser og katastrofer (our translation)",
    "Helse- og omsorgssektoren er forberedt i møte med kriser og katastrofer",
  ],
];

const goalNameCorrections: Correction[] = GOAL_NAMES.flatMap(([item, was, now]): Correction[] => [
  {
    item,
    field: item === "healthcare-goal-sustainable-resources" ? "nameNoIsTranslation" : "nameNo",
    was,
    now,
    why: "The interview gives the five goals only in English; they are the five overall goals that chapter 1.1 of Meld. St. 9 (2023–2024), the National Health and Collaboration Plan 2024–2027, lists in the same order. We read them as the same goals and use the government's Norwegian wording instead of our back-translation.",
    ...made,
  },
  {
    item,
    field: "sources",
    was: "the interview only",
    now: "the interview, and chapter 1.1 of Meld. St. 9 (2023–2024) on regjeringen.no for the Norwegian name",
    why: "The Norwegian name now comes from the plan, so the node cites where it stands.",
    ...made,
  },
]);

/** The plan's five HAS_GOAL edges shared one pasted reason; each now says where the plan puts its goal. */
const planReasons: Correction[] = [
  "healthcare-goal-public-health",
  "healthcare-goal-patient-pathways",
  "healthcare-goal-attractive-workplace",
  "healthcare-goal-sustainable-resources",
  "healthcare-goal-preparedness",
].map((goal) => ({
  item: `national-health-and-collaboration-plan|HAS_GOAL|${goal}`,
  field: "reason",
  was: "One reason shared by all five goals: the plan lays out the government's overall goals for the period.",
  now: "A reason for this goal alone: where in the plan's list of overall goals (chapter 1.1) it stands.",
  why: "A reason pasted onto five facts explains none of them; the plan's chapter 1.1, already cited, was checked and lists each goal.",
  ...made,
}));

/** The five interview examples shared one pasted reason for supporting Objective 2. */
const supportReasons: Correction[] = (
  [
    ["vestre-viken-ai-radiology", "clinical work drawing on new technology, AI included"],
    ["lovisenberg-ai-surgery-scheduling", "more efficient administrative work through new technology"],
    ["radiumhospitalet-automated-ecg", "less time spent gathering and recording data"],
    ["ai-clinical-documentation", "less time spent writing things down"],
    ["ai-emergency-triage", "assessments leaning more on digital decision support"],
  ] as const
).map(([id, part]) => ({
  item: `${id}|SUPPORTS|objective-2`,
  field: "reason",
  was: "One reason shared by five examples: Objective 2 wants more efficient processes with new technology such as AI, and the example saves clinicians time.",
  now: `A reason for this example alone, tied to the part of Objective 2 it serves: ${part}.`,
  why: "A reason pasted onto five facts explains none of them. The Automated ECG example uses no AI, so the shared reason did not fit it; each reason now names the Objective 2 outcome or remark (anchored in the strategy) that the example serves.",
  ...made,
}));

/** Objective 3's prerequisites that the strategy names besides the health registries. */
const PREREQUISITES: readonly [id: string, what: string][] = [
  ["health-data-initiatives", "health data initiatives"],
  ["health-data-analysis-platforms", "analysis platforms"],
  [
    "structured-health-data-from-many-sources",
    "structured health data from a broad range of sources (services, devices, citizens, other sectors, international actors)",
  ],
];

const prerequisiteAdditions: Correction[] = PREREQUISITES.flatMap(([id, what]): Correction[] => [
  {
    item: id,
    field: "added",
    was: "",
    now: `A topic for Objective 3's prerequisite: ${what}.`,
    why: "The body of Objective 3 names it as a prerequisite beside the health registries; the graph had only the registries.",
    ...made,
  },
  {
    item: `objective-3|DEPENDS_ON|${id}`,
    field: "added",
    was: "",
    now: `Objective 3 depends on ${what} (stated, anchored in the objective's body).`,
    why: "A stated prerequisite of Objective 3 that was missing, modelled like Objective 5's own prerequisite (DEPENDS_ON a topic).",
    ...made,
  },
]);

export const CORRECTIONS: readonly Correction[] = [
  ...goalNameCorrections,
  ...planReasons,
  ...supportReasons,
  {
    item: "outcome-4-8|RELATED_TO|european-health-data-space",
    field: "sources",
    was: "the outcome's Towards 2030 list and a news item on the start of the XpanDH project",
    now: "the outcome's Towards 2030 list and Regulation (EU) 2025/327 (EUR-Lex), chapter II on the cross-border infrastructure MyHealth@EU",
    why: "The XpanDH news item dates a project and says nothing of the EU's exchange infrastructure; the EHDS regulation is where that infrastructure is set up.",
    ...made,
  },
  {
    item: "outcome-4-8|RELATED_TO|european-health-data-space",
    field: "reason",
    was: "The EU's cross-border infrastructure carries the common record format the EHDS builds on.",
    now: "The EU exchange infrastructure Norway is to join is MyHealth@EU, which the EHDS regulation makes the channel for sharing patient data between countries.",
    why: "The old reason mixed up the exchange format (a specification) with the infrastructure the outcome names; the regulation now cited states the link.",
    ...made,
  },
  {
    item: "municipal-digital-adoption",
    field: "description",
    was: "Helping the municipalities adopt national digital solutions.",
    now: "Helping the municipalities adopt digital solutions.",
    why: "The interview speaks of supporting municipalities in adopting digital solutions; it does not say national ones.",
    ...made,
  },
  {
    item: "radiumhospitalet-automated-ecg|ADDRESSES|waiting-times",
    field: "basis",
    was: "stated",
    now: "inferred, with a reason",
    why: "The interview says the ECG automation removes needless delays in getting results into the record and smooths the workflow; it does not say patients wait less. The link to waiting times rests on the section it stands in, so it is our inference.",
    ...made,
  },
  ...prerequisiteAdditions,
];
