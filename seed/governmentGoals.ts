/**
 * The government's five healthcare goals for 2024–2027 and the hospital examples of automation
 * and AI from the April 2025 interview, with their figures; also the ministry's stated future
 * priorities.
 */
import { cite, inferred, publicSource, stated } from "#model/citations.ts";
import type { SeedModule, SeedNode, SeedRelationship } from "#model/model.ts";
import { INTERVIEW, STRATEGY } from "./documentSections.ts";

const goals = cite("interview", INTERVIEW.ai);
const collaborationPlanGoals = publicSource(
  "Meld. St. 9 (2023–2024) Nasjonal helse- og samhandlingsplan 2024–2027 (regjeringen.no)",
  "https://www.regjeringen.no/no/dokumenter/meld.-st.-9-20232024/id3027594/?ch=1",
  "1.1 Regjeringens overordnede mål",
);
const waiting = cite("interview", INTERVIEW.waitingTimes);
const ai = cite("interview", INTERVIEW.ai);
const outlook = cite("interview", INTERVIEW.solutions);

/**
 * The English names follow the interview; the Norwegian names are the goals as the government
 * words them in the plan's chapter 1.1 (the interview gives the same five, in the same order).
 * `reason` says, for each goal, where the plan sets it out.
 */
const GOALS: readonly (readonly [
  id: string,
  name: string,
  nameNo: string,
  description: string,
  reason: string,
])[] = [
  [
    "healthcare-goal-public-health",
    "Promote public health and reduce social disparities in access to healthcare",
    "God helse og mestring i befolkningen, uavhengig av sosial bakgrunn",
    "Better public health and fewer social differences in who gets care.",
    "Chapter 1.1 of the plan puts good health and coping for everyone, whatever their social background, first among the government's overall goals.",
  ],
  [
    "healthcare-goal-patient-pathways",
    "Better patient pathways and quick access to services nationwide",
    "Gode pasientforløp og rask tilgang til tjenester i hele landet",
    "Smoother patient pathways and fast access to care wherever people live.",
    "The plan's list of overall goals gives good patient pathways and fast access to services all over the country as the second.",
  ],
  [
    "healthcare-goal-attractive-workplace",
    "Make the health sector an attractive workplace",
    "Helse- og omsorgstjenesten er et attraktivt arbeidssted i et livslangt karriereløp",
    "A health and care sector that professionals want to work in.",
    "Third on the plan's list: health and care services as a place people want to work in for a whole career.",
  ],
  [
    "healthcare-goal-sustainable-resources",
    "Sustainable and fair use of resources",
    "Bærekraftig og rettferdig ressursbruk",
    "Resources used in a way that lasts and is distributed fairly.",
    "A sustainable and fair use of resources is the fourth overall goal the plan opens with.",
  ],
  [
    "healthcare-goal-preparedness",
    "Stronger preparedness for health crises and disasters",
    "Helse- og omsorgssektoren er forberedt i møte med kriser og katastrofer",
    "Being ready for health emergencies, crises and disasters.",
    "The plan closes its list of the government's goals with a health and care sector prepared for crises and disasters.",
  ],
];

const goalNodes: SeedNode[] = GOALS.map(([id, name, nameNo, description], index) => ({
  id,
  label: "HealthcareGoal",
  name,
  nameNo,
  aliases: [`Healthcare goal ${index + 1}`],
  description,
  sources: [goals, collaborationPlanGoals],
  properties: { number: index + 1 },
  validFrom: "2024",
  validTo: "2027",
  dateSources: [goals],
}));

const goalEdges: SeedRelationship[] = GOALS.flatMap(([id, , , , reason]) => [
  stated("the-government", "HAS_GOAL", id, [goals]),
  // The interview does not say where the goals come from; the plan's text opens with them.
  inferred("national-health-and-collaboration-plan", "HAS_GOAL", id, [goals, collaborationPlanGoals], {
    reason,
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

/** Each example's part of Objective 2 (an easier working day), in our words. */
const SUPPORTS_OBJECTIVE_2: Readonly<Record<string, string>> = {
  "vestre-viken-ai-radiology":
    "Objective 2 wants clinical work to draw on new technology, AI among it; having AI read radiology images is such a use, and it speeds up triage.",
  "lovisenberg-ai-surgery-scheduling":
    "Objective 2 looks for more efficient administrative work through new technology; letting AI plan the operating schedule is an instance, and it shortened the queue.",
  "radiumhospitalet-automated-ecg":
    "Objective 2 wants professionals to spend less time gathering and recording data; ECG results that reach the record by themselves remove a manual step.",
  "ai-clinical-documentation":
    "Objective 2 aims to cut the time clinicians spend writing things down; AI that drafts the notes of a consultation takes over that task.",
  "ai-emergency-triage":
    "Objective 2 expects assessments to lean more on digital decision support; AI that helps rank patients by urgency is such support.",
};

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
      "Helping the municipalities take digital solutions into use.",
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
    stated("vestre-viken-ai-radiology", "ADDRESSES", "waiting-times", [ai]),
    stated("lovisenberg-ai-surgery-scheduling", "ADDRESSES", "waiting-times", [ai]),
    // The interview says the ECG automation removes delays in a workflow, not that patients wait less.
    inferred("radiumhospitalet-automated-ecg", "ADDRESSES", "waiting-times", [waiting], {
      reason:
        "The interview gives the ECG automation as an example under its heading on shorter waits: results that reach the record at once take a hold-up out of the patient's course of care.",
    }),
    ...Object.entries(SUPPORTS_OBJECTIVE_2).map(
      ([id, reason]): SeedRelationship =>
        inferred(
          id,
          "SUPPORTS",
          "objective-2",
          [id === "radiumhospitalet-automated-ecg" ? waiting : ai, cite("strategy", STRATEGY.objective2)],
          { reason },
        ),
    ),
    ministryWorksOn("municipal-digital-adoption"),
    ministryWorksOn("health-data-access-for-research"),
    ministryWorksOn("confidentiality-provisions"),
  ],
} satisfies SeedModule as SeedModule;
