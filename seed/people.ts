/**
 * People named in the interview and the factsheet, and the roles they held at the source's date.
 */
import { cite, publicSource, stated } from "#model/citations.ts";
import type { SeedModule } from "#model/model.ts";
import { FACTSHEET, INTERVIEW } from "./documentSections.ts";

const reviewers = cite("factsheet", FACTSHEET.intro);

export default {
  module: "seed/people.ts",
  nodes: [
    {
      id: "ellen-ronning-arnesen",
      label: "Person",
      name: "Ellen Rønning-Arnesen",
      aliases: ["Rønning-Arnesen", "Ellen Ronning-Arnesen"],
      description:
        "State Secretary at the Ministry of Health and Care Services who, in April 2025, explained Norway's step-by-step approach to digital health and the role of trust.",
      sources: [cite("interview", INTERVIEW.intro), cite("interview", INTERVIEW.vision)],
      properties: { title: "State Secretary" },
    },
    {
      id: "thomas-rannstad-haugen",
      label: "Person",
      name: "Thomas Rannstad Haugen",
      aliases: [],
      description:
        "Directorate of Health expert who reviewed the Norwegian eCAN country factsheet in 2023/2024.",
      sources: [reviewers],
      properties: { reviewedFactsheet: ["2023/2024"] },
    },
    {
      id: "bjornar-alexander-andreassen",
      label: "Person",
      name: "Bjørnar Alexander Andreassen",
      aliases: ["Bjornar Alexander Andreassen"],
      description:
        "Directorate of Health expert who reviewed the Norwegian factsheet for eCAN in 2023/2024 and again for eCAN+ when it was updated in October 2025.",
      sources: [reviewers],
      properties: { reviewedFactsheet: ["2023/2024", "2025-10"] },
    },
    {
      id: "jan-egil-nordvik",
      label: "Person",
      name: "Jan Egil Nordvik",
      aliases: [],
      description:
        "Directorate of Health expert who reviewed the Norwegian eCAN country factsheet in 2023/2024.",
      sources: [reviewers],
      properties: { reviewedFactsheet: ["2023/2024"] },
    },
  ],
  relationships: [
    stated(
      "ellen-ronning-arnesen",
      "HOLDS_ROLE",
      "ministry-of-health-and-care-services",
      [cite("interview", INTERVIEW.intro)],
      {
        properties: { role: "State Secretary", asOf: "2025-04-02" },
        validFrom: "2021-11-26",
        dateSources: [
          publicSource(
            "Ellen Moen Rønning-Arnesen ny statssekretær for Helse- og omsorgsdepartementet (EHiN)",
            "https://ehin.no/en/artikler/vi-ma-torre-og-tenke-nytt-samtidig-som-vi-bevarer-tryggheten-og-tilliten-til-den-offentlige-helsetjenesten/",
            "Appointed State Secretary on 26 November 2021, responsible for eHealth among other areas",
          ),
        ],
      },
    ),
    stated("thomas-rannstad-haugen", "HOLDS_ROLE", "directorate-of-health", [reviewers], {
      properties: { role: "Country expert and factsheet reviewer", asOf: "2023/2024" },
    }),
    stated("bjornar-alexander-andreassen", "HOLDS_ROLE", "directorate-of-health", [reviewers], {
      properties: {
        role: "Country expert and factsheet reviewer",
        asOf: "2025-10",
        reviewDates: ["2023/2024", "2025-10"],
      },
    }),
    stated("jan-egil-nordvik", "HOLDS_ROLE", "directorate-of-health", [reviewers], {
      properties: { role: "Country expert and factsheet reviewer", asOf: "2023/2024" },
    }),
    ...(["thomas-rannstad-haugen", "bjornar-alexander-andreassen", "jan-egil-nordvik"] as const).map((id) =>
      stated(id, "RELATED_TO", "ecan-country-factsheet-norway", [reviewers], {
        reason: "Reviewed the factsheet as a country expert.",
        properties: {
          role: "reviewer",
          reviewDates: id === "bjornar-alexander-andreassen" ? ["2023/2024", "2025-10"] : ["2023/2024"],
        },
      }),
    ),
  ],
} satisfies SeedModule as SeedModule;
