/**
 * Who governs eHealth in Norway: ministries, the Department of eHealth and its sections,
 * directorates, agencies, regional health authorities, hospitals, and the European and
 * international bodies the documents name, with the governance edges between them and the
 * Department's areas of responsibility.
 */
import { cite, inferred, publicSource, stated } from "#model/citations.ts";
import type { SeedModule, SeedNode, SeedRelationship, SourceRef } from "#model/model.ts";
import { DEPARTMENT, FACTSHEET, INTERVIEW, OVERVIEW, STRATEGY } from "./documentSections.ts";
import { PUBLIC } from "./publicSources.ts";

const dept = cite("department", DEPARTMENT.intro);
const deptAreas = cite("department", DEPARTMENT.areas);
const deptSections = cite("department", DEPARTMENT.sections);
const healthSystem = cite("overview", OVERVIEW.healthSystem);

const merger = PUBLIC.merger2024;
const hodPage = publicSource(
  "Ministry of Health and Care Services — regjeringen.no",
  "https://www.regjeringen.no/en/dep/hod/id421/",
  "The ministry, its agencies and the state-owned regional health authorities",
);
const nhnPage = publicSource(
  "Norsk helsenett SF",
  "https://www.nhn.no",
  "About Norsk helsenett: state enterprise running the health network and national eHealth solutions",
);

const helfoPage = publicSource(
  "Helfo — helfo.no",
  "https://www.helfo.no/om-helfo/om-helfo/helfos-organisasjon",
  "Helfo's organisation: the Directorate of Health's outer agency",
);

/** The Department of eHealth's areas of responsibility, in the department document's order. */
const AREAS: readonly (readonly [id: string, name: string, description: string])[] = [
  [
    "digital-interaction-in-the-healthcare-sector",
    "Digital interaction in the healthcare sector",
    "Electronic exchange and cooperation between the actors of the health and care services.",
  ],
  [
    "improved-medical-record-solutions",
    "Improved medical record solutions",
    "Better and modernised electronic patient record systems for the health sector.",
  ],
  [
    "digital-services-for-citizens-and-healthcare-personnel",
    "Digital services for citizens and healthcare personnel",
    "Online services offered to the public and to health workers.",
  ],
  [
    "health-data-and-national-health-data-filing-systems",
    "Health data and national health data filing systems",
    "Use of health data and the national registries that hold it, including secondary use.",
  ],
  [
    "digital-security-emergency-preparedness-and-privacy",
    "Digital security, emergency preparedness and privacy",
    "Protecting health information and systems, preparing for incidents and safeguarding privacy.",
  ],
  [
    "ict-infrastructure-and-common-components",
    "ICT infrastructure and common components",
    "The shared technical foundation and national building blocks that eHealth services rely on.",
  ],
  [
    "standards-terminology-and-coding-schemes",
    "Standards, terminology and coding schemes",
    "Common standards, clinical terminologies and code systems for structured health information.",
  ],
  [
    "oversight-of-ehealth-bodies",
    "Oversight of the Directorate of eHealth, the Health Network and the Health Archives",
    "The department's steering of three bodies: it oversees the Directorate of eHealth as its agency, steers Norsk helsenett SF (the page's “content management”) and takes part in governing the Health Archives.",
  ],
  [
    "international-ehealth-cooperation",
    "International cooperation in the field of eHealth",
    "Norway's work with other countries and European bodies on eHealth.",
  ],
];

/** Our Norwegian renderings of the areas: the department's English page is the one we cite. */
const AREA_NAMES_NO: Readonly<Record<string, string>> = {
  "digital-interaction-in-the-healthcare-sector": "Digital samhandling i helse- og omsorgssektoren",
  "improved-medical-record-solutions": "Bedre journalløsninger",
  "digital-services-for-citizens-and-healthcare-personnel":
    "Digitale tjenester for innbyggere og helsepersonell",
  "health-data-and-national-health-data-filing-systems": "Helsedata og nasjonale helseregistre",
  "digital-security-emergency-preparedness-and-privacy": "Digital sikkerhet, beredskap og personvern",
  "ict-infrastructure-and-common-components": "IKT-infrastruktur og felleskomponenter",
  "standards-terminology-and-coding-schemes": "Standarder, terminologi og kodeverk",
  "oversight-of-ehealth-bodies":
    "Styring av Direktoratet for e-helse, Norsk helsenett SF og Norsk helsearkiv",
  "international-ehealth-cooperation": "Internasjonalt samarbeid på e-helseområdet",
};

const areaNodes: SeedNode[] = AREAS.map(([id, name, description]) => ({
  id,
  label: "ResponsibilityArea",
  name,
  ...(AREA_NAMES_NO[id] ? { nameNo: AREA_NAMES_NO[id], nameNoIsTranslation: true as const } : {}),
  aliases: [],
  description,
  sources: [deptAreas],
  properties: { listedBy: "Department of eHealth" },
}));

const areaEdges: SeedRelationship[] = AREAS.map(([id]) =>
  stated("department-of-ehealth", "RESPONSIBLE_FOR", id, [deptAreas]),
);

/** The four regional health authorities, each with its Norwegian short name and its region. */
const RHAS: readonly (readonly [id: string, nameNo: string, region: string])[] = [
  ["south-eastern-norway-rha", "Helse Sør-Øst", "South-Eastern Norway"],
  ["western-norway-rha", "Helse Vest", "Western Norway"],
  ["central-norway-rha", "Helse Midt-Norge", "Central Norway"],
  ["northern-norway-rha", "Helse Nord", "Northern Norway"],
];

/**
 * Norwegian bodies located in Norway (LOCATED_IN → norway). No document says where a body is: each
 * edge is inferred from what the body is, citing the words that show it (its name, "Norwegian",
 * "in Oslo"), or a public source, with a reason for that body or its kind.
 */
const MINISTRY_REASON = "A ministry of the Norwegian government, which places it in Norway.";
const DIRECTORATE_REASON =
  "A directorate of the Norwegian state administration, so by what it is it lies in Norway.";
const INSURANCE_REASON = "A body of the Norwegian state that runs part of Norway's national insurance.";
const OSLO_REASON = "The interview places it in Oslo, the Norwegian capital.";
const NORWEGIAN: readonly (readonly [id: string, source: SourceRef, reason: string])[] = [
  [
    "the-government",
    cite("interview", INTERVIEW.ai),
    "Norway's own cabinet: where it sits follows from what it is.",
  ],
  [
    "department-of-ehealth",
    PUBLIC.departmentHistory,
    "The State Administration Database records this ministry unit's seat in Oslo.",
  ],
  [
    "ministry-section-for-ehealth",
    PUBLIC.departmentHistory,
    "The State Administration Database records the section's seat in Oslo before it became a department.",
  ],
  [
    "section-for-ehealth-services",
    deptSections,
    "One of the two sections of the Norwegian health ministry's eHealth department.",
  ],
  [
    "section-for-analysis-and-governance",
    deptSections,
    "One of the two sections of the Norwegian health ministry's eHealth department.",
  ],
  ["ministry-of-health-and-care-services", cite("interview", INTERVIEW.intro), MINISTRY_REASON],
  [
    "ministry-of-local-government-and-modernisation",
    cite("strategy", STRATEGY.securitySkills),
    MINISTRY_REASON,
  ],
  ["ministry-of-education-and-research", cite("strategy", STRATEGY.securitySkills), MINISTRY_REASON],
  ["directorate-of-ehealth", cite("strategy", STRATEGY.foreword), DIRECTORATE_REASON],
  ["directorate-of-health", cite("factsheet", FACTSHEET.govMinistry), DIRECTORATE_REASON],
  ["norwegian-medical-products-agency", cite("factsheet", FACTSHEET.solutionsTable6), DIRECTORATE_REASON],
  ["norwegian-health-economics-administration", healthSystem, INSURANCE_REASON],
  ["nav", healthSystem, INSURANCE_REASON],
  [
    "norwegian-institute-of-public-health",
    healthSystem,
    "A public health institute of the Norwegian state whose website holds Norway's national health databases.",
  ],
  [
    "norwegian-medicines-agency",
    cite("overview", OVERVIEW.classification),
    "The Norwegian state's medicines regulator, as its name says.",
  ],
  [
    "norwegian-health-archives",
    dept,
    "The national archive of the Norwegian state for patient records, as its name says.",
  ],
  ["norsk-helsenett", nhnPage, "A state enterprise owned by the Norwegian state, so a Norwegian body."],
  ...RHAS.map(
    ([id, nameNo, region]) =>
      [
        id,
        healthSystem,
        `${nameNo} RHF serves ${region}, one of the four health regions the overview counts in Norway.`,
      ] as const,
  ),
  [
    "municipalities",
    healthSystem,
    "Norway's own local governments, which the overview counts: they are in Norway by definition.",
  ],
  [
    "oslo-university-hospital",
    cite("factsheet", FACTSHEET.govCancerCentre),
    "The factsheet about Norway calls it the country's only comprehensive cancer centre; it is the hospital trust of Oslo.",
  ],
  ["radiumhospitalet", cite("interview", INTERVIEW.waitingTimes), OSLO_REASON],
  ["lovisenberg-diaconal-hospital", cite("interview", INTERVIEW.ai), OSLO_REASON],
  [
    "vestre-viken",
    cite("interview", INTERVIEW.ai),
    "A hospital trust (HF) of the South-Eastern Norway health region, west of Oslo.",
  ],
  [
    "storting",
    cite("strategy", STRATEGY.securitySkills),
    "The strategy glosses the Storting as the parliament of Norway, which sits in the country it serves.",
  ],
  [
    "ks",
    cite("strategy", STRATEGY.collaborationArenas),
    "The association of Norway's municipalities and county authorities, as the strategy's name for it says.",
  ],
  [
    "national-council-for-ehealth",
    cite("strategy", STRATEGY.introduction),
    "The council of the Norwegian health and care sector that steers the national eHealth strategy.",
  ],
];

function rha(
  id: string,
  name: string,
  nameNo: string,
  region: string,
  url: string,
  extraSources: SeedNode["sources"] = [],
): SeedNode {
  return {
    id,
    label: "RegionalHealthAuthority",
    name,
    nameNo: `${nameNo} RHF`,
    aliases: [nameNo, `${nameNo} RHF`],
    description: `State-owned regional health authority for ${region}; it owns the hospital trusts there and is responsible for specialised care in its region.`,
    sources: [
      healthSystem,
      cite("factsheet", FACTSHEET.stratRegional),
      ...extraSources,
      publicSource(`${nameNo} RHF`, url, "About the regional health authority"),
    ],
    properties: { region, namedInSources: extraSources.length > 0 },
  };
}

export default {
  module: "seed/organisations.ts",
  nodes: [
    {
      id: "the-government",
      label: "Ministry",
      name: "The Norwegian Government",
      nameNo: "Regjeringen",
      aliases: ["Norwegian government", "the government"],
      description:
        "Norway's cabinet. In the interview it sets the direction for digital health and the five healthcare goals for 2024–2027, while the health sector itself carries most of the responsibility for digitalisation.",
      sources: [
        cite("interview", INTERVIEW.ai),
        cite("interview", INTERVIEW.vision),
        cite("interview", INTERVIEW.waitingTimes),
      ],
      properties: {},
    },
    {
      id: "ministry-of-health-and-care-services",
      label: "Ministry",
      name: "Ministry of Health and Care Services",
      nameNo: "Helse- og omsorgsdepartementet",
      aliases: ["HOD", "Ministry of Health", "Norwegian Ministry of Health and Care Services"],
      description:
        "Government ministry for health and care. It houses the Department of eHealth and presents the national eHealth solutions in the 2025 interview.",
      sources: [
        dept,
        cite("interview", INTERVIEW.intro),
        cite("interview", INTERVIEW.solutions),
        cite("factsheet", FACTSHEET.govMinistry),
        cite("factsheet", FACTSHEET.govDepartment),
      ],
      properties: { url: "https://www.regjeringen.no/en/dep/hod/id421/" },
    },
    {
      id: "department-of-ehealth",
      label: "Department",
      name: "Department of eHealth",
      nameNo: "E-helseavdelingen",
      aliases: ["eHealth Department", "department for eHealth"],
      description:
        "Unit of the Ministry of Health and Care Services that coordinates the health sector's digitalisation as a whole: the national framework for digital solutions, digital security and the further use of health data beyond the care of the patient.",
      sources: [
        dept,
        deptSections,
        cite("factsheet", FACTSHEET.govDepartment),
        cite("factsheet", FACTSHEET.fnDepartmentPage),
      ],
      properties: { sectionCount: 2 },
      validFrom: "2016-06-01",
      dateSources: [PUBLIC.departmentHistory],
    },
    {
      id: "ministry-section-for-ehealth",
      label: "Section",
      name: "Section for eHealth (Ministry of Health and Care Services)",
      nameNo: "Seksjon for e-helse",
      nameNoIsTranslation: true,
      aliases: ["EHE"],
      description:
        "The ministry's eHealth unit before it became a department of its own: a section from 2014, raised to the Department of eHealth in June 2016.",
      sources: [PUBLIC.departmentHistory],
      properties: {},
      validFrom: "2014-01-01",
      validTo: "2016-05-31",
      dateSources: [PUBLIC.departmentHistory],
    },
    {
      id: "section-for-ehealth-services",
      label: "Section",
      name: "Section for eHealth Services",
      nameNo: "Seksjon for e-helsetjenester",
      nameNoIsTranslation: true,
      aliases: [],
      description:
        "Section of the Department of eHealth whose services cover three fields: patient record systems, health data, and digital security with emergency preparedness.",
      sources: [deptSections],
      properties: {},
    },
    {
      id: "section-for-analysis-and-governance",
      label: "Section",
      name: "Section for Analysis and Governance",
      nameNo: "Seksjon for analyse og styring",
      nameNoIsTranslation: true,
      aliases: [],
      description:
        "Section of the Department of eHealth handling finances, oversight of the Directorate of eHealth and services for digital interaction.",
      sources: [deptSections],
      properties: {},
    },
    {
      id: "directorate-of-ehealth",
      label: "Directorate",
      name: "Norwegian Directorate of eHealth",
      nameNo: "Direktoratet for e-helse",
      aliases: [
        "Directorate for eHealth",
        "Directorate of e-health",
        "Directorate of eHealth",
        "NDE",
        "ehelse.no",
      ],
      description:
        "Former national competent authority for eHealth, overseen by the Department of eHealth. The directorate itself led the work on the 2023 national eHealth strategy. Created on 1 January 2016, it was merged into the Directorate of Health on 1 January 2024.",
      sources: [dept, deptAreas, deptSections, cite("strategy", STRATEGY.foreword), merger],
      properties: {},
      validFrom: "2016-01-01",
      validTo: "2023-12-31",
      dateSources: [PUBLIC.directorateOfEhealthAbout, merger],
    },
    {
      id: "directorate-of-health",
      label: "Directorate",
      name: "Norwegian Directorate of Health",
      nameNo: "Helsedirektoratet",
      aliases: ["Directorate of Health", "Hdir"],
      description:
        "Directorate under the Ministry of Health and Care Services that the 2025 factsheet names as responsible for eHealth in Norway; the factsheet's reviewers work there.",
      sources: [cite("factsheet", FACTSHEET.govMinistry), cite("factsheet", FACTSHEET.intro), merger],
      properties: { url: "https://www.helsedirektoratet.no" },
    },
    {
      id: "ministry-of-local-government-and-modernisation",
      label: "Ministry",
      name: "Ministry of Local Government and Modernisation",
      nameNo: "Kommunal- og moderniseringsdepartementet",
      aliases: ["KMD", "Ministry of Local Government and Modernization"],
      description:
        "Ministry behind the public-sector digitalisation strategy 2019–2025 and Digital Throughout Life (2021), a strategy for digital inclusion; the eHealth strategy names both where it discusses digital skills.",
      sources: [cite("strategy", STRATEGY.securitySkills)],
      properties: {},
    },
    {
      id: "ministry-of-education-and-research",
      label: "Ministry",
      name: "Ministry of Education and Research",
      nameNo: "Kunnskapsdepartementet",
      aliases: ["KD", "Ministry of Education"],
      description:
        "Ministry that published the digital transformation strategy for universities and colleges, cited by the eHealth strategy on digital skills.",
      sources: [cite("strategy", STRATEGY.securitySkills)],
      properties: {},
    },
    rha(
      "south-eastern-norway-rha",
      "South-Eastern Norway Regional Health Authority",
      "Helse Sør-Øst",
      "South-Eastern Norway",
      "https://www.helse-sorost.no",
      [cite("strategy", STRATEGY.foreword)],
    ),
    rha(
      "western-norway-rha",
      "Western Norway Regional Health Authority",
      "Helse Vest",
      "Western Norway",
      "https://helse-vest.no",
    ),
    rha(
      "central-norway-rha",
      "Central Norway Regional Health Authority",
      "Helse Midt-Norge",
      "Central Norway",
      "https://www.helse-midt.no",
    ),
    rha(
      "northern-norway-rha",
      "Northern Norway Regional Health Authority",
      "Helse Nord",
      "Northern Norway",
      "https://helse-nord.no",
    ),
    {
      id: "municipalities",
      label: "MunicipalityGroup",
      name: "Norwegian municipalities",
      nameNo: "Kommunene",
      aliases: ["municipalities", "local authorities"],
      description:
        "The 357 municipalities, which provide primary care including general practitioners and are the level of government closest to citizens.",
      sources: [
        cite("overview", OVERVIEW.keyFigures),
        healthSystem,
        cite("interview", INTERVIEW.solutions),
        cite("factsheet", FACTSHEET.govCancerCentre),
      ],
      properties: { count: 357 },
    },
    {
      id: "norwegian-health-economics-administration",
      label: "Agency",
      name: "Norwegian Health Economics Administration",
      nameNo: "Helfo",
      aliases: ["HELFO", "Helseøkonomiforvaltningen", "Helseøkonomiforvaltningen (HELFO)"],
      description:
        "Agency that the overview names as the manager of the National Insurance Scheme covering all residents; in practice it settles the scheme's health reimbursements. Once called Helseøkonomiforvaltningen, it is today Helfo, the Directorate of Health's outer agency.",
      sources: [healthSystem, helfoPage],
      properties: { url: "https://www.helfo.no" },
    },
    {
      id: "nav",
      label: "Agency",
      name: "Norwegian Labour and Welfare Administration",
      nameNo: "Arbeids- og velferdsetaten",
      aliases: ["NAV", "Nav"],
      description:
        "Labour and welfare agency that administers the National Insurance Scheme; the overview uses its acronym as a label for the scheme itself.",
      sources: [
        healthSystem,
        publicSource("NAV — nav.no", "https://www.nav.no", "About NAV and the National Insurance Scheme"),
      ],
      properties: { url: "https://www.nav.no" },
    },
    {
      id: "national-insurance-scheme",
      label: "Topic",
      name: "National Insurance Scheme",
      nameNo: "Folketrygden",
      aliases: ["NIS"],
      description:
        "Universal social insurance that covers every resident of Norway, including health-care reimbursements; the health system behind it is financed by taxes.",
      sources: [healthSystem],
      properties: { coverage: "all residents", financing: "taxation" },
    },
    {
      id: "norwegian-institute-of-public-health",
      label: "Agency",
      name: "Norwegian Institute of Public Health",
      nameNo: "Folkehelseinstituttet",
      aliases: ["FHI", "NIPH", "Norwegian Institute for Public Health"],
      description:
        "Public health agency whose website gives researchers access to several national health databases.",
      sources: [healthSystem],
      properties: { url: "https://www.fhi.no" },
    },
    {
      id: "norwegian-medicines-agency",
      label: "Agency",
      name: "Norwegian Medicines Agency",
      nameNo: "Statens legemiddelverk",
      aliases: ["Legemiddelverket", "NoMA", "SLV"],
      description:
        "Regulator for medicines and, from 2018, medical devices. The overview sends companies to its website for guidance on how a device is classified and on the declaration of conformity, which the manufacturer itself makes before CE marking. On 1 January 2024 it took a wider remit and the name Norwegian Medical Products Agency.",
      sources: [
        cite("overview", OVERVIEW.classification),
        cite("overview", OVERVIEW.conformity),
        PUBLIC.medicalProductsAgency,
      ],
      properties: {},
      validFrom: "2001",
      validTo: "2023-12-31",
      dateSources: [PUBLIC.medicinesAgencyHistory, PUBLIC.medicalProductsAgency],
    },
    {
      id: "norwegian-medical-products-agency",
      label: "Agency",
      name: "Norwegian Medical Products Agency",
      nameNo: "Direktoratet for medisinske produkter",
      aliases: ["DMP", "Directorate of Medical Products"],
      description:
        "The medicines and medical devices regulator under its name from 2024, with added duties for security of supply and public funding of medical products; the factsheet names it as the body for CE marking in Norway.",
      sources: [cite("factsheet", FACTSHEET.solutionsTable6), PUBLIC.medicalProductsAgency],
      properties: { url: "https://www.dmp.no" },
      validFrom: "2024-01-01",
      dateSources: [PUBLIC.medicalProductsAgency, PUBLIC.medicalProductsAgencyNews],
    },
    {
      id: "invest-in-norway",
      label: "Agency",
      name: "Invest in Norway",
      nameNo: "Invest in Norway",
      aliases: ["Invest In Norway"],
      description:
        "Norway's official investment promotion agency and first point of contact for foreign companies that want to enter or operate in the Norwegian market, including digital health.",
      sources: [cite("overview", OVERVIEW.investInNorway)],
      properties: {},
    },
    {
      id: "norsk-helsenett",
      label: "Agency",
      name: "Norwegian Health Network (state enterprise)",
      nameNo: "Norsk helsenett SF",
      aliases: ["NHN", "Norsk helsenett"],
      description:
        "State enterprise owned by the Ministry of Health and Care Services that operates the health network and, since 1 January 2020, the national eHealth solutions. We read the “Norwegian Health Network” that the department page says it steers as this body, not the network itself.",
      sources: [nhnPage, dept, PUBLIC.departmentHistory],
      properties: { url: "https://www.nhn.no" },
      validFrom: "2009-07-01",
      dateSources: [
        publicSource(
          "Norsk Helsenett får ny direktør (telemed.custompublish.com)",
          "http://telemed.custompublish.com/norsk-helsenett-faar-ny-direktoer.4653555-117531.html",
          "Norsk Helsenett became a state enterprise on 1 July, owned through the ministry",
        ),
      ],
    },
    {
      id: "norwegian-health-archives",
      label: "Agency",
      name: "Norwegian Health Archives",
      nameNo: "Norsk helsearkiv",
      aliases: [],
      description:
        "National archive for patient records from the specialist health service; the Department of eHealth takes part in its governance.",
      sources: [dept, deptAreas],
      properties: {},
    },
    {
      id: "oslo-university-hospital",
      label: "Hospital",
      name: "Oslo University Hospital",
      nameNo: "Oslo universitetssykehus HF",
      aliases: ["OUS", "Oslo University Hospital OUS"],
      description:
        "Hospital trust in Oslo that hosts Norway's only comprehensive cancer centre and follows up a broad range of cancer diagnoses.",
      sources: [cite("factsheet", FACTSHEET.govCancerCentre), cite("factsheet", FACTSHEET.stratCancer)],
      properties: {},
    },
    {
      id: "radiumhospitalet",
      label: "Hospital",
      name: "Radiumhospitalet",
      nameNo: "Radiumhospitalet",
      aliases: ["The Norwegian Radium Hospital"],
      description:
        "Cancer hospital in Oslo, part of Oslo University Hospital, cited for automated ECG readings and ultrasound images going straight into patient records.",
      sources: [
        cite("interview", INTERVIEW.waitingTimes),
        publicSource(
          "Oslo universitetssykehus",
          "https://www.oslo-universitetssykehus.no",
          "Locations: Radiumhospitalet",
        ),
      ],
      properties: { city: "Oslo" },
    },
    {
      id: "vestre-viken",
      label: "Hospital",
      name: "Vestre Viken Hospital Trust",
      nameNo: "Vestre Viken HF",
      aliases: ["Vestre Viken HF", "Vestre Viken"],
      description: "Hospital trust west of Oslo that uses AI to read radiology images for fast triage.",
      sources: [cite("interview", INTERVIEW.ai)],
      properties: {},
    },
    {
      id: "lovisenberg-diaconal-hospital",
      label: "Hospital",
      name: "Lovisenberg Diaconal Hospital",
      nameNo: "Lovisenberg Diakonale Sykehus",
      aliases: ["Lovisenberg Hospital", "Lovisenberg"],
      description:
        "Private non-profit hospital in Oslo that cut its surgery waiting lists by a fifth with AI-based scheduling.",
      sources: [cite("interview", INTERVIEW.ai)],
      properties: { city: "Oslo", ownership: "private non-profit (diaconal)" },
    },
    {
      id: "storting",
      label: "Parliament",
      name: "The Storting",
      nameNo: "Stortinget",
      aliases: ["Norwegian Parliament", "Storting"],
      description:
        "Norway's parliament, which the eHealth strategy mentions as having raised digital security in the health sector as a central topic.",
      sources: [cite("strategy", STRATEGY.securitySkills)],
      properties: {},
    },
    {
      id: "ks",
      label: "Association",
      name: "Norwegian Association of Local and Regional Authorities",
      nameNo: "Kommunesektorens organisasjon",
      aliases: ["KS"],
      description:
        "Interest organisation of the municipalities and counties; its co-management structure for digitalisation is one of the collaboration arenas the strategy names.",
      sources: [cite("strategy", STRATEGY.collaborationArenas)],
      properties: {},
    },
    // International and European bodies
    {
      id: "who",
      label: "InternationalBody",
      name: "World Health Organization",
      nameNo: "Verdens helseorganisasjon",
      aliases: ["WHO", "WHO EMRO", "WHO Europe"],
      description:
        "United Nations agency for international public health; the factsheet uses its definitions of eHealth, digital health and telehealth.",
      sources: [cite("factsheet", FACTSHEET.definitions)],
      properties: { url: "https://www.who.int" },
    },
    {
      id: "who-global-observatory-for-ehealth",
      label: "InternationalBody",
      name: "WHO Global Observatory for eHealth",
      aliases: ["GOe"],
      description:
        "WHO programme that surveys eHealth worldwide; the factsheet takes its mHealth definition from it.",
      sources: [cite("factsheet", FACTSHEET.definitions)],
      properties: {},
    },
    {
      id: "paho",
      label: "InternationalBody",
      name: "Pan American Health Organization",
      aliases: ["PAHO"],
      description:
        "International public health agency for the Americas, also WHO's regional office there; its wording of teleconsultation is the one the factsheet uses.",
      sources: [cite("factsheet", FACTSHEET.definitions)],
      properties: { url: "https://www.paho.org" },
    },
    {
      id: "european-union",
      label: "InternationalBody",
      name: "European Union",
      nameNo: "Den europeiske union",
      aliases: ["EU"],
      description:
        "Union of European states; Norway is not a member but is bound by much EU law through the EEA. The factsheet uses the EU's definition of digital health.",
      sources: [cite("factsheet", FACTSHEET.definitions), cite("overview", OVERVIEW.europe)],
      properties: {},
    },
    {
      id: "european-commission",
      label: "InternationalBody",
      name: "European Commission",
      nameNo: "Europakommisjonen",
      aliases: ["EU Commission"],
      description:
        "Executive of the European Union; its 2008 communication COM(2008)689 defines telemedicine.",
      sources: [cite("factsheet", FACTSHEET.definitions)],
      properties: {},
    },
    {
      id: "european-economic-area",
      label: "InternationalBody",
      name: "European Economic Area",
      nameNo: "Det europeiske økonomiske samarbeidsområdet",
      aliases: ["EEA", "EØS"],
      description:
        "Single-market agreement between the EU and Norway, Iceland and Liechtenstein; through it, EU rules such as the medical device regulation apply in Norway.",
      sources: [cite("overview", OVERVIEW.conformity), cite("factsheet", FACTSHEET.intro)],
      properties: {},
    },
    {
      id: "ehealth-network",
      label: "InternationalBody",
      name: "eHealth Network",
      aliases: ["EU eHealth Network"],
      description:
        "Voluntary network of the national authorities responsible for eHealth in EU and EEA countries; Norway is an active member.",
      sources: [cite("overview", OVERVIEW.europe)],
      properties: {},
    },
    // Responsibility areas beyond the listed ones
    ...areaNodes,
    {
      id: "coordination-of-healthcare-digitalisation",
      label: "ResponsibilityArea",
      name: "Coordination of the digitalisation of the healthcare sector",
      nameNo: "Samordning av digitaliseringen i helsesektoren",
      nameNoIsTranslation: true,
      aliases: [],
      description:
        "Overall coordination of digitalisation across the health sector, including the national framework conditions for digital solutions, digital security and the secondary use of health data.",
      sources: [dept],
      properties: {},
    },
    {
      id: "digitalisation-of-the-healthcare-sector",
      label: "ResponsibilityArea",
      name: "Digitalisation of the healthcare sector",
      nameNo: "Digitaliseringen av helsesektoren",
      nameNoIsTranslation: true,
      aliases: [],
      description:
        "Carrying out the digital change of health care itself, as opposed to coordinating it; in the 2025 interview the main share of this task lies with the sector, while the government sets the course.",
      sources: [cite("interview", INTERVIEW.vision)],
      properties: {},
    },
    {
      id: "follow-up-of-major-ehealth-efforts",
      label: "ResponsibilityArea",
      name: "Follow-up of the major eHealth efforts",
      nameNo: "Oppfølging av de store satsingene på e-helse",
      nameNoIsTranslation: true,
      aliases: [],
      description:
        "Keeping track of the big national eHealth undertakings and of the work to modernise the sector's patient record systems, a task the department page gives the Department of eHealth.",
      sources: [dept],
      properties: {},
    },
    {
      id: "ehealth-governance-guidelines",
      label: "ResponsibilityArea",
      name: "Coordination of the ministry's eHealth governance guidelines",
      nameNo: "Samordning av departementets styringsføringer for e-helse",
      nameNoIsTranslation: true,
      aliases: [],
      description: "Aligning the guidance the ministry gives its subordinate bodies on eHealth.",
      sources: [dept],
      properties: {},
    },
    {
      id: "digital-security-and-emergency-preparedness",
      label: "ResponsibilityArea",
      name: "Digital security and emergency preparedness",
      nameNo: "Digital sikkerhet og beredskap",
      nameNoIsTranslation: true,
      aliases: [],
      description:
        "Services on protecting health systems and information and on readiness for incidents, as the Section for eHealth Services handles them.",
      sources: [deptSections],
      properties: {},
    },
    {
      id: "norway-large-national-cohorts",
      label: "Topic",
      name: "Large national cohorts",
      nameNo: "Store nasjonale kohorter",
      nameNoIsTranslation: true,
      aliases: ["national cohorts", "population cohorts"],
      description:
        "Norway's large population studies followed over time, which the overview names beside its lead in digital health.",
      sources: [healthSystem],
      properties: {},
    },
    {
      id: "financial-affairs",
      label: "ResponsibilityArea",
      name: "Financial affairs",
      nameNo: "Økonomisaker",
      nameNoIsTranslation: true,
      aliases: [],
      description: "Budget and financial matters of the Department of eHealth.",
      sources: [deptSections],
      properties: {},
    },
    {
      id: "national-ehealth-coordination",
      label: "ResponsibilityArea",
      name: "National eHealth coordination",
      nameNo: "Nasjonal samordning av e-helse",
      nameNoIsTranslation: true,
      aliases: ["national agency for eHealth", "national competent authority for eHealth"],
      description:
        "The national directorate-level role for eHealth: coordinating development across the sector and acting as competent authority. Which directorate holds it depends on the date of the source.",
      sources: [cite("factsheet", FACTSHEET.govMinistry), cite("strategy", STRATEGY.foreword)],
      properties: {},
    },
    {
      id: "specialised-health-care",
      label: "ResponsibilityArea",
      name: "Specialised health care",
      nameNo: "Spesialisthelsetjenesten",
      aliases: ["specialist health service", "specialised care"],
      description:
        "Hospital and other specialist care, delivered under the four regional health authorities.",
      sources: [healthSystem],
      properties: {},
    },
    {
      id: "primary-care",
      label: "ResponsibilityArea",
      name: "Primary care",
      nameNo: "Primærhelsetjenesten",
      aliases: ["primary health care", "municipal health and care services"],
      description:
        "Health and care services close to citizens, including general practitioners, run by the municipalities.",
      sources: [healthSystem],
      properties: {},
    },
    {
      id: "ce-marking-of-medical-devices",
      label: "ResponsibilityArea",
      name: "Classification, conformity and CE marking of medical devices",
      nameNo: "Klassifisering, samsvar og CE-merking av medisinsk utstyr",
      nameNoIsTranslation: true,
      aliases: ["CE marking", "CE-marking of medical equipment"],
      description:
        "Deciding whether a product is a medical device and in which risk class, and the manufacturer's conformity declaration that makes it eligible for CE marking; eHealth tools that are medical devices go through it too: the factsheet notes that cancer eHealth tools have no certification of their own, only this general system.",
      sources: [
        cite("overview", OVERVIEW.classification),
        cite("overview", OVERVIEW.conformity),
        cite("factsheet", FACTSHEET.solutionsTable6),
      ],
      properties: {},
    },
    {
      id: "ehealth-reimbursement",
      label: "Topic",
      name: "Reimbursement of eHealth tools",
      nameNo: "Refusjon for e-helseverktøy",
      nameNoIsTranslation: true,
      aliases: ["coverage of eHealth in the benefits package"],
      description:
        "Public payment for digital health tools: mostly covered in both outpatient and inpatient care, with deductibles in some cases such as home safety alarms that count as welfare technology rather than health care.",
      sources: [cite("factsheet", FACTSHEET.govOutpatient), cite("factsheet", FACTSHEET.govInpatient)],
      properties: { outpatientCovered: "Yes, mainly", inpatientCovered: "Yes, mainly" },
    },
  ],
  relationships: [
    // Structure of the ministry
    stated("department-of-ehealth", "PART_OF", "ministry-of-health-and-care-services", [
      cite("factsheet", FACTSHEET.govDepartment),
    ]),
    stated("section-for-ehealth-services", "PART_OF", "department-of-ehealth", [deptSections]),
    // The history below comes from public records, not the five documents: inferred, with reasons.
    inferred(
      "ministry-section-for-ehealth",
      "PART_OF",
      "ministry-of-health-and-care-services",
      [PUBLIC.departmentHistory],
      {
        reason:
          "The State Administration Database records the eHealth section as a unit of the ministry from 2014 until it became a department.",
        validFrom: "2014-01-01",
        validTo: "2016-05-31",
        dateSources: [PUBLIC.departmentHistory],
      },
    ),
    inferred(
      "ministry-section-for-ehealth",
      "RENAMED_TO",
      "department-of-ehealth",
      [PUBLIC.departmentHistory],
      {
        reason: "The same unit, renamed and raised from a section to a department.",
        validFrom: "2016-06-01",
        dateSources: [PUBLIC.departmentHistory],
      },
    ),
    stated("section-for-analysis-and-governance", "PART_OF", "department-of-ehealth", [deptSections]),
    inferred(
      "ministry-of-health-and-care-services",
      "PART_OF",
      "the-government",
      [cite("interview", INTERVIEW.intro), hodPage],
      { reason: "Each Norwegian ministry is one of the government's departments." },
    ),
    // Oversight
    // The department page names the Directorate of eHealth, so its oversight ends with the merger.
    stated(
      "department-of-ehealth",
      "OVERSEES",
      "directorate-of-ehealth",
      [cite("department", DEPARTMENT.intro, 4), deptAreas],
      {
        validTo: "2023-12-31",
        dateSources: [merger],
      },
    ),
    stated("section-for-analysis-and-governance", "OVERSEES", "directorate-of-ehealth", [deptSections], {
      validTo: "2023-12-31",
      dateSources: [merger],
    }),
    inferred(
      "directorate-of-ehealth",
      "MERGED_INTO",
      "directorate-of-health",
      [merger, PUBLIC.mergerDecision2023],
      {
        reason:
          "The government's 2023 decision and the directorates' own notices record that the Directorate of eHealth became part of the Directorate of Health on 1 January 2024.",
        validFrom: "2024-01-01",
        dateSources: [merger, PUBLIC.mergerDecision2023],
      },
    ),
    inferred(
      "norwegian-medicines-agency",
      "RENAMED_TO",
      "norwegian-medical-products-agency",
      [PUBLIC.medicalProductsAgency, PUBLIC.medicalProductsAgencyNews],
      {
        reason:
          "The agency's own notice and the ministry's page record its new name and wider remit from 1 January 2024.",
        validFrom: "2024-01-01",
        dateSources: [PUBLIC.medicalProductsAgency, PUBLIC.medicalProductsAgencyNews],
      },
    ),
    stated(
      "ministry-of-health-and-care-services",
      "OVERSEES",
      "directorate-of-health",
      [cite("factsheet", FACTSHEET.govMinistry)],
      { reason: "The factsheet calls the Directorate of Health an agency under the Ministry of Health." },
    ),
    inferred(
      "ministry-of-health-and-care-services",
      "OVERSEES",
      "norwegian-institute-of-public-health",
      [healthSystem, hodPage],
      { reason: "The institute is one of the ministry's subordinate agencies." },
    ),
    inferred(
      "ministry-of-health-and-care-services",
      "OVERSEES",
      "norwegian-medicines-agency",
      [cite("overview", OVERVIEW.classification), PUBLIC.medicalProductsAgency],
      {
        reason:
          "The medicines agency was one of the ministry's subordinate agencies until its change of name.",
        validTo: "2023-12-31",
        dateSources: [PUBLIC.medicalProductsAgency],
      },
    ),
    inferred(
      "ministry-of-health-and-care-services",
      "OVERSEES",
      "norwegian-medical-products-agency",
      [cite("factsheet", FACTSHEET.solutionsTable6), PUBLIC.medicalProductsAgency],
      {
        reason: "The ministry lists the Medical Products Agency among its subordinate agencies.",
        validFrom: "2024-01-01",
        dateSources: [PUBLIC.medicalProductsAgency],
      },
    ),
    inferred(
      "directorate-of-health",
      "OVERSEES",
      "norwegian-health-economics-administration",
      [healthSystem, helfoPage],
      {
        reason:
          "Helfo, once the Health Economics Administration, is today the Directorate of Health's outer agency (ytre etat).",
      },
    ),
    inferred("ministry-of-health-and-care-services", "OWNS", "norsk-helsenett", [nhnPage, hodPage], {
      reason: "Norsk helsenett is a state enterprise owned through the Ministry of Health and Care Services.",
    }),
    // The department page's "content management of the Norwegian Health Network": read as the
    // ministry's steering of the state enterprise Norsk helsenett SF (see the correction's why).
    stated(
      "department-of-ehealth",
      "GOVERNS",
      "norsk-helsenett",
      [dept, deptAreas, PUBLIC.departmentHistory, nhnPage],
      {
        reason:
          "A ministry department steers a state enterprise as its owner; the page's English “content management” most likely renders that steering of Norsk helsenett SF, and an earlier version of the page spoke of governing it.",
      },
    ),
    stated("department-of-ehealth", "GOVERNS", "norwegian-health-archives", [dept, deptAreas], {
      reason:
        "The department contributes to, rather than solely holds, the governance of the Health Archives.",
    }),
    // Ownership of the specialist health service
    ...RHAS.map(
      ([id, nameNo]): SeedRelationship =>
        inferred("ministry-of-health-and-care-services", "OWNS", id, [healthSystem, hodPage], {
          reason: `${nameNo} RHF is one of the state's four regional health authorities, and the ministry holds the state's ownership of it.`,
        }),
    ),
    ...RHAS.map(
      ([id]): SeedRelationship => stated(id, "RESPONSIBLE_FOR", "specialised-health-care", [healthSystem]),
    ),
    ...RHAS.map(
      ([id, nameNo]): SeedRelationship =>
        stated(
          id,
          "PUBLISHED",
          "regional-health-authority-strategies",
          [cite("factsheet", FACTSHEET.stratRegional)],
          {
            reason: `In the factsheet each of the four authorities, ${nameNo} RHF among them, has a strategy of its own that covers eHealth.`,
          },
        ),
    ),
    stated("municipalities", "RESPONSIBLE_FOR", "primary-care", [healthSystem]),
    inferred(
      "south-eastern-norway-rha",
      "OWNS",
      "oslo-university-hospital",
      [
        healthSystem,
        publicSource("Helse Sør-Øst RHF", "https://www.helse-sorost.no", "Hospital trusts in the region"),
      ],
      { reason: "Oslo University Hospital is a hospital trust of the South-Eastern Norway RHA." },
    ),
    inferred(
      "south-eastern-norway-rha",
      "OWNS",
      "vestre-viken",
      [
        cite("interview", INTERVIEW.ai),
        publicSource("Helse Sør-Øst RHF", "https://www.helse-sorost.no", "Hospital trusts in the region"),
      ],
      { reason: "Vestre Viken HF is a hospital trust of the South-Eastern Norway RHA." },
    ),
    inferred(
      "oslo-university-hospital",
      "PART_OF",
      "south-eastern-norway-rha",
      [
        healthSystem,
        publicSource("Helse Sør-Øst RHF", "https://www.helse-sorost.no", "Hospital trusts in the region"),
      ],
      { reason: "The regional health authorities run all hospitals; Oslo lies in the South-Eastern region." },
    ),
    inferred(
      "vestre-viken",
      "PART_OF",
      "south-eastern-norway-rha",
      [
        healthSystem,
        publicSource("Helse Sør-Øst RHF", "https://www.helse-sorost.no", "Hospital trusts in the region"),
      ],
      {
        reason:
          "The regional health authorities run all hospitals; Vestre Viken lies in the South-Eastern region.",
      },
    ),
    inferred(
      "radiumhospitalet",
      "PART_OF",
      "oslo-university-hospital",
      [
        cite("interview", INTERVIEW.waitingTimes),
        publicSource(
          "Oslo universitetssykehus",
          "https://www.oslo-universitetssykehus.no",
          "Locations: Radiumhospitalet",
        ),
      ],
      { reason: "Radiumhospitalet is one of Oslo University Hospital's sites." },
    ),
    inferred(
      "lovisenberg-diaconal-hospital",
      "RELATED_TO",
      "south-eastern-norway-rha",
      [
        cite("interview", INTERVIEW.ai),
        publicSource(
          "Helse Sør-Øst RHF",
          "https://www.helse-sorost.no",
          "Private non-profit hospitals with agreements with the region",
        ),
      ],
      {
        reason:
          "Lovisenberg is privately owned but serves as a local hospital for part of Oslo under an agreement with the South-Eastern Norway RHA, so it is linked rather than owned.",
      },
    ),
    // National Insurance Scheme, as the overview puts it
    stated(
      "norwegian-health-economics-administration",
      "MANAGES",
      "national-insurance-scheme",
      [
        healthSystem,
        publicSource("NAV — nav.no", "https://www.nav.no", "About NAV and the National Insurance Scheme"),
        publicSource("Helfo", "https://www.helfo.no", "About Helfo"),
      ],
      {
        conflict:
          "The overview writes 'the National Insurance Scheme (NAV) managed by HELFO', which mixes up three things: the scheme (folketrygden), NAV (the labour and welfare agency that administers the scheme as a whole) and HELFO (the Directorate of Health's unit that settles the scheme's health reimbursements). Kept as the overview states it.",
      },
    ),
    inferred(
      "nav",
      "RESPONSIBLE_FOR",
      "national-insurance-scheme",
      [
        healthSystem,
        publicSource("NAV — nav.no", "https://www.nav.no", "About NAV and the National Insurance Scheme"),
      ],
      { reason: "The overview labels the scheme with NAV's name; NAV administers the scheme as a whole." },
    ),
    // Directorate-level responsibility for eHealth: the documents name a different directorate
    // because they are of different dates; the merger of 1 January 2024 makes it history.
    stated(
      "directorate-of-ehealth",
      "RESPONSIBLE_FOR",
      "national-ehealth-coordination",
      [cite("strategy", STRATEGY.foreword, 4)],
      {
        reason:
          "The strategy's foreword makes the Directorate of eHealth the competent authority that is to bring eHealth together at national level.",
        validFrom: "2016-01-01",
        validTo: "2023-12-31",
        dateSources: [PUBLIC.directorateOfEhealthAbout, merger],
      },
    ),
    stated(
      "directorate-of-health",
      "RESPONSIBLE_FOR",
      "national-ehealth-coordination",
      [cite("factsheet", FACTSHEET.govMinistry)],
      {
        reason:
          "In the 2025 factsheet the Directorate of Health carries the national responsibility for eHealth, as an agency under the health ministry.",
        validFrom: "2024-01-01",
        dateSources: [merger],
      },
    ),
    // Department responsibilities
    ...areaEdges,
    // Who does what in the digitalisation: the department coordinates it (department page), the
    // sector itself carries it out (interview). Complementary roles, not a disagreement.
    stated("department-of-ehealth", "RESPONSIBLE_FOR", "coordination-of-healthcare-digitalisation", [
      cite("department", DEPARTMENT.intro, 1),
    ]),
    stated(
      "target-group-healthcare-providers",
      "RESPONSIBLE_FOR",
      "digitalisation-of-the-healthcare-sector",
      [cite("interview", INTERVIEW.vision, 1)],
      {
        reason:
          "The State Secretary places the main responsibility for digitalising health care with the sector itself, while the government sets the direction.",
        wording: "primary responsibility",
      },
    ),
    stated("department-of-ehealth", "RESPONSIBLE_FOR", "follow-up-of-major-ehealth-efforts", [
      cite("department", DEPARTMENT.intro, 3),
    ]),
    stated(
      "primary-care",
      "RELATED_TO",
      "ehealth-reimbursement",
      [cite("factsheet", FACTSHEET.govInpatient)],
      {
        reason: "Primary care is mostly block funded, so patients seldom pay extra for eHealth there.",
        wording: "mostly block funded",
      },
    ),
    stated("norway", "RELATED_TO", "norway-large-national-cohorts", [healthSystem], {
      properties: { relation: "has" },
    }),
    stated("department-of-ehealth", "RESPONSIBLE_FOR", "ehealth-governance-guidelines", [dept]),
    stated("section-for-ehealth-services", "RESPONSIBLE_FOR", "improved-medical-record-solutions", [
      deptSections,
    ]),
    stated(
      "section-for-ehealth-services",
      "RESPONSIBLE_FOR",
      "health-data-and-national-health-data-filing-systems",
      [deptSections],
    ),
    // The section's own list stops at security and preparedness: privacy is the department's.
    stated("section-for-ehealth-services", "RESPONSIBLE_FOR", "digital-security-and-emergency-preparedness", [
      deptSections,
    ]),
    stated("section-for-analysis-and-governance", "RESPONSIBLE_FOR", "financial-affairs", [deptSections]),
    stated(
      "section-for-analysis-and-governance",
      "RESPONSIBLE_FOR",
      "digital-interaction-in-the-healthcare-sector",
      [deptSections],
    ),
    // The section oversees the Directorate of eHealth only (the OVERSEES edge above), not the
    // department's whole oversight area with the Health Network and the Health Archives.
    // Medical devices: one body under two names, the old one before 2024 and the new one after.
    inferred(
      "norwegian-medicines-agency",
      "RESPONSIBLE_FOR",
      "ce-marking-of-medical-devices",
      [
        cite("overview", OVERVIEW.classification),
        cite("overview", OVERVIEW.conformity),
        PUBLIC.medicalProductsAgency,
      ],
      {
        reason:
          "The overview's headings on classification and conformity name the agency and send readers to its website; as the national authority for medical devices it oversaw CE marking, the task the factsheet gives its successor.",
        validTo: "2023-12-31",
        dateSources: [PUBLIC.medicalProductsAgency],
      },
    ),
    stated(
      "norwegian-medical-products-agency",
      "RESPONSIBLE_FOR",
      "ce-marking-of-medical-devices",
      [cite("factsheet", FACTSHEET.solutionsTable6)],
      { validFrom: "2024-01-01", dateSources: [PUBLIC.medicalProductsAgency] },
    ),
    inferred(
      "national-council-for-ehealth",
      "ADVISES",
      "directorate-of-health",
      [cite("factsheet", FACTSHEET.govBoard), PUBLIC.councilModel],
      {
        reason:
          "The council model is advisory, and the Directorate of Health hosts it among its councils and committees since the merger.",
        validFrom: "2024-01-01",
        dateSources: [merger],
      },
    ),
    inferred(
      "national-council-for-ehealth",
      "ADVISES",
      "directorate-of-ehealth",
      [cite("strategy", STRATEGY.introduction), PUBLIC.councilModel],
      {
        reason:
          "Before the merger the council advised the Directorate of eHealth, whose page on the council the strategy cites (footnote 2).",
        validTo: "2023-12-31",
        dateSources: [merger],
      },
    ),
    inferred(
      "paho",
      "PART_OF",
      "who",
      [cite("factsheet", FACTSHEET.definitions), publicSource("PAHO", "https://www.paho.org", "About PAHO")],
      { reason: "PAHO also serves as WHO's Regional Office for the Americas." },
    ),
    stated("who-global-observatory-for-ehealth", "PART_OF", "who", [
      cite("factsheet", FACTSHEET.definitions),
    ]),
    inferred(
      "european-commission",
      "PART_OF",
      "european-union",
      [cite("factsheet", FACTSHEET.definitions), PUBLIC.euInstitutions],
      {
        reason: "The Commission is the EU's executive institution.",
      },
    ),
    stated("norway", "MEMBER_OF", "ehealth-network", [cite("overview", OVERVIEW.europe)]),
    ...NORWEGIAN.map(
      ([id, source, reason]): SeedRelationship => inferred(id, "LOCATED_IN", "norway", [source], { reason }),
    ),
    // The overview's own words place this agency in Norway.
    stated("invest-in-norway", "LOCATED_IN", "norway", [cite("overview", OVERVIEW.investInNorway)]),
  ],
} satisfies SeedModule as SeedModule;
