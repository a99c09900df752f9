/**
 * European projects and initiatives Norway takes part in or leads, from the overview, the
 * interview, the department page and the factsheet.
 */
import { cite, inferred, stated } from "#model/citations.ts";
import type { SeedModule, SeedNode, SeedRelationship } from "#model/model.ts";
import { DEPARTMENT, FACTSHEET, INTERVIEW, OVERVIEW, STRATEGY } from "./documentSections.ts";
import { PUBLIC } from "./publicSources.ts";

const europe = cite("overview", OVERVIEW.europe);

/** Projects the overview lists as initiatives Norway contributes to. */
const CONTRIBUTED: readonly (readonly [
  id: string,
  name: string,
  description: string,
  dates?: Pick<SeedNode, "validFrom" | "validTo" | "dateSources">,
])[] = [
  [
    "xt-ehr",
    "Xt-EHR",
    "European joint action preparing the common exchange format for electronic health records under the European Health Data Space.",
    { validFrom: "2023-11-01", validTo: "2026-04-30", dateSources: [PUBLIC.ehrxfProjects] },
  ],
  [
    "xpandh",
    "XpanDH",
    "European project that helps organisations adopt the European electronic health record exchange format.",
    { validFrom: "2023", dateSources: [PUBLIC.xpandhStart] },
  ],
  [
    "xshare",
    "xShare",
    "European project on letting citizens share their health records in the European exchange format.",
    { validFrom: "2023-12-01", validTo: "2026-11-30", dateSources: [PUBLIC.xshareStart] },
  ],
  [
    "tehdas-2",
    "TEHDAS II",
    "Second joint action on the European Health Data Space, preparing guidance for secondary use of health data.",
  ],
];

const contributedNodes: SeedNode[] = CONTRIBUTED.map(([id, name, description, dates]) => ({
  id,
  label: "Project",
  name,
  aliases: [],
  description,
  sources: [europe],
  properties: { scope: "European" },
  ...dates,
}));

/** What says that each project works towards the EHDS (the overview only lists them). */
const EHDS_LINK_SOURCES: Readonly<Record<string, SeedNode["sources"]>> = {
  "xt-ehr": [PUBLIC.ehrxfProjects],
  xpandh: [PUBLIC.ehrxfProjects, PUBLIC.xpandhStart],
  xshare: [PUBLIC.ehrxfProjects, PUBLIC.xshareStart],
  "tehdas-2": [PUBLIC.tehdas2],
};

/** How each project serves the EHDS, from its own public pages (the overview only lists them). */
const EHDS_LINK_REASONS: Readonly<Record<string, string>> = {
  "xt-ehr":
    "Xt-EHR is the joint action that drafts the European exchange format for health records which the EHDS rests on.",
  xpandh: "XpanDH helps hospitals, vendors and others take up that exchange format, an EHDS building block.",
  xshare: "xShare works on letting citizens pass their own health data on in the format the EHDS sets.",
  "tehdas-2":
    "TEHDAS II drafts guidelines and technical specifications for reusing health data under the EHDS.",
};

const contributedEdges: SeedRelationship[] = CONTRIBUTED.map(([id]) =>
  stated("norway", "PARTICIPATES_IN", id, [europe]),
);

export default {
  module: "seed/europe.ts",
  nodes: [
    {
      id: "prevent-ncd",
      label: "Project",
      name: "PREVENT NCD",
      aliases: ["JA PreventNCD", "Joint Action Prevent Non-Communicable Diseases"],
      description:
        "European joint action on preventing non-communicable diseases such as cancer; Norway leads it.",
      sources: [europe],
      properties: { scope: "European", ledBy: "Norway" },
    },
    ...contributedNodes,
    {
      id: "ecan-joint-action",
      label: "Project",
      name: "eCAN Joint Action",
      aliases: ["eCAN", "eCAN JA"],
      description:
        "European joint action on eHealth in cancer care for which Norway's country factsheet was first prepared.",
      sources: [cite("factsheet", FACTSHEET.intro)],
      properties: { scope: "European" },
    },
    {
      id: "ecan-plus-joint-action",
      label: "Project",
      name: "eCAN+ Joint Action",
      aliases: [
        "eCAN Plus",
        "eCAN+",
        "Enhancing digital capabilities of cancer centres in Europe to improve prevention and care",
      ],
      description:
        "Follow-up to the eCAN joint action that strengthens cancer centres' digital capabilities, for example telemedicine and better use of health data, and maps eHealth policy in EU and EEA countries.",
      sources: [cite("factsheet", FACTSHEET.intro)],
      properties: { scope: "European", contact: "ecan@goeg.at" },
    },
    {
      id: "european-health-data-space",
      label: "Project",
      name: "European Health Data Space",
      nameNo: "Det europeiske helsedataområdet",
      nameNoIsTranslation: true,
      aliases: ["EHDS"],
      description:
        "Shared EU and EEA framework for exchanging and reusing health data; Norway counts taking part in it as a key component of its approach.",
      sources: [
        cite("interview", INTERVIEW.ai),
        cite("department", DEPARTMENT.services),
        cite("factsheet", FACTSHEET.intro),
      ],
      properties: { scope: "EU and EEA" },
    },
    {
      id: "eu-beating-cancer-plan",
      label: "Plan",
      name: "Europe's Beating Cancer Plan",
      nameNo: "EUs kreftplan",
      nameNoIsTranslation: true,
      aliases: ["EU Beating Cancer Plan"],
      description: "The EU's plan against cancer, which Norway's new cancer strategy took into account.",
      sources: [cite("factsheet", FACTSHEET.stratBeatingCancer)],
      properties: {},
    },
    {
      id: "eu-cancer-mission",
      label: "Project",
      name: "EU Mission on Cancer",
      aliases: ["EU cancer missions", "Cancer Mission"],
      description:
        "EU research and innovation mission on cancer, also considered in Norway's cancer strategy.",
      sources: [cite("factsheet", FACTSHEET.stratBeatingCancer)],
      properties: {},
    },
  ],
  relationships: [
    stated("norway", "LEADS", "prevent-ncd", [europe]),
    stated("norway", "PARTICIPATES_IN", "prevent-ncd", [europe]),
    ...contributedEdges,
    stated("norway", "PARTICIPATES_IN", "european-health-data-space", [cite("interview", INTERVIEW.ai)]),
    inferred("norway", "PARTICIPATES_IN", "ecan-plus-joint-action", [cite("factsheet", FACTSHEET.intro)], {
      reason: "Norway's factsheet was updated for eCAN+ and reviewed by Norwegian country experts.",
    }),
    inferred("norway", "PARTICIPATES_IN", "ecan-joint-action", [cite("factsheet", FACTSHEET.intro)], {
      reason: "Norway's factsheet was first prepared for eCAN and reviewed by Norwegian country experts.",
    }),
    inferred(
      "directorate-of-health",
      "PARTICIPATES_IN",
      "ecan-plus-joint-action",
      [cite("factsheet", FACTSHEET.intro)],
      { reason: "The Directorate's experts reviewed Norway's factsheet for the joint action." },
    ),
    stated(
      "ecan-plus-joint-action",
      "RELATED_TO",
      "ecan-joint-action",
      [cite("factsheet", FACTSHEET.intro)],
      { reason: "eCAN+ builds on the experience of the eCAN joint action." },
    ),
    stated(
      "ecan-plus-joint-action",
      "RELATED_TO",
      "european-health-data-space",
      [cite("factsheet", FACTSHEET.intro)],
      {
        reason: "The factsheet names the EHDS legal framework as an opportunity the joint action builds on.",
      },
    ),
    ...(["xt-ehr", "xpandh", "xshare", "tehdas-2"] as const).map(
      (id): SeedRelationship =>
        inferred(id, "RELATED_TO", "european-health-data-space", [europe, ...(EHDS_LINK_SOURCES[id] ?? [])], {
          reason: EHDS_LINK_REASONS[id],
        }),
    ),
    stated(
      "european-health-data-space",
      "SUPPORTS",
      "objective-3",
      [cite("strategy", STRATEGY.objective3), cite("interview", INTERVIEW.ai)],
      {
        reason:
          "Objective 3 looks for closer international cooperation on health data, naming the EHDS work.",
      },
    ),
  ],
} satisfies SeedModule as SeedModule;
