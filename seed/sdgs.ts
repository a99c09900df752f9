/**
 * The UN Sustainable Development Goals the strategy calls particularly relevant (3, 9, 10, 12,
 * 13, 17) and which strategic objectives it assigns to each.
 *
 * Each contribution carries the strategy's own wording; its strength is derived from that wording
 * by the one rule in strengths.ts.
 * Source: document "strategy".
 */
import { cite, stated } from "#model/citations.ts";
import type { SeedModule, SeedNode, SeedRelationship, SourceRef } from "#model/model.ts";
import { strengthOf } from "#model/strengths.ts";
import { STRATEGY } from "./documentSections.ts";

const sdgSection = (section: string) => cite("strategy", section);
const unGoal = (n: number, title: string): SourceRef => ({
  document: "public",
  title: `United Nations, Goal ${n}: ${title}`,
  url: `https://sdgs.un.org/goals/goal${n}`,
  section: `Goal ${n}`,
});

interface SdgSpec {
  number: number;
  title: string;
  nameNo: string;
  /** The strategy sub-section on this SDG. */
  section: string;
  description: string;
  /** The strategy's heading for SDG 9 omits the number; it comes from the UN list. */
  numberFromPublicSource?: boolean;
}

const SDGS: SdgSpec[] = [
  {
    number: 3,
    title: "Good health and well-being",
    nameNo: "Bærekraftsmål 3: God helse og livskvalitet",
    section: STRATEGY.sdg3,
    description:
      "UN goal on healthy lives and well-being for all. The strategy links it to its three overall goals of quality and patient safety, sustainability and innovation, and says all five objectives feed into it.",
  },
  {
    number: 9,
    title: "Industry, innovation and infrastructure",
    nameNo: "Bærekraftsmål 9: Industri, innovasjon og infrastruktur",
    section: STRATEGY.sdg9,
    description:
      "UN goal on resilient infrastructure and inclusive, sustainable innovation. The strategy stresses reliable digital infrastructure for sharing data across the sector and with other sectors; its heading for this goal carries no number.",
    numberFromPublicSource: true,
  },
  {
    number: 10,
    title: "Reduced inequalities",
    nameNo: "Bærekraftsmål 10: Mindre ulikhet",
    section: STRATEGY.sdg10,
    description:
      "UN goal on reducing inequality. For eHealth the strategy reads it as equal access to digital services whatever a person's age, home, ethnicity, gender or finances, with allowance for differing digital skills and non-digital users.",
  },
  {
    number: 12,
    title: "Responsible consumption and production",
    nameNo: "Bærekraftsmål 12: Ansvarlig forbruk og produksjon",
    section: STRATEGY.sdg12,
    description:
      "UN goal on sustainable consumption and production. The strategy holds every health and care actor responsible for cutting its own consumption, helped by digitalisation and data-driven efficiency.",
  },
  {
    number: 13,
    title: "Climate action",
    nameNo: "Bærekraftsmål 13: Stoppe klimaendringene",
    section: STRATEGY.sdg13,
    description:
      "UN goal on combating climate change. The strategy notes the health and care sector emits roughly five per cent of Norway's greenhouse gases and that digital services and data can cut transport and optimise resource use, while warning against digital overconsumption of electricity.",
  },
  {
    number: 17,
    title: "Partnerships for the goals",
    nameNo: "Bærekraftsmål 17: Samarbeid for å nå målene",
    section: STRATEGY.sdg17,
    description:
      "UN goal on partnerships for sustainable development. The strategy ties it to wider collaboration with other sectors, society and international communities, and to its own follow-up process.",
  },
];

const sdgId = (n: number) => `sdg-${n}`;
const sourcesFor = (n: number) => {
  const spec = SDGS.find((s) => s.number === n)!;
  return [sdgSection(spec.section)];
};

const sdgNodes: SeedNode[] = SDGS.map((s) => ({
  id: sdgId(s.number),
  label: "SDG",
  name: `SDG ${s.number}: ${s.title}`,
  nameNo: s.nameNo,
  aliases: [s.title, `SDG ${s.number}`, `Goal ${s.number}`, `UN Sustainable Development Goal ${s.number}`],
  description: s.description,
  sources: [sdgSection(s.section), ...(s.numberFromPublicSource ? [unGoal(s.number, s.title)] : [])],
  properties: {
    number: s.number,
    unNumber: s.number,
    title: s.title,
    url: `https://sdgs.un.org/goals/goal${s.number}`,
    numberStatedInStrategy: !s.numberFromPublicSource,
  },
}));

/**
 * [objective, SDG number, the strategy's own wording, reason in our own words]. The wording is the
 * word or short term the SDG's section uses for this objective; the strength is derived from it.
 */
export const SDG_CONTRIBUTIONS: [string, number, string, string][] = [
  [
    "objective-1",
    3,
    "contribute most directly",
    "Giving residents more flexibility and more room to take charge of their own and their relatives' health benefits well-being directly.",
  ],
  [
    "objective-2",
    3,
    "contribute most directly",
    "Better tools for clinicians help make care equal and quality-assured for everyone, which is a direct health benefit.",
  ],
  [
    "objective-3",
    3,
    "contribute most directly",
    "Data-driven initiatives on quality, innovation, prevention and preparedness improve health outcomes directly.",
  ],
  [
    "objective-4",
    3,
    "All five strategic objectives",
    "As one of the five objectives that all serve good health, available and shared information underpins better care, though less directly for residents.",
  ],
  [
    "objective-5",
    3,
    "All five strategic objectives",
    "Stronger cooperation and instruments help the sector deliver good health outcomes, counted among the five contributors though not a direct one.",
  ],
  [
    "objective-4",
    9,
    "key",
    "Information management and standardised sharing keep the sector's digital infrastructure dependable and resilient.",
  ],
  [
    "objective-3",
    9,
    "in particular",
    "Putting health data to work drives inclusive and sustainable innovation in the sector.",
  ],
  [
    "objective-1",
    9,
    "will also contribute",
    "Digital participation by citizens is one way health services come to be delivered in new, innovative forms.",
  ],
  [
    "objective-2",
    9,
    "will also contribute",
    "New digital work tools for professionals help renew the way care is provided.",
  ],
  [
    "objective-5",
    9,
    "will contribute",
    "Better collaboration builds ecosystems for eHealth research and innovation.",
  ],
  [
    "objective-1",
    10,
    "important",
    "Services adapted to individuals, including people who do not use digital channels, push towards equal access whatever someone's background.",
  ],
  [
    "objective-2",
    10,
    "important",
    "Equal, quality-assured care and stronger digital skills among staff help narrow differences in the services people receive.",
  ],
  [
    "objective-3",
    12,
    "part of objective 3",
    "Insight drawn from more data lets actors run more efficiently and so cut their consumption.",
  ],
  [
    "objective-1",
    13,
    "can contribute through",
    "More care delivered digitally and at home means fewer journeys and lower transport emissions.",
  ],
  [
    "objective-2",
    13,
    "can contribute through",
    "Digital communication between professionals and patients reduces the travel that services would otherwise require.",
  ],
  [
    "objective-3",
    13,
    "through objective 3",
    "Data analysis allows targeted optimisation that trims the sector's climate footprint.",
  ],
  [
    "objective-5",
    17,
    "references the need",
    "Broader partnerships and stronger instruments give the strategy the delivery capacity that sustainable development depends on.",
  ],
];

type Rel = SeedRelationship;
const contributionEdges: Rel[] = SDG_CONTRIBUTIONS.map(([objective, sdg, wording, reason]) =>
  stated(objective, "CONTRIBUTES_TO", sdgId(sdg), sourcesFor(sdg), {
    wording,
    strength: strengthOf(wording),
    reason,
  }),
);

/** The strategy ties its three overarching goals to SDG 3 in so many words. */
const GOAL_REASONS: [goal: string, reason: string][] = [
  [
    "goal-1-quality-and-coherence",
    "Safer, higher-quality and better joined-up care is the first way the strategy says digital tools serve health and well-being.",
  ],
  [
    "goal-2-sustainable-sector",
    "A sector that can keep delivering with the staff and money it has is named as one of the three routes from digitalisation to good health.",
  ],
  [
    "goal-3-innovation-strength",
    "New ways of delivering services, built on innovation, are the third route the strategy gives from digitalisation to good health.",
  ],
];
const goalEdges: Rel[] = GOAL_REASONS.map(([goal, reason]) =>
  stated(goal, "CONTRIBUTES_TO", sdgId(3), [sdgSection(STRATEGY.sdg3)], {
    wording: "three overarching objectives",
    strength: strengthOf("three overarching objectives"),
    reason,
  }),
);

/** The strategy's follow-up process (strategy.ts) is its second contributor to SDG 17. */
const followUpEdges: Rel[] = [
  stated("national-ehealth-strategy-follow-up", "CONTRIBUTES_TO", sdgId(17), [sdgSection(STRATEGY.sdg17)], {
    wording: "will also contribute",
    strength: strengthOf("will also contribute"),
    reason:
      "Following the strategy up together keeps the sector's actors working closely on the intended effects, the kind of partnership the goal asks for.",
  }),
];

const FIGURE_ID = "health-care-sector-share-of-norway-ghg-emissions";
const figureNodes: SeedNode[] = [
  {
    id: FIGURE_ID,
    label: "Figure",
    name: "Health and care sector's share of Norway's greenhouse gas emissions",
    nameNo: "Helse- og omsorgssektorens andel av Norges klimagassutslipp",
    nameNoIsTranslation: true,
    aliases: ["Health sector carbon footprint Norway", "Health sector share of emissions"],
    description:
      "The strategy puts the health and social care sector at about 5 per cent of Norway's total greenhouse gas emissions, as context for its climate contribution.",
    sources: [sdgSection(STRATEGY.sdg13)],
    properties: {
      value: 5,
      unit: "%",
      approximate: true,
      metric: "share of total national greenhouse gas emissions",
    },
  },
];

const otherEdges: Rel[] = [
  stated("norway", "HAS_FIGURE", FIGURE_ID, [sdgSection(STRATEGY.sdg13)]),
  stated(FIGURE_ID, "RELATED_TO", sdgId(13), [sdgSection(STRATEGY.sdg13)], {
    properties: { relation: "context for" },
  }),
];

export default {
  module: "seed/sdgs.ts",
  nodes: [...sdgNodes, ...figureNodes],
  relationships: [...contributionEdges, ...goalEdges, ...followUpEdges, ...otherEdges],
} satisfies SeedModule;
