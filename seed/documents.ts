/**
 * Strategies, plans, white papers, reports and laws that the factsheet, overview, interview and
 * department page name, with publisher, period and status. The national eHealth strategy itself
 * (`national-ehealth-strategy-2023`) is defined by the strategy module and only referenced here.
 */
import { cite, inferred, publicSource, stated } from "#model/citations.ts";
import type { SeedModule, SeedRelationship } from "#model/model.ts";
import { FACTSHEET, INTERVIEW, OVERVIEW, STRATEGY } from "./documentSections.ts";
import { PUBLIC } from "./publicSources.ts";

const lovdata = (section: string) => publicSource("Lovdata", "https://lovdata.no", section);
const hodPage = publicSource(
  "Ministry of Health and Care Services — regjeringen.no",
  "https://www.regjeringen.no/en/dep/hod/id421/",
  "Documents published by the ministry",
);
const mdrText = publicSource(
  "Regulation (EU) 2017/745 on medical devices — EUR-Lex",
  "https://eur-lex.europa.eu/eli/reg/2017/745/oj",
  "Regulation text",
);
const ehdsText = publicSource(
  "Regulation (EU) 2025/327 on the European Health Data Space — EUR-Lex",
  "https://eur-lex.europa.eu/eli/reg/2025/327/oj",
  "Regulation text",
);

/**
 * The Norwegian acts the documents name, with their Lovdata identifier (which carries the day the
 * Storting's decision was sanctioned) and the year for the reasons.
 */
const NORWEGIAN_ACTS = [
  ["public-health-act", "Public Health Act", "Lov om folkehelsearbeid (LOV-2011-06-24-29)", "2011"],
  ["tobacco-control-act", "Tobacco Control Act", "Lov om vern mot tobakksskader (LOV-1973-03-09-14)", "1973"],
  ["alcohol-act", "Alcohol Act", "Lov om omsetning av alkoholholdig drikk m.v. (LOV-1989-06-02-27)", "1989"],
  [
    "health-research-act",
    "Health Research Act",
    "Lov om medisinsk og helsefaglig forskning (LOV-2008-06-20-44)",
    "2008",
  ],
] as const;

const lovIdOf = (entry: string) => /LOV-[\d-]+/.exec(entry)?.[0] ?? entry;

export default {
  module: "seed/documents.ts",
  nodes: [
    {
      id: "regional-health-authority-strategies",
      label: "Strategy",
      name: "Regional health authorities' strategies",
      nameNo: "Regionale helseforetaks strategier",
      aliases: ["regional eHealth strategies"],
      description:
        "Each of the four regional health authorities has its own strategy, eHealth included; above them stands an overall strategy for the authorities, which the factsheet's footnote gives as the National Health and Hospital Plan 2020–2023. Stakeholder involvement in drafting them differs by region.",
      sources: [
        cite("factsheet", FACTSHEET.stratRegional),
        cite("factsheet", FACTSHEET.fnHealthTrusts),
        cite("factsheet", FACTSHEET.fnHospitalPlan),
      ],
      properties: { count: 4, includesEhealth: true, stakeholderInvolvement: "varies by region" },
    },
    {
      id: "annual-assignment-documents",
      label: "Plan",
      name: "Annual assignment documents to the regional health authorities",
      nameNo: "Oppdragsdokument",
      aliases: ["assignment document"],
      description:
        "Yearly instructions from the ministry that tell the regional health authorities what to deliver.",
      sources: [
        cite("factsheet", FACTSHEET.stratRegional),
        cite("factsheet", FACTSHEET.fnAssignmentDocuments),
      ],
      properties: { frequency: "annual" },
    },
    {
      id: "national-cancer-strategy-2025-2035",
      label: "Strategy",
      name: "Joint efforts against cancer: National cancer strategy (2025–2035)",
      nameNo: "Felles innsats mot kreft. Nasjonal kreftstrategi (2025–2035)",
      aliases: ["national cancer strategy", "National Cancer Plan", "Joint efforts against cancer"],
      description:
        "Norway's cancer strategy for 2025–2035, which also serves as its national cancer plan; it stresses telemedicine and eHealth in cancer care and took the EU's cancer plan and cancer mission into account.",
      sources: [
        cite("factsheet", FACTSHEET.stratCancer),
        cite("factsheet", FACTSHEET.stratCancerPlan),
        cite("factsheet", FACTSHEET.stratBeatingCancer),
      ],
      validFrom: "2025",
      validTo: "2035",
      dateSources: [cite("factsheet", FACTSHEET.stratCancer)],
      properties: {
        refersToEhealth: true,
        url: "https://www.regjeringen.no/no/dokumenter/felles-innsats-mot-kreft.-nasjonal-kreftstrategi-20252035/id3087629/",
      },
    },
    {
      id: "ventetidsloftet",
      label: "Plan",
      name: "Ventetidsløftet (waiting-time initiative)",
      nameNo: "Ventetidsløftet",
      aliases: ["waiting-time initiative", "waiting time pledge", "Ventetidsloftet"],
      description:
        "National drive to cut waiting times for treatment, in which digital tools for logistics and efficiency play a part.",
      sources: [cite("interview", INTERVIEW.waitingTimes), PUBLIC.ventetidsloftet],
      properties: { aim: "shorter waiting times for treatment" },
      validFrom: "2024-05-13",
      dateSources: [PUBLIC.ventetidsloftet],
    },
    {
      id: "ehealth-relevant-legislation",
      label: "Law",
      name: "Laws and regulations relevant to eHealth",
      nameNo: "Relevante lover og forskrifter for e-helse",
      aliases: ["ordinary health legislation", "telemedicine legislation"],
      description:
        "Norway regulates eHealth and telemedicine through its general health legislation; there is no separate telemedicine act.",
      sources: [
        cite("factsheet", FACTSHEET.lawGeneral),
        cite("factsheet", FACTSHEET.lawTelemedicine),
        cite("factsheet", FACTSHEET.fnEhealthLaws),
      ],
      properties: { separateLaw: false },
    },
    {
      id: "public-health-act",
      label: "Law",
      name: "Public Health Act",
      nameNo: "Folkehelseloven",
      aliases: ["Act on public health work"],
      description:
        "Act that aims to prevent harm to health, cancer included, without naming cancer explicitly.",
      sources: [
        cite("factsheet", FACTSHEET.lawCancerCare),
        lovdata("Lov om folkehelsearbeid (LOV-2011-06-24-29)"),
      ],
      properties: { year: 2011, mentionsCancer: false },
    },
    {
      id: "tobacco-control-act",
      label: "Law",
      name: "Tobacco Control Act",
      nameNo: "Tobakksskadeloven",
      aliases: ["tobacco legislation", "Tobacco Damage Act"],
      description:
        "Tobacco legislation, which the factsheet counts among laws that help prevent cancer indirectly.",
      sources: [
        cite("factsheet", FACTSHEET.lawCancerPrevention),
        cite("factsheet", FACTSHEET.lawCancerCare),
        lovdata("Lov om vern mot tobakksskader (LOV-1973-03-09-14)"),
      ],
      properties: { year: 1973 },
    },
    {
      id: "alcohol-act",
      label: "Law",
      name: "Alcohol Act",
      nameNo: "Alkoholloven",
      aliases: ["alcohol legislation"],
      description:
        "Alcohol legislation, which the factsheet counts among laws that help prevent cancer indirectly.",
      sources: [
        cite("factsheet", FACTSHEET.lawCancerPrevention),
        cite("factsheet", FACTSHEET.lawCancerCare),
        lovdata("Lov om omsetning av alkoholholdig drikk m.v. (LOV-1989-06-02-27)"),
      ],
      properties: { year: 1989 },
    },
    {
      id: "health-research-act",
      label: "Law",
      name: "Health Research Act",
      nameNo: "Helseforskningsloven",
      aliases: ["Act on medical and health research"],
      description:
        "Act on medical and health research that the ministry is reviewing to allow responsible use of health data.",
      sources: [
        cite("interview", INTERVIEW.solutions),
        lovdata("Lov om medisinsk og helsefaglig forskning (LOV-2008-06-20-44)"),
      ],
      properties: { year: 2008, underAssessmentInSource: true },
    },
    {
      id: "eu-mdr-2017-745",
      label: "Law",
      name: "EU Medical Device Regulation (EU) 2017/745",
      nameNo: "Forordning (EU) 2017/745 om medisinsk utstyr",
      aliases: ["MDR", "EU Regulation 2017/745", "Medical Device Regulation"],
      description:
        "EU rules on medical devices that apply in Norway through the EEA; they require CE marking and a manufacturer's declaration of conformity.",
      sources: [cite("overview", OVERVIEW.conformity), mdrText],
      properties: { year: 2017, appliesVia: "EEA Agreement" },
    },
    {
      id: "ehds-regulation",
      label: "Law",
      name: "European Health Data Space Regulation",
      nameNo: "Forordning om Det europeiske helsedataområdet",
      nameNoIsTranslation: true,
      aliases: ["EHDS Regulation", "Regulation (EU) 2025/327"],
      description:
        "EU regulation creating a common framework for using and sharing health data across the EU, which is expected to extend to EEA countries such as Norway.",
      sources: [cite("interview", INTERVIEW.ai), ehdsText],
      properties: { year: 2025, eeaIncorporationPendingInSource: true },
      validFrom: "2025-03-26",
      dateSources: [PUBLIC.ehdsInForce],
    },
    {
      id: "oecd-ehealth-strategies-study",
      label: "Report",
      name: "National eHealth Strategies: A Comparative Study of Nine OECD Health Systems",
      aliases: [],
      description:
        "Comparative study of nine OECD countries' eHealth strategies that praises Norway's implementation plan for spelling out indicators, targets and baselines.",
      sources: [cite("interview", INTERVIEW.vision)],
      properties: { countriesCompared: 9 },
    },
    {
      id: "ecan-country-factsheet-norway",
      label: "Report",
      name: "Policy mapping on eHealth policies and initiatives (including on cancer care) in Norway",
      aliases: ["eCAN+ country factsheet Norway", "Norway country factsheet"],
      description:
        "Country factsheet first prepared in 2023/2024 for the eCAN Joint Action and updated in October 2025 for eCAN+, reviewed by Directorate of Health experts.",
      sources: [cite("factsheet", FACTSHEET.intro)],
      properties: { firstPrepared: "2023/2024", updated: "2025-10", contact: "ecan@goeg.at" },
    },
    {
      id: "generic-ehealth-solutions",
      label: "Topic",
      name: "Generic eHealth solutions",
      nameNo: "Generiske e-helseløsninger",
      nameNoIsTranslation: true,
      aliases: [],
      description:
        "Solutions made for the whole range of diagnoses and conditions, cancer among them, rather than for one disease; the factsheet calls them central from a sustainability point of view.",
      sources: [cite("factsheet", FACTSHEET.stratCancer)],
      properties: {},
    },
    {
      id: "waiting-times",
      label: "Topic",
      name: "Waiting times for treatment",
      nameNo: "Ventetider",
      aliases: ["waiting lists"],
      description:
        "Long waits for medical services, one of the two big pressures on Norwegian health care next to staff shortages.",
      sources: [cite("interview", INTERVIEW.waitingTimes)],
      properties: {},
    },
    {
      id: "national-ehealth-strategy-hearing",
      label: "Topic",
      name: "Public hearing on the draft national eHealth strategy",
      nameNo: "Høring om forslag til nasjonal e-helsestrategi",
      nameNoIsTranslation: true,
      aliases: ["strategy hearing", "extensive hearing"],
      description:
        "The open consultation the draft strategy went through before it was published, one of the ways healthcare authorities took part in its drafting.",
      sources: [cite("factsheet", FACTSHEET.stratStakeholders), PUBLIC.strategyHearing],
      properties: {},
      validFrom: "2022-05-31",
      validTo: "2022-10-01",
      dateSources: [PUBLIC.strategyHearing],
    },
  ],
  relationships: [
    stated("national-ehealth-strategy-2023", "RELATED_TO", "national-ehealth-strategy-hearing", [
      cite("factsheet", FACTSHEET.stratStakeholders),
      PUBLIC.strategyHearing,
    ]),
    inferred(
      "the-government",
      "PUBLISHED",
      "national-health-and-collaboration-plan",
      [cite("interview", INTERVIEW.transformation), hodPage],
      // seed/strategy.ts states the same link with the same reason, so each module validates alone.
      {
        reason:
          "A white paper is put before the Storting by the government; the interview dates its release to 2024.",
      },
    ),
    inferred(
      "the-government",
      "PUBLISHED",
      "national-health-and-hospital-plan-2020-2023",
      [cite("factsheet", FACTSHEET.fnHospitalPlan), hodPage],
      {
        reason: "The factsheet's footnote names the plan as a page on the government's site, regjeringen.no.",
      },
    ),
    stated("national-ehealth-strategy-2023", "ALIGNED_WITH", "national-health-and-collaboration-plan", [
      cite("strategy", STRATEGY.relation),
    ]),
    inferred(
      "ministry-of-health-and-care-services",
      "PUBLISHED",
      "annual-assignment-documents",
      [
        cite("factsheet", FACTSHEET.stratRegional),
        cite("factsheet", FACTSHEET.fnAssignmentDocuments),
        hodPage,
      ],
      {
        reason:
          "Assignment documents are the owner's yearly instructions to the regional health authorities.",
      },
    ),
    inferred(
      "the-government",
      "PUBLISHED",
      "national-cancer-strategy-2025-2035",
      [cite("factsheet", FACTSHEET.stratCancer), PUBLIC.cancerStrategy],
      { reason: "The factsheet links to the strategy on the government's website." },
    ),
    inferred(
      "the-government",
      "PUBLISHED",
      "ventetidsloftet",
      [cite("interview", INTERVIEW.waitingTimes), PUBLIC.ventetidsloftet],
      {
        reason:
          "The interview calls it a national initiative, in the passage on why the government invests in digital tools.",
      },
    ),
    stated("ventetidsloftet", "ADDRESSES", "waiting-times", [cite("interview", INTERVIEW.waitingTimes)]),
    stated(
      "national-ehealth-strategy-2023",
      "ADDRESSES",
      "generic-ehealth-solutions",
      // The strategy's Summary is cited for the other side of the conflict (its own scope) only.
      [
        cite("factsheet", FACTSHEET.stratCancer),
        cite("factsheet", FACTSHEET.fnStrategyTitle),
        cite("strategy", STRATEGY.summary),
      ],
      {
        conflict:
          "The factsheet offers the strategy as its example of a plan for the municipal sector, yet the strategy covers all of health and care, specialist care too; the strategy's Summary calls it the whole sector's joint strategy, and the title in the factsheet's own footnote («for helse- og omsorgssektoren») says the same.",
      },
    ),
    stated(
      "oecd-ehealth-strategies-study",
      "RELATED_TO",
      "national-ehealth-strategy-2023",
      [cite("interview", INTERVIEW.vision)],
      { reason: "The study judges Norway's strategy well prepared, with a detailed implementation plan." },
    ),
    stated(
      "oecd-ehealth-strategies-study",
      "RELATED_TO",
      "national-ehealth-strategy-implementation-plan",
      [cite("interview", INTERVIEW.vision)],
      {
        reason:
          "The study holds up Norway's implementation plan as an example of follow-up, with named indicators, units, targets and starting points.",
      },
    ),
    stated(
      "ecan-country-factsheet-norway",
      "RELATED_TO",
      "ecan-plus-joint-action",
      [cite("factsheet", FACTSHEET.intro)],
      { reason: "Updated in 2025 for the eCAN+ Joint Action." },
    ),
    stated(
      "ecan-country-factsheet-norway",
      "RELATED_TO",
      "ecan-joint-action",
      [cite("factsheet", FACTSHEET.intro)],
      { reason: "First prepared for the eCAN Joint Action." },
    ),
    // Laws: a Norwegian act applies in Norway, and the Storting passed it, by what it is.
    ...NORWEGIAN_ACTS.map(
      ([id, name, entry]): SeedRelationship =>
        inferred(id, "APPLIES_IN", "norway", [lovdata(entry)], {
          reason: `The ${name} is a Norwegian act (${lovIdOf(entry)} in Lovdata), so it applies in Norway by what it is.`,
        }),
    ),
    ...NORWEGIAN_ACTS.map(
      ([id, name, entry, year]): SeedRelationship =>
        inferred("storting", "PUBLISHED", id, [lovdata(entry)], {
          reason: `The Storting makes Norway's acts; Lovdata dates the ${name} to ${year} (${lovIdOf(entry)}).`,
        }),
    ),
    stated("ehealth-relevant-legislation", "APPLIES_IN", "norway", [cite("factsheet", FACTSHEET.lawGeneral)]),
    stated("ehealth-relevant-legislation", "REGULATES", "telemedical-consultations", [
      cite("factsheet", FACTSHEET.lawTelemedicine),
    ]),
    stated(
      "health-research-act",
      "REGULATES",
      "health-data-access-for-research",
      [cite("interview", INTERVIEW.solutions)],
      { reason: "The ministry is assessing the act to make data use for research easier and responsible." },
    ),
    stated("eu-mdr-2017-745", "APPLIES_IN", "norway", [cite("overview", OVERVIEW.conformity)], {
      reason: "Norway is part of the EEA.",
    }),
    stated("eu-mdr-2017-745", "REGULATES", "ce-marking-of-medical-devices", [
      cite("overview", OVERVIEW.conformity),
    ]),
    inferred(
      "european-union",
      "PUBLISHED",
      "eu-mdr-2017-745",
      [cite("overview", OVERVIEW.conformity), mdrText],
      { reason: "An EU regulation." },
    ),
    inferred("european-union", "PUBLISHED", "ehds-regulation", [ehdsText], { reason: "An EU regulation." }),
    inferred(
      "ehds-regulation",
      "REGULATES",
      "european-health-data-space",
      [cite("interview", INTERVIEW.ai), ehdsText],
      { reason: "The regulation is the legal basis of the European Health Data Space." },
    ),
  ],
} satisfies SeedModule as SeedModule;
