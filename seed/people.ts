/**
 * People named in the interview and the factsheet, and the roles they held at the source's date.
 */
import { cite } from "./citations.ts";
import { FACTSHEET, INTERVIEW } from "./documentSections.ts";
import type { SeedModule } from "./model.ts";

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
    {
      from: "ellen-ronning-arnesen",
      type: "HOLDS_ROLE",
      to: "ministry-of-health-and-care-services",
      basis: "stated",
      sources: [cite("interview", INTERVIEW.intro)],
      properties: { role: "State Secretary", asOf: "2025-04-02" },
    },
    {
      from: "thomas-rannstad-haugen",
      type: "HOLDS_ROLE",
      to: "directorate-of-health",
      basis: "stated",
      sources: [reviewers],
      properties: { role: "Country expert and factsheet reviewer", asOf: "2023/2024" },
    },
    {
      from: "bjornar-alexander-andreassen",
      type: "HOLDS_ROLE",
      to: "directorate-of-health",
      basis: "stated",
      sources: [reviewers],
      properties: {
        role: "Country expert and factsheet reviewer",
        asOf: "2025-10",
        reviewDates: ["2023/2024", "2025-10"],
      },
    },
    {
      from: "jan-egil-nordvik",
      type: "HOLDS_ROLE",
      to: "directorate-of-health",
      basis: "stated",
      sources: [reviewers],
      properties: { role: "Country expert and factsheet reviewer", asOf: "2023/2024" },
    },
    ...(["thomas-rannstad-haugen", "bjornar-alexander-andreassen", "jan-egil-nordvik"] as const).map(
      (id) => ({
        from: id,
        type: "RELATED_TO" as const,
        to: "ecan-country-factsheet-norway",
        basis: "stated" as const,
        sources: [reviewers],
        reason: "Reviewed the factsheet as a country expert.",
        properties: {
          role: "reviewer",
          reviewDates: id === "bjornar-alexander-andreassen" ? ["2023/2024", "2025-10"] : ["2023/2024"],
        },
      }),
    ),
  ],
} satisfies SeedModule as SeedModule;
