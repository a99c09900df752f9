/**
 * Norway and its headline figures (population, health spending, municipalities, regional health
 * authorities), from the country overview and the factsheet, and what the 2025 interview says drives
 * and carries its digital health: the pressures it faces, its national data-exchange platforms and
 * collaboration across the public and private sectors.
 */
import { cite, inferred, publicSource, stated } from "#model/citations.ts";
import type { SeedModule } from "#model/model.ts";
import { FACTSHEET, INTERVIEW, OVERVIEW, STRATEGY } from "./documentSections.ts";

const keyFigures = cite("overview", OVERVIEW.keyFigures);
const healthSystem = cite("overview", OVERVIEW.healthSystem);

export default {
  module: "seed/country.ts",
  nodes: [
    {
      id: "norway",
      label: "Country",
      name: "Norway",
      nameNo: "Norge",
      aliases: ["Kingdom of Norway", "Noreg"],
      description:
        "Nordic country with a semi-decentralised, tax-financed health system: municipalities handle primary care and four regional health authorities handle specialised care. It sits outside the EU but within the EEA and takes part in many European digital-health projects.",
      sources: [healthSystem, cite("overview", OVERVIEW.europe), cite("factsheet", FACTSHEET.intro)],
      properties: {
        healthSystem: "semi-decentralised",
        healthFinancing: "taxation",
        euMember: false,
        eeaMember: true,
      },
    },
    {
      id: "norway-population",
      label: "Figure",
      name: "Population of Norway",
      nameNo: "Folketall",
      aliases: ["inhabitants"],
      description: "Number of people living in Norway according to the country overview: about 5.4 million.",
      sources: [keyFigures],
      properties: { value: 5.4, unit: "million inhabitants", display: "5.4 m" },
    },
    {
      id: "norway-health-expenditure-gdp",
      label: "Figure",
      name: "Health expenditure as share of GDP",
      nameNo: "Helseutgifter som andel av BNP",
      aliases: ["health expenditure to GDP ratio"],
      description: "Norway spent 7.9 per cent of its gross domestic product on health in 2022.",
      sources: [keyFigures],
      properties: { value: 7.9, unit: "% of GDP", year: 2022, display: "7.9 %" },
    },
    {
      id: "norway-municipalities-count",
      label: "Figure",
      name: "Number of municipalities",
      nameNo: "Antall kommuner",
      aliases: ["municipalities close to citizens"],
      description:
        "Norway has 357 municipalities; they are the level of government closest to citizens and carry primary care.",
      sources: [keyFigures, healthSystem],
      properties: { value: 357, unit: "municipalities", display: "357" },
    },
    {
      id: "norway-regional-health-authorities-count",
      label: "Figure",
      name: "Number of regional health authorities",
      nameNo: "Antall regionale helseforetak",
      aliases: [],
      description:
        "Specialised care in Norway is organised in four regional health authorities, which run the hospitals.",
      sources: [healthSystem, cite("factsheet", FACTSHEET.stratRegional)],
      properties: { value: 4, unit: "regional health authorities", display: "4" },
    },
    {
      id: "ageing-population",
      label: "Topic",
      name: "Ageing population",
      nameNo: "Aldrende befolkning",
      nameNoIsTranslation: true,
      aliases: ["aging population", "more elderly people"],
      description:
        "A growing share of older people, which the State Secretary names as a pressure on most European health systems that digitalisation should help meet; the strategy's knowledge base names it for Norway too.",
      sources: [cite("interview", INTERVIEW.transformation), cite("strategy", STRATEGY.knowledgePlatform)],
      properties: {},
    },
    {
      id: "shortage-of-health-personnel",
      label: "Topic",
      name: "Shortage of health personnel",
      nameNo: "Mangel på helsepersonell",
      nameNoIsTranslation: true,
      aliases: ["shortage of healthcare professionals", "workforce shortage"],
      description:
        "Too few health workers for the patients of the future: in the interview a pressure Norway shares with most EU countries, and one reason the government invests in digital health.",
      sources: [cite("interview", INTERVIEW.transformation), cite("interview", INTERVIEW.waitingTimes)],
      properties: {},
    },
    {
      id: "national-data-exchange-platforms",
      label: "Topic",
      name: "National data-exchange platforms",
      nameNo: "Nasjonale plattformer for datadeling",
      nameNoIsTranslation: true,
      aliases: ["national digital service platforms", "national platforms for sharing patient data"],
      description:
        "Shared national platforms and common services through which patient data, prescriptions and critical health information move between actors; the State Secretary counts them among Norway's main achievements of the last decade.",
      sources: [cite("interview", INTERVIEW.transformation)],
      properties: {},
    },
    {
      id: "public-private-collaboration",
      label: "Topic",
      name: "Collaboration across the public and private sectors",
      nameNo: "Samarbeid mellom offentlig og privat sektor",
      nameNoIsTranslation: true,
      aliases: ["public–private collaboration", "public-private partnership"],
      description:
        "Working together across government, health services, industry and technology suppliers, which the State Secretary calls essential for digital health to succeed; an early joint effort of this kind led to a unified strategy.",
      sources: [
        cite("interview", INTERVIEW.transformation),
        cite("interview", INTERVIEW.vision),
        cite("interview", INTERVIEW.ai),
      ],
      properties: {},
    },
  ],
  relationships: [
    stated("norway", "HAS_FIGURE", "norway-population", [keyFigures]),
    stated("norway", "HAS_FIGURE", "norway-health-expenditure-gdp", [keyFigures]),
    stated("norway", "HAS_FIGURE", "norway-municipalities-count", [keyFigures]),
    stated("norway", "HAS_FIGURE", "norway-regional-health-authorities-count", [
      healthSystem,
      cite("factsheet", FACTSHEET.stratRegional),
    ]),
    stated("norway", "MEMBER_OF", "european-economic-area", [cite("overview", OVERVIEW.conformity)], {
      reason:
        "The overview applies the EU medical device regulation to Norway because Norway is part of the EEA.",
    }),
    // What the 2025 interview says Norway faces and builds on.
    stated(
      "norway",
      "RELATED_TO",
      "ageing-population",
      [cite("interview", INTERVIEW.transformation), cite("strategy", STRATEGY.knowledgePlatform)],
      { properties: { relation: "faces" } },
    ),
    stated(
      "norway",
      "RELATED_TO",
      "shortage-of-health-personnel",
      [cite("interview", INTERVIEW.waitingTimes)],
      {
        properties: { relation: "faces" },
      },
    ),
    stated(
      "norway",
      "RELATED_TO",
      "national-data-exchange-platforms",
      [cite("interview", INTERVIEW.transformation)],
      { properties: { relation: "has centred its approach on" } },
    ),
    stated("norway", "RELATED_TO", "public-private-collaboration", [cite("interview", INTERVIEW.vision)], {
      properties: { relation: "relies on" },
    }),
    inferred(
      "norway",
      "MEMBER_OF",
      "who",
      [
        publicSource(
          "WHO Regional Office for Europe — Norway",
          "https://www.who.int/europe/countries/norway",
          "Member state profile",
        ),
      ],
      {
        reason: "Norway is one of WHO's member states, as WHO's own country page for Norway shows.",
      },
    ),
  ],
} satisfies SeedModule as SeedModule;
