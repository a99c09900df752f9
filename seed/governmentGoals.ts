/**
 * The government's five healthcare goals for 2024–2027 and the hospital examples of automation
 * and AI from the April 2025 interview, with their figures; also the ministry's stated future
 * priorities.
 */
import { cite, inferred, publicSource, stated } from "./citations.ts";
import { INTERVIEW, STRATEGY } from "./documentSections.ts";
import type { SeedModule, SeedNode, SeedRelationship } from "./model.ts";

const goals = cite("interview", INTERVIEW.ai);
const collaborationPlanGoals = publicSource(
  "Meld. St. 9 (2023–2024) Nasjonal helse- og samhandlingsplan 2024–2027 (regjeringen.no)",
  "https://www.regjeringen.no/no/dokumenter/meld.-st.-9-20232024/id3027594/?ch=1",
  "1.1 Regjeringens overordnede mål",
);
const waiting = cite("interview", INTERVIEW.waitingTimes);
const ai = cite("interview", INTERVIEW.ai);
const outlook = cite("interview", INTERVIEW.solutions);

/** The Norwegian names are our renderings of the English the interview gives. */
const GOALS: readonly (readonly [id: string, name: string, nameNo: string, description: string])[] = [
  [
    "healthcare-goal-public-health",
    "Promote public health and reduce social disparities in access to healthcare",
    "Fremme folkehelsen og redusere sosiale forskjeller i tilgang til helsehjelp",
    "Better public health and fewer social differences in who gets care.",
  ],
  [
    "healthcare-goal-patient-pathways",
    "Better patient pathways and quick access to services nationwide",
    "Bedre pasientforløp og rask tilgang til tjenester i hele landet",
    "Smoother patient pathways and fast access to care wherever people live.",
  ],
  [
    "healthcare-goal-attractive-workplace",
    "Make the health sector an attractive workplace",
    "Gjøre helsesektoren til en attraktiv arbeidsplass",
    "A health and care sector that professionals want to work in.",
  ],
  [
    "healthcare-goal-sustainable-resources",
    "Sustainable and fair use of resources",
    "Bærekraftig og rettferdig ressursbruk",
    "Resources used in a way that lasts and is distributed fairly.",
  ],
  [
    "healthcare-goal-preparedness",
    "Stronger preparedness for health crises and disasters",
    "Sterkere beredskap for helsekriser og katastrofer",
    "Being ready for health emergencies, crises and disasters.",
  ],
];

const goalNodes: SeedNode[] = GOALS.map(([id, name, nameNo, description], index) => ({
  id,
  label: "HealthcareGoal",
  name,
  nameNo,
  nameNoIsTranslation: true,
  aliases: [`Healthcare goal ${index + 1}`],
  description,
  sources: [goals],
  properties: { number: index + 1 },
  validFrom: "2024",
  validTo: "2027",
  dateSources: [goals],
}));

const goalEdges: SeedRelationship[] = GOALS.flatMap(([id]) => [
  stated("the-government", "HAS_GOAL", id, [goals]),
  // The interview does not say where the goals come from; the plan's text opens with them.
  inferred("national-health-and-collaboration-plan", "HAS_GOAL", id, [goals, collaborationPlanGoals], {
    reason:
      "The National Health and Collaboration Plan 2024–2027 sets out the government's overall goals for the period.",
  }),
]);

/** `nameNo` is our rendering, as for the goals. */
const topic = (id: string, name: string, nameNo: string, description: string): SeedNode => ({
  id,
  label: "Topic",
  name,
  nameNo,
  nameNoIsTranslation: true,
  aliases: [],
  description,
  sources: [outlook],
  properties: {},
});

const ministryWorksOn = (to: string): SeedRelationship =>
  stated("ministry-of-health-and-care-services", "WORKS_ON", to, [outlook], {
    reason: "Named as a future priority in the interview.",
  });

export default {
  module: "seed/governmentGoals.ts",
  nodes: [
    ...goalNodes,
    {
      id: "radiumhospitalet-automated-ecg",
      label: "UseCase",
      name: "Automated ECG readings at Radiumhospitalet",
      nameNo: "Automatiserte EKG-målinger ved Radiumhospitalet",
      nameNoIsTranslation: true,
      aliases: ["ECG automation"],
      description:
        "ECG readings are automated and their results sent digitally straight into the electronic patient record, removing delays; ultrasound images likewise go directly into the patient file.",
      sources: [waiting],
      properties: { usesAI: false, technique: "automation and direct integration with the patient record" },
    },
    {
      id: "vestre-viken-ai-radiology",
      label: "UseCase",
      name: "AI interpretation of radiology images at Vestre Viken",
      nameNo: "KI-tolkning av radiologiske bilder ved Vestre Viken",
      nameNoIsTranslation: true,
      aliases: ["AI radiology triage"],
      description: "AI reads radiology images so patients can be triaged quickly and wait less.",
      sources: [ai],
      properties: {
        usesAI: true,
        technique: "AI image interpretation",
        effect: "rapid triage, shorter waits",
      },
    },
    {
      id: "lovisenberg-ai-surgery-scheduling",
      label: "UseCase",
      name: "AI-driven surgery scheduling at Lovisenberg",
      nameNo: "KI-basert operasjonsplanlegging ved Lovisenberg",
      nameNoIsTranslation: true,
      aliases: ["AI scheduling"],
      description:
        "AI plans operations at Lovisenberg Hospital and has shortened its surgery waiting lists by a fifth.",
      sources: [ai],
      properties: {
        usesAI: true,
        technique: "AI scheduling",
        waitlistReductionPercent: 20,
        display: "surgery waiting lists down 20 %",
      },
    },
    {
      id: "lovisenberg-surgery-waitlist-reduction",
      label: "Figure",
      name: "Reduction in surgery waiting lists at Lovisenberg",
      nameNo: "Kortere ventelister for operasjoner ved Lovisenberg",
      nameNoIsTranslation: true,
      aliases: [],
      description:
        "Lovisenberg Hospital's surgery waiting lists fell by 20 per cent after AI-based scheduling.",
      sources: [ai],
      properties: {
        value: 20,
        unit: "% reduction in surgery waiting lists",
        asOf: "2025-04-02",
        display: "−20 %",
      },
    },
    {
      id: "ai-clinical-documentation",
      label: "UseCase",
      name: "AI note-taking in consultations",
      nameNo: "KI-støttet notatskriving i konsultasjoner",
      nameNoIsTranslation: true,
      aliases: ["AI scribe"],
      description:
        "AI that writes notes during doctor–patient consultations and in psychiatric outpatient clinics.",
      sources: [ai],
      properties: {
        usesAI: true,
        settings: ["doctor-patient consultations", "psychiatric outpatient clinics"],
      },
    },
    {
      id: "ai-emergency-triage",
      label: "UseCase",
      name: "AI triage for emergency care",
      nameNo: "KI-støttet hastegradsvurdering i akuttbehandling",
      nameNoIsTranslation: true,
      aliases: [],
      description: "AI that helps decide which patients need emergency care first.",
      sources: [ai],
      properties: { usesAI: true },
    },
    topic(
      "municipal-digital-adoption",
      "Supporting municipalities in adopting digital solutions",
      "Støtte til kommunene i å ta i bruk digitale løsninger",
      "Helping the municipalities take national digital solutions into use.",
    ),
    topic(
      "health-data-access-for-research",
      "Access to health data for research and business development",
      "Tilgang til helsedata for forskning og næringsutvikling",
      "Making health data easier to use for research and for developing businesses, responsibly.",
    ),
    topic(
      "confidentiality-provisions",
      "Confidentiality provisions and secure information sharing",
      "Taushetspliktregler og sikker informasjonsdeling",
      "Reviewing the rules on confidentiality so that information can be shared securely.",
    ),
  ],
  relationships: [
    ...goalEdges,
    stated("radiumhospitalet", "USES", "radiumhospitalet-automated-ecg", [waiting]),
    stated("vestre-viken", "USES", "vestre-viken-ai-radiology", [ai]),
    stated("lovisenberg-diaconal-hospital", "USES", "lovisenberg-ai-surgery-scheduling", [ai]),
    stated("lovisenberg-ai-surgery-scheduling", "HAS_FIGURE", "lovisenberg-surgery-waitlist-reduction", [ai]),
    stated("radiumhospitalet-automated-ecg", "USES", "electronic-patient-records", [waiting]),
    ...(
      [
        "vestre-viken-ai-radiology",
        "lovisenberg-ai-surgery-scheduling",
        "radiumhospitalet-automated-ecg",
      ] as const
    ).map(
      (id): SeedRelationship =>
        stated(id, "ADDRESSES", "waiting-times", [id === "radiumhospitalet-automated-ecg" ? waiting : ai]),
    ),
    ...(
      [
        "vestre-viken-ai-radiology",
        "lovisenberg-ai-surgery-scheduling",
        "radiumhospitalet-automated-ecg",
        "ai-clinical-documentation",
        "ai-emergency-triage",
      ] as const
    ).map(
      (id): SeedRelationship =>
        inferred(
          id,
          "SUPPORTS",
          "objective-2",
          [id === "radiumhospitalet-automated-ecg" ? waiting : ai, cite("strategy", STRATEGY.objective2)],
          {
            reason:
              "Objective 2 expects more efficient clinical and administrative processes using new technology, AI included; this example saves clinicians time.",
          },
        ),
    ),
    ministryWorksOn("municipal-digital-adoption"),
    ministryWorksOn("health-data-access-for-research"),
    ministryWorksOn("confidentiality-provisions"),
  ],
} satisfies SeedModule as SeedModule;
