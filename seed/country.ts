/**
 * Norway and its headline figures (population, health spending, municipalities, regional health
 * authorities), from the country overview and the factsheet.
 */
import { cite, inferred, publicSource, stated } from "./citations.ts";
import { FACTSHEET, OVERVIEW } from "./documentSections.ts";
import type { SeedModule } from "./model.ts";

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
      sources: [
        keyFigures,
        healthSystem,
        cite("overview", OVERVIEW.europe),
        cite("factsheet", FACTSHEET.intro),
      ],
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
        reason:
          "Norway is a WHO member state, which is why the factsheet measures its terms against WHO definitions.",
      },
    ),
  ],
} satisfies SeedModule as SeedModule;
