/**
 * National eHealth solutions and services named in the overview, interview, department page and
 * factsheet; who runs, manages or works on them; and, inferred, which objective of the national
 * eHealth strategy each one serves.
 */
import { cite, inferred, publicSource, stated } from "#model/citations.ts";
import type { SeedModule, SeedRelationship } from "#model/model.ts";
import { DEPARTMENT, FACTSHEET, INTERVIEW, OVERVIEW, STRATEGY } from "./documentSections.ts";
import { PUBLIC } from "./publicSources.ts";

const services = cite("department", DEPARTMENT.services);
const interviewSolutions = cite("interview", INTERVIEW.solutions);
const nhnPage = publicSource(
  "Norsk helsenett SF",
  "https://www.nhn.no",
  "National eHealth solutions operated by Norsk helsenett",
);

const OBJECTIVE_SECTION: Record<string, string> = {
  "objective-1": STRATEGY.objective1,
  "objective-2": STRATEGY.objective2,
  "objective-3": STRATEGY.objective3,
  "objective-4": STRATEGY.objective4,
  "objective-5": STRATEGY.objective5,
};

/** Solution → strategy objective, inferred: the solution's own source plus the objective's section. */
function supports(
  from: string,
  objective: keyof typeof OBJECTIVE_SECTION,
  source: ReturnType<typeof cite>,
  reason: string,
): SeedRelationship {
  return inferred(
    from,
    "SUPPORTS",
    objective,
    [source, cite("strategy", OBJECTIVE_SECTION[objective] ?? STRATEGY.objective1)],
    { reason },
  );
}

const worksOn = (to: string): SeedRelationship => stated("department-of-ehealth", "WORKS_ON", to, [services]);

export default {
  module: "seed/solutions.ts",
  nodes: [
    {
      id: "helsenorge",
      label: "Solution",
      name: "Helsenorge.no",
      nameNo: "Helsenorge",
      aliases: ["Helsenorge.no", "helse norge", "helsenorge.no portal"],
      description:
        "Public health portal that health authorities set up in 2011. Its stated purpose is to make health services easier to reach for patients and their families, to help them cope with and improve their health, and to give the patient a stronger role; citizens use it to read their records, book appointments and consult health services online.",
      sources: [
        cite("overview", OVERVIEW.portal),
        interviewSolutions,
        cite("factsheet", FACTSHEET.govAgency),
      ],
      properties: {
        url: "https://www.helsenorge.no",
        purpose:
          "easier access to health services for patients and relatives, help to cope with and improve their health, a stronger patient role",
      },
      validFrom: "2011-06-15",
      dateSources: [cite("overview", OVERVIEW.portal), PUBLIC.helsenorgeLaunch],
    },
    {
      id: "kjernejournal",
      label: "Solution",
      name: "Summary Care Record",
      nameNo: "Kjernejournal",
      aliases: ["Summary Care Journal", "summary care records", "Kjernejournal"],
      description:
        "National digital record holding the most important health facts about a patient, such as allergies, medicines and vaccinations, for use by health personnel.",
      sources: [interviewSolutions, services],
      properties: {},
    },
    {
      id: "e-resept",
      label: "Solution",
      name: "E-prescription",
      nameNo: "E-resept",
      aliases: ["ePrescription", "e-prescriptions", "eResept"],
      description:
        "National prescription system that passes prescriptions securely between prescribers, pharmacies and suppliers of medical goods.",
      sources: [interviewSolutions, services],
      properties: {},
    },
    {
      id: "helsenettet",
      label: "Solution",
      name: "Norwegian Health Network",
      nameNo: "Helsenettet",
      aliases: ["the health network", "health network"],
      description:
        "Secure national network over which health and care actors exchange information; approved third-party suppliers can offer their services to everyone connected to it.",
      sources: [interviewSolutions, cite("overview", OVERVIEW.network)],
      properties: { thirdPartyProviders: true },
    },
    {
      id: "helsecert",
      label: "Solution",
      name: "HelseCERT",
      nameNo: "HelseCERT",
      aliases: ["Norwegian HealthCERT", "HealthCERT"],
      description:
        "The health sector's national computer emergency response team for digital security incidents.",
      sources: [services],
      properties: {},
    },
    {
      id: "helsedataservice",
      label: "Solution",
      name: "Health Data Service",
      nameNo: "Helsedataservice",
      aliases: ["Helsedataservice"],
      description:
        "National service that helps researchers and others apply for and get access to health data from registries and other sources.",
      sources: [services],
      properties: {},
    },
    {
      id: "national-health-registries",
      label: "Solution",
      name: "National health registries",
      nameNo: "Nasjonale helseregistre",
      aliases: [
        "national health databases",
        "national health data filing systems",
        "national health registry",
      ],
      description:
        "Norway's national health databases and registries, open to research and also holding information on eHealth use in cancer care.",
      sources: [
        cite("overview", OVERVIEW.healthSystem),
        cite("department", DEPARTMENT.areas),
        cite("factsheet", FACTSHEET.stratIndicators),
      ],
      properties: {},
    },
    {
      id: "digital-citizen-services",
      label: "Solution",
      name: "Digital citizen services",
      nameNo: "Digitale innbyggertjenester",
      nameNoIsTranslation: true,
      aliases: ["digital services for citizens"],
      description:
        "Online health services for the public; the department lists them as work it is engaged in.",
      sources: [services],
      properties: {},
    },
    {
      id: "digital-dialogue",
      label: "Solution",
      name: "Digital dialogue between citizens and healthcare personnel",
      nameNo: "Digital dialog mellom innbyggere og helsepersonell",
      nameNoIsTranslation: true,
      aliases: ["digital dialogue", "online consultation", "digital interaction with patients"],
      description:
        "Secure online communication between patients and health workers, such as messages and video consultations.",
      sources: [services, interviewSolutions],
      properties: {},
    },
    {
      id: "patient-access-to-own-records",
      label: "Solution",
      name: "Patient access to own medical records",
      nameNo: "Pasientens tilgang til egen journal",
      nameNoIsTranslation: true,
      aliases: ["access to medical records"],
      description: "Service that lets patients read their own health records online.",
      sources: [services, interviewSolutions],
      properties: {},
    },
    {
      id: "digital-home-follow-up",
      label: "Solution",
      name: "Welfare technology and digital home follow-up",
      nameNo: "Velferdsteknologi og digital hjemmeoppfølging",
      aliases: ["Social technology", "digital in-home follow-up", "welfare technology", "home follow-up"],
      description:
        "Technology and remote monitoring that let people with health problems be followed up at home; some welfare technology, like safety alarms, falls outside health care and may carry a deductible.",
      sources: [
        services,
        cite("factsheet", FACTSHEET.govInpatient),
        cite("factsheet", FACTSHEET.stratCancer),
      ],
      properties: {},
    },
    {
      id: "safety-alarms",
      label: "Solution",
      name: "Safety alarms",
      nameNo: "Trygghetsalarm",
      aliases: ["personal safety alarm"],
      description:
        "Home alarms counted as welfare technology rather than health care, for which citizens sometimes pay a deductible.",
      sources: [cite("factsheet", FACTSHEET.govInpatient)],
      properties: { deductibleSometimes: true },
    },
    {
      id: "telemedical-consultations",
      label: "Solution",
      name: "Telemedical consultations",
      nameNo: "Telemedisinske konsultasjoner",
      nameNoIsTranslation: true,
      aliases: ["telehealth consultations", "video consultations"],
      description:
        "Remote consultations whose reimbursement is mostly built into the financing of specialist care and of general practitioners.",
      sources: [cite("factsheet", FACTSHEET.govInpatient)],
      properties: { reimbursed: "mostly, within existing financing" },
    },
    {
      id: "electronic-messaging",
      label: "Solution",
      name: "Electronic messaging between healthcare providers",
      nameNo: "Elektronisk meldingsutveksling mellom tjenesteytere",
      nameNoIsTranslation: true,
      aliases: ["e-messaging"],
      description:
        "Early form of Norwegian eHealth: structured electronic messages exchanged between health providers.",
      sources: [cite("interview", INTERVIEW.transformation)],
      properties: {},
    },
    {
      id: "electronic-patient-records",
      label: "Solution",
      name: "Electronic patient records",
      nameNo: "Elektronisk pasientjournal",
      aliases: ["EPR", "medical record solutions", "EHR"],
      description:
        "The record systems used by hospitals and other providers; the department follows their modernisation, and hospitals feed test results into them automatically.",
      sources: [cite("department", DEPARTMENT.intro), cite("interview", INTERVIEW.waitingTimes)],
      properties: {},
    },
  ],
  relationships: [
    // Who runs and manages what. The department page's "content management of the Norwegian Health
    // Network" is read as the department's governance of Norsk helsenett SF, the body (see the
    // correction log): it is not a link from the department to the network itself.
    inferred("norsk-helsenett", "RUNS", "helsenettet", [interviewSolutions, nhnPage], {
      reason: "Norsk helsenett SF is the state enterprise that operates the health network.",
    }),
    inferred("norsk-helsenett", "RUNS", "helsecert", [services, nhnPage], {
      reason: "HelseCERT is the security centre of Norsk helsenett.",
    }),
    // The national solutions moved from the Directorate of eHealth to Norsk helsenett on 1 January 2020.
    ...(["helsenorge", "kjernejournal", "e-resept"] as const).flatMap((solution) => [
      inferred(
        "directorate-of-ehealth",
        "RUNS",
        solution,
        [PUBLIC.directorateOfEhealthOpened, PUBLIC.ehealthReorganisation2020],
        {
          reason:
            "The directorate took the national solutions over when it was created and ran them until 2020.",
          validFrom: "2016-01-01",
          validTo: "2019-12-31",
          dateSources: [PUBLIC.directorateOfEhealthAbout, PUBLIC.ehealthReorganisation2020],
        },
      ),
      inferred(
        "norsk-helsenett",
        "RUNS",
        solution,
        [
          solution === "helsenorge" ? cite("overview", OVERVIEW.portal) : interviewSolutions,
          PUBLIC.ehealthReorganisation2020,
          PUBLIC.nhnTakesOver2020,
        ],
        {
          reason: "Since 1 January 2020 Norsk helsenett runs the national eHealth solutions.",
          validFrom: "2020-01-01",
          dateSources: [PUBLIC.ehealthReorganisation2020, PUBLIC.nhnTakesOver2020],
        },
      ),
    ]),
    // Before 2016 the Directorate of Health ran the summary care record and e-prescription; the news of
    // the Directorate of eHealth's opening says they came over from it. When it began running them
    // is not given there, so the period has only its end.
    ...(
      [
        [
          "kjernejournal",
          "The Directorate of Health ran the summary care record until the new Directorate of eHealth took it over on opening in 2016.",
        ],
        [
          "e-resept",
          "E-prescription was the Directorate of Health's to run until it passed to the Directorate of eHealth at the start of 2016.",
        ],
      ] as const
    ).map(([solution, reason]) =>
      inferred("directorate-of-health", "RUNS", solution, [PUBLIC.directorateOfEhealthOpened], {
        reason,
        validTo: "2015-12-31",
        dateSources: [PUBLIC.directorateOfEhealthOpened, PUBLIC.directorateOfEhealthAbout],
      }),
    ),
    // The overview says only that "health authorities" set Helsenorge up in 2011.
    inferred(
      "directorate-of-health",
      "RUNS",
      "helsenorge",
      [cite("overview", OVERVIEW.portal), PUBLIC.helsenorgeLaunch],
      {
        reason:
          "The ministry asked the Directorate of Health to set the portal up; it launched on 15 June 2011.",
        validFrom: "2011-06-15",
        validTo: "2015-12-31",
        dateSources: [PUBLIC.helsenorgeLaunch, PUBLIC.directorateOfEhealthAbout],
      },
    ),
    // A genuine disagreement between documents: an agency, or a portal?
    stated(
      "helsenorge",
      "RELATED_TO",
      "national-ehealth-coordination",
      [cite("factsheet", FACTSHEET.govAgency), cite("overview", OVERVIEW.portal)],
      {
        properties: { relation: "named as the national public eHealth agency" },
        conflict:
          "The factsheet answers the question about a national public eHealth agency with helsenorge.no; the overview describes Helsenorge as a public health portal that health authorities set up. The portal is run by a body (the Directorate of Health from 2011, the Directorate of eHealth from 2016, Norsk helsenett from 2020) and is not itself an agency.",
      },
    ),
    // Helsedataservice moved with the health registry area to the Institute of Public Health.
    inferred("directorate-of-ehealth", "RUNS", "helsedataservice", [services, PUBLIC.mergerDecision2023], {
      reason: "Helsedataservice belonged to the Directorate of eHealth until the 2024 reorganisation.",
      validTo: "2023-12-31",
      dateSources: [PUBLIC.mergerDecision2023],
    }),
    inferred(
      "norwegian-institute-of-public-health",
      "RUNS",
      "helsedataservice",
      [services, PUBLIC.mergerDecision2023],
      {
        reason:
          "The health registry area, Helsedataservice included, moved to the institute on 1 January 2024.",
        validFrom: "2024-01-01",
        dateSources: [PUBLIC.mergerDecision2023, PUBLIC.merger2024],
      },
    ),
    inferred(
      "norwegian-institute-of-public-health",
      "MANAGES",
      "national-health-registries",
      [cite("overview", OVERVIEW.healthSystem), PUBLIC.registriesMove2024],
      {
        reason:
          "The overview points researchers to the institute's website for the national health databases, and the health registries were gathered at the institute from 2024.",
      },
    ),
    // The interview: the ministry highlights four national solutions.
    ...(["helsenettet", "kjernejournal", "e-resept", "helsenorge"] as const).map((solution) =>
      stated("ministry-of-health-and-care-services", "RELATED_TO", solution, [interviewSolutions], {
        properties: { relation: "highlights as a national solution" },
      }),
    ),
    worksOn("digital-citizen-services"),
    worksOn("digital-dialogue"),
    worksOn("patient-access-to-own-records"),
    worksOn("digital-home-follow-up"),
    worksOn("e-resept"),
    worksOn("kjernejournal"),
    worksOn("helsecert"),
    worksOn("european-health-data-space"),
    worksOn("helsedataservice"),
    inferred(
      "digital-citizen-services",
      "RELATED_TO",
      "helsenorge",
      [services, cite("overview", OVERVIEW.portal)],
      {
        reason:
          "The department's list breaks off at 'Digital citizen services at'; the national site for them is Helsenorge.",
      },
    ),
    stated("patient-access-to-own-records", "RELATED_TO", "helsenorge", [interviewSolutions], {
      reason: "The interview names access to medical records as something citizens do through Helsenorge.",
    }),
    stated(
      "digital-dialogue",
      "RELATED_TO",
      "helsenorge",
      [interviewSolutions, cite("overview", OVERVIEW.portal)],
      { reason: "Helsenorge supports online consultation and health-related dialogue with citizens." },
    ),
    stated(
      "safety-alarms",
      "RELATED_TO",
      "digital-home-follow-up",
      [cite("factsheet", FACTSHEET.govInpatient)],
      { reason: "The factsheet gives safety alarms as an example of welfare technology." },
    ),
    inferred(
      "helsedataservice",
      "RELATED_TO",
      "national-health-registries",
      [services, cite("department", DEPARTMENT.areas), PUBLIC.mergerDecision2023],
      { reason: "The Health Data Service is the access point to data in the national registries." },
    ),
    inferred(
      "electronic-messaging",
      "RELATED_TO",
      "helsenettet",
      [cite("interview", INTERVIEW.transformation), interviewSolutions, nhnPage],
      { reason: "Messages between providers travel over the health network." },
    ),
    stated("telemedical-consultations", "ADDRESSES", "ehealth-reimbursement", [
      cite("factsheet", FACTSHEET.govInpatient),
    ]),
    // Inferred: which strategy objective each national solution serves
    supports(
      "helsenorge",
      "objective-1",
      cite("overview", OVERVIEW.portal),
      "The portal lets citizens and their relatives use services and manage their own health, which is what Objective 1 asks for.",
    ),
    supports(
      "helsenorge",
      "objective-4",
      interviewSolutions,
      "Citizens reach their records through Helsenorge, so it makes information available across services.",
    ),
    supports(
      "kjernejournal",
      "objective-4",
      interviewSolutions,
      "It makes key patient facts available to every treating clinician, across providers.",
    ),
    supports(
      "kjernejournal",
      "objective-2",
      interviewSolutions,
      "Clinicians find allergies, medicines and vaccinations without searching, which eases their working day.",
    ),
    supports(
      "e-resept",
      "objective-4",
      interviewSolutions,
      "Prescriptions flow between prescribers, pharmacies and suppliers: shared information across actors.",
    ),
    supports(
      "e-resept",
      "objective-2",
      interviewSolutions,
      "Digital prescribing removes paper handling for prescribers and pharmacies.",
    ),
    supports(
      "helsenettet",
      "objective-4",
      interviewSolutions,
      "The network is the shared infrastructure for exchanging information, the backbone of Objective 4.",
    ),
    supports(
      "helsecert",
      "objective-4",
      services,
      "A secure, resilient infrastructure for sharing information depends on incident response.",
    ),
    supports(
      "helsedataservice",
      "objective-3",
      services,
      "It opens health data for research and improvement, the core of Objective 3.",
    ),
    supports(
      "national-health-registries",
      "objective-3",
      cite("overview", OVERVIEW.healthSystem),
      "Registries are the data source for research, quality improvement and monitoring.",
    ),
    supports(
      "patient-access-to-own-records",
      "objective-1",
      services,
      "Seeing one's own record lets citizens take part in their own care.",
    ),
    supports(
      "digital-dialogue",
      "objective-1",
      services,
      "Talking with health personnel online gives citizens a more active role.",
    ),
    supports(
      "digital-citizen-services",
      "objective-1",
      services,
      "Online services for citizens are the means by which they take part in their own health.",
    ),
    supports(
      "digital-home-follow-up",
      "objective-1",
      services,
      "The strategy expects more people to live longer at home with welfare technology and home follow-up.",
    ),
    supports(
      "electronic-patient-records",
      "objective-2",
      cite("department", DEPARTMENT.intro),
      "Better record systems are the clinicians' main tool, and modernising them eases their work.",
    ),
    supports(
      "electronic-messaging",
      "objective-4",
      cite("interview", INTERVIEW.transformation),
      "Messaging between providers is a basic form of information flow across the sector.",
    ),
    supports(
      "telemedical-consultations",
      "objective-1",
      cite("factsheet", FACTSHEET.govInpatient),
      "Remote consultations give patients care where they are.",
    ),
  ],
} satisfies SeedModule as SeedModule;
