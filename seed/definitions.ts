/**
 * The factsheet's eHealth terms, each with the body (or publication) that defines it. Norway
 * reports no deviation from any of them. The definitions are summarised, not quoted.
 *
 * Essén et al. 2022 is modelled as a Report (a publication by researchers, not a body), so its
 * DEFINES edge starts from a Report node.
 */
import { cite, inferred, stated } from "#model/citations.ts";
import type { SeedModule, SeedNode, SeedRelationship } from "#model/model.ts";
import { FACTSHEET } from "./documentSections.ts";

const table1 = cite("factsheet", FACTSHEET.definitions);

interface Term {
  readonly id: string;
  readonly term: string;
  readonly name: string;
  readonly nameNo: string;
  /** As on a node: the Norwegian name is our rendering, not the term Norwegian sources use. */
  readonly nameNoIsTranslation?: true;
  readonly aliases: readonly string[];
  readonly description: string;
  readonly definedBy: string;
  readonly citedFrom: string;
}

const TERMS: readonly Term[] = [
  {
    id: "ehealth",
    term: "eHealth",
    name: "eHealth",
    nameNo: "E-helse",
    aliases: ["e-health", "e-helse"],
    description:
      "WHO's notion of eHealth: affordable, secure use of information and communication technology for health care, surveillance, literature, education, knowledge and research.",
    definedBy: "who",
    citedFrom: "WHO EMRO — eHealth",
  },
  {
    id: "mhealth",
    term: "mHealth",
    name: "mHealth (mobile health)",
    nameNo: "mHelse (mobil helse)",
    nameNoIsTranslation: true,
    aliases: ["mobile health"],
    description:
      "Medical and public-health practice carried out with the help of mobile phones, patient monitors, PDAs and other wireless devices, as framed by the WHO Global Observatory for eHealth.",
    definedBy: "who-global-observatory-for-ehealth",
    citedFrom: "mHealth Assessment: Conceptualization of a Global Framework (PMC)",
  },
  {
    id: "dhealth",
    term: "dHealth",
    name: "Digital health and care (EU)",
    nameNo: "Digital helse og omsorg (EU)",
    nameNoIsTranslation: true,
    aliases: ["digital health and care", "dHealth"],
    description:
      "The EU's sense of digital health and care: ICT-based tools and services for preventing, diagnosing, treating, monitoring and managing health problems and the lifestyle habits that affect health.",
    definedBy: "european-union",
    citedFrom: "Events — Smart4Health",
  },
  {
    id: "digital-health-who",
    term: "digital health",
    name: "Digital health (WHO)",
    nameNo: "Digital helse (WHO)",
    nameNoIsTranslation: true,
    aliases: [],
    description:
      "WHO's wider idea of digital health: knowledge and practice around digital technologies for health, extending eHealth to digital consumers, smart and connected devices, the Internet of Things, AI, big data and robotics.",
    definedBy: "who",
    citedFrom: "Digital health EURO (who.int)",
  },
  {
    id: "telehealth",
    term: "telehealth",
    name: "Telehealth",
    nameNo: "Telehelse",
    nameNoIsTranslation: true,
    aliases: [],
    description:
      "WHO treats telehealth as wider than telemedicine, adding computer-assisted telecommunication for management, surveillance, literature and access to medical knowledge.",
    definedBy: "who",
    citedFrom: "Telehealth — DigitalHealthEurope",
  },
  {
    id: "telemedicine",
    term: "telemedicine",
    name: "Telemedicine",
    nameNo: "Telemedisin",
    aliases: [],
    description:
      "Health care delivered with ICT when patient and professional (or two professionals) are in different places, involving secure transfer of medical data for prevention, diagnosis, treatment and follow-up; from the Commission's COM(2008)689.",
    definedBy: "european-commission",
    citedFrom: "Telemedicine — DigitalHealthEurope; COM(2008)689",
  },
  {
    id: "teleconsultation",
    term: "teleconsultation",
    name: "Teleconsultation",
    nameNo: "Telekonsultasjon",
    nameNoIsTranslation: true,
    aliases: ["remote consultation"],
    description:
      "Electronic interaction between a clinician and a patient to give diagnostic or therapeutic advice, as PAHO describes it; sometimes also called telehealth.",
    definedBy: "paho",
    citedFrom: "PAHO — COVID-19 teleconsultations factsheet",
  },
  {
    id: "health-app",
    term: "health app",
    name: "Health app",
    nameNo: "Helseapp",
    nameNoIsTranslation: true,
    aliases: ["health application", "mHealth app"],
    description:
      "Software, usually for a mobile device, meant specifically for managing, maintaining or improving individuals' health or for delivering care; Essén et al. 2022 build on an ISO (2021) wording.",
    definedBy: "essen-et-al-2022",
    citedFrom: "Essén et al. 2022, citing ISO (2021) p. 5",
  },
];

const definitionNodes: SeedNode[] = TERMS.map((t) => ({
  id: t.id,
  label: "Definition",
  name: t.name,
  nameNo: t.nameNo,
  ...(t.nameNoIsTranslation ? { nameNoIsTranslation: true as const } : {}),
  aliases: [...t.aliases],
  description: t.description,
  sources: [table1],
  properties: { term: t.term, deviation: "No deviation from definition", citedFrom: t.citedFrom },
}));

const definesEdges: SeedRelationship[] = TERMS.map((t) => stated(t.definedBy, "DEFINES", t.id, [table1]));

export default {
  module: "seed/definitions.ts",
  nodes: [
    ...definitionNodes,
    {
      id: "essen-et-al-2022",
      label: "Report",
      name: "Essén et al. 2022",
      aliases: ["Essén et al."],
      description:
        "2022 research publication whose definition of a health app, built on an ISO standard, the factsheet adopts.",
      sources: [table1],
      properties: {
        year: 2022,
        quotesStandard: "ISO (2021)",
        standardUrl: "https://www.iso.org/standard/78182.html",
      },
    },
  ],
  relationships: [
    ...definesEdges,
    stated("digital-health-who", "RELATED_TO", "dhealth", [table1], {
      reason: "The factsheet gives WHO's digital health definition next to the EU's under the dHealth row.",
    }),
    stated("digital-health-who", "RELATED_TO", "ehealth", [table1], {
      reason: "WHO presents digital health as an extension of eHealth.",
    }),
    stated("telehealth", "RELATED_TO", "telemedicine", [table1], {
      reason: "Telehealth is defined as broader than telemedicine.",
    }),
    stated("teleconsultation", "RELATED_TO", "telehealth", [table1], {
      reason: "Teleconsultation is sometimes also called telehealth.",
    }),
    inferred(
      "telemedical-consultations",
      "RELATED_TO",
      "teleconsultation",
      [table1, cite("factsheet", FACTSHEET.govInpatient)],
      { reason: "Norway's reimbursed telemedical consultations are teleconsultations in the PAHO sense." },
    ),
  ],
} satisfies SeedModule as SeedModule;
