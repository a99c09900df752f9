/**
 * The factsheet's cancer-specific answers: the comprehensive cancer centre and its regional
 * strategy, cancer prevention law, indicators, the cancer registry, and the (empty) table of
 * cancer-specific eHealth solutions. The national cancer strategy node lives in documents.ts.
 */
import { cite, inferred, publicSource, stated } from "#model/citations.ts";
import type { SeedModule, SeedRelationship } from "#model/model.ts";
import { FACTSHEET } from "./documentSections.ts";

const centre = cite("factsheet", FACTSHEET.govCancerCentre);
const stratCancer = cite("factsheet", FACTSHEET.stratCancer);
const table5 = cite("factsheet", FACTSHEET.solutionsTable5);
const table6 = cite("factsheet", FACTSHEET.solutionsTable6);
const lawPrevention = cite("factsheet", FACTSHEET.lawCancerPrevention);
const lawCancerCare = cite("factsheet", FACTSHEET.lawCancerCare);
/** Footnote 19 of the cancer-prevention answer: the registry's overview of key laws. */
const registryLaws = cite("factsheet", FACTSHEET.fnCancerLaws);
const registrySite = publicSource(
  "Kreftregisteret",
  "https://www.kreftregisteret.no",
  "The registry's home page",
);

export default {
  module: "seed/cancer.ts",
  nodes: [
    {
      id: "ous-comprehensive-cancer-centre",
      label: "Hospital",
      name: "Oslo University Hospital Comprehensive Cancer Centre",
      nameNo: "Omfattende kreftsenter ved Oslo universitetssykehus",
      nameNoIsTranslation: true,
      aliases: ["OUS CCC", "Comprehensive Cancer Center", "Oslo Comprehensive Cancer Centre"],
      description:
        "Norway's only comprehensive cancer centre, at Oslo University Hospital, following up a wide range of cancer diagnoses; it has drawn up a regional cancer strategy.",
      sources: [centre, stratCancer],
      properties: {
        onlyComprehensiveCancerCentreInNorway: true,
        url: "https://www.ous-research.no/home/ous/CCF/17820",
      },
    },
    {
      id: "ous-regional-cancer-strategy",
      label: "Strategy",
      name: "Regional cancer strategy of Oslo University Hospital",
      nameNo: "Regional kreftstrategi ved Oslo universitetssykehus",
      nameNoIsTranslation: true,
      aliases: ["OUS CCC regional cancer strategy"],
      description:
        "Cancer strategy for the region drawn up by the Oslo comprehensive cancer centre; it does not speak of eHealth as such but covers home follow-up, home hospitals and digital contact with patients.",
      sources: [stratCancer],
      properties: { refersToEhealthDirectly: false },
    },
    {
      id: "home-hospital",
      label: "Solution",
      name: "Home hospital",
      nameNo: "Sykehus hjemme",
      aliases: ["home hospitals", "hospital at home"],
      description: "Hospital-level treatment delivered in the patient's home, supported by remote follow-up.",
      sources: [stratCancer],
      properties: {},
    },
    {
      id: "cancer-registry-of-norway",
      label: "Agency",
      name: "Cancer Registry of Norway",
      nameNo: "Kreftregisteret",
      aliases: ["Kreftregisteret", "kreftregisteret.no"],
      description:
        "National cancer registry, whose overview of key cancer-related laws and regulations the factsheet cites on cancer prevention legislation.",
      sources: [registryLaws],
      properties: { url: "https://www.kreftregisteret.no" },
    },
    {
      id: "ehealth-in-cancer-care",
      label: "Topic",
      name: "eHealth in cancer care",
      nameNo: "E-helse i kreftomsorgen",
      nameNoIsTranslation: true,
      aliases: ["eHealth in oncology", "digital cancer care"],
      description:
        "Use of telemedicine and other digital tools in cancer prevention and care. Norway has no national indicators specific to it, though registry data and some general finance-system indicators shed light on it, and no legislation that names it: the factsheet answers no to a law on eHealth in cancer care.",
      sources: [
        cite("factsheet", FACTSHEET.intro),
        cite("factsheet", FACTSHEET.stratCancerPlan),
        cite("factsheet", FACTSHEET.stratIndicators),
        lawCancerCare,
      ],
      properties: { nationalIndicators: false, specificLegislation: false },
    },
    {
      id: "cancer-prevention",
      label: "Topic",
      name: "Cancer prevention",
      nameNo: "Kreftforebygging",
      aliases: [],
      description:
        "Preventing cancer. The factsheet answers yes to legislation on it, giving tobacco and alcohol law as examples, though no single act is devoted to it; the Public Health Act also works against harm to health, cancer included, without naming cancer.",
      sources: [lawPrevention, lawCancerCare],
      properties: { specificLegislation: true, separateLaw: false },
    },
    {
      id: "results-based-financing",
      label: "Topic",
      name: "Results-based financing system",
      nameNo: "Kvalitetsbasert finansiering",
      aliases: ["results-based finance system"],
      description:
        "Part of hospital funding tied to results; some of its indicators measure eHealth use for all patients, not cancer patients alone.",
      sources: [cite("factsheet", FACTSHEET.stratIndicators)],
      properties: {},
    },
    {
      id: "cancer-ehealth-initiatives",
      label: "Topic",
      name: "Cancer eHealth initiatives beyond public authorities",
      nameNo: "E-helseinitiativer på kreftområdet utenfor myndighetene",
      nameNoIsTranslation: true,
      aliases: [],
      description:
        "Many projects in cancer care with more or less technology, run by specialist services, researchers, technology firms, interest organisations and partnerships between them.",
      sources: [cite("factsheet", FACTSHEET.stratOtherInitiatives)],
      properties: {},
    },
    {
      id: "cancer-specific-ehealth-solutions",
      label: "Topic",
      name: "Cancer-specific eHealth solutions in use",
      nameNo: "Kreftspesifikke e-helseløsninger i bruk",
      nameNoIsTranslation: true,
      aliases: [],
      description:
        "The factsheet's tables of cancer-specific eHealth tools by area of care are left empty for Norway, and counts, recommendations, public/private split and use by providers are not available.",
      sources: [table5, table6],
      properties: {
        areas: [
          "Ecosystem",
          "Prevention",
          "Treatment",
          "Living with cancer",
          "Rehabilitation",
          "Palliative care",
        ],
        specificCertification: false,
      },
    },
  ],
  relationships: [
    stated("ous-comprehensive-cancer-centre", "PART_OF", "oslo-university-hospital", [centre]),
    stated("ous-comprehensive-cancer-centre", "LOCATED_IN", "norway", [centre]),
    stated("ous-comprehensive-cancer-centre", "PUBLISHED", "ous-regional-cancer-strategy", [stratCancer]),
    ...(["digital-home-follow-up", "home-hospital", "digital-dialogue"] as const).map(
      (id): SeedRelationship =>
        stated("ous-regional-cancer-strategy", "RELATED_TO", id, [stratCancer], {
          reason: "The regional cancer strategy has points on this.",
        }),
    ),
    // No source says the regional cancer strategy is aligned with the national one: no link.
    stated("national-cancer-strategy-2025-2035", "ADDRESSES", "ehealth-in-cancer-care", [
      stratCancer,
      cite("factsheet", FACTSHEET.stratCancerPlan),
    ]),
    stated("national-cancer-strategy-2025-2035", "ALIGNED_WITH", "eu-beating-cancer-plan", [
      cite("factsheet", FACTSHEET.stratBeatingCancer),
    ]),
    stated("national-cancer-strategy-2025-2035", "ALIGNED_WITH", "eu-cancer-mission", [
      cite("factsheet", FACTSHEET.stratBeatingCancer),
    ]),
    ...(["tobacco-control-act", "alcohol-act"] as const).map(
      (id): SeedRelationship =>
        stated(id, "REGULATES", "cancer-prevention", [lawPrevention, lawCancerCare], {
          reason:
            id === "tobacco-control-act"
              ? "The factsheet's first example of law on cancer prevention is tobacco legislation, one of the two bodies of law it says mention cancer."
              : "Alcohol legislation is the factsheet's second example of law on cancer prevention, and it helps to prevent cancer indirectly.",
        }),
    ),
    stated("public-health-act", "REGULATES", "cancer-prevention", [lawCancerCare], {
      reason:
        "The factsheet gives the Public Health Act as a law that works against harm to health, cancer included, though it does not name cancer.",
    }),
    stated(
      "national-health-registries",
      "RELATED_TO",
      "ehealth-in-cancer-care",
      [cite("factsheet", FACTSHEET.stratIndicators)],
      { reason: "Information on eHealth use in cancer care is found in the national health registry." },
    ),
    stated(
      "results-based-financing",
      "RELATED_TO",
      "ehealth-in-cancer-care",
      [cite("factsheet", FACTSHEET.stratIndicators)],
      { reason: "Some indicators of eHealth use sit in the results-based finance system, for all patients." },
    ),
    stated("cancer-ehealth-initiatives", "ADDRESSES", "ehealth-in-cancer-care", [
      cite("factsheet", FACTSHEET.stratOtherInitiatives),
    ]),
    stated("ce-marking-of-medical-devices", "RELATED_TO", "cancer-specific-ehealth-solutions", [table6], {
      reason:
        "With no specific certification for cancer eHealth tools, the general CE marking of medical devices applies.",
    }),
    inferred("cancer-registry-of-norway", "LOCATED_IN", "norway", [registryLaws, registrySite], {
      reason: "It is Norway's national register of cancer cases, so it is in Norway by what it is.",
    }),
    inferred("municipalities", "RELATED_TO", "ehealth-in-cancer-care", [centre], {
      reason:
        "The factsheet says only that cancer care is well developed in the municipalities as well as in specialist care, in its answer on eHealth in cancer centres; that eHealth is part of it is our reading.",
    }),
  ],
} satisfies SeedModule as SeedModule;
