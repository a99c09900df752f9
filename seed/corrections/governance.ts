/** Corrections to the governance facts (see seed/correction.ts), in the order they were made. */
import type { Correction } from "../correction.ts";

const date = "2026-12-05";
const release = "2026.12.1";

/** One correction of this release. */
function fix(item: string, field: string, was: string, now: string, why: string): Correction {
  return { item, field, was, now, why, date, release };
}

const RHAS = [
  ["south-eastern-norway-rha", "Helse Sør-Øst"],
  ["western-norway-rha", "Helse Vest"],
  ["central-norway-rha", "Helse Midt-Norge"],
  ["northern-norway-rha", "Helse Nord"],
] as const;

/** Every Norwegian body's LOCATED_IN edge: all cited the overview's health-system section, which names none of them. */
const LOCATED = [
  ["the-government", "interview § AI and the future of care"],
  ["ministry-of-health-and-care-services", "interview § Introduction"],
  [
    "ministry-of-local-government-and-modernisation",
    "strategy § Introduction — Digital security and digital skills",
  ],
  ["ministry-of-education-and-research", "strategy § Introduction — Digital security and digital skills"],
  ["department-of-ehealth", "the State Administration Database's record of the unit (public)"],
  ["ministry-section-for-ehealth", "the State Administration Database's record of the unit (public)"],
  ["section-for-ehealth-services", "department § The department consists of the following sections"],
  ["section-for-analysis-and-governance", "department § The department consists of the following sections"],
  ["directorate-of-ehealth", "strategy § Foreword"],
  ["directorate-of-health", "factsheet § 2 Governance — Q: ministry in charge of eHealth"],
  ["norwegian-medical-products-agency", "factsheet § 5 Cancer specific eHealth solutions — Table 6"],
  ["norwegian-health-economics-administration", "overview § health system, where HELFO is named"],
  ["nav", "overview § health system, where NAV is named"],
  ["norwegian-institute-of-public-health", "overview § health system, where the institute is named"],
  ["norwegian-medicines-agency", "overview § 2 Classification of medical devices"],
  ["norwegian-health-archives", "department § responsibilities and oversight"],
  ["norsk-helsenett", "Norsk helsenett's own site (public)"],
  ...RHAS.map(([id]) => [id, "overview § health system, which counts Norway's four authorities"] as const),
  ["municipalities", "overview § health system, which counts the 357 municipalities"],
  ["oslo-university-hospital", "factsheet § 2 Governance — Q: comprehensive cancer centres"],
  ["radiumhospitalet", "interview § Innovations to address workforce shortages and reduce waiting times"],
  ["lovisenberg-diaconal-hospital", "interview § AI and the future of care"],
  ["vestre-viken", "interview § AI and the future of care"],
  ["storting", "strategy § Introduction — Digital security and digital skills"],
  ["ks", "strategy § Objective 5, footnote 12"],
  ["national-council-for-ehealth", "strategy § Introduction"],
] as const;

export const CORRECTIONS: readonly Correction[] = [
  // Where each Norwegian body is: one pasted reason on thirty edges, citing a section that names none of them.
  ...LOCATED.map(([id, source]) =>
    fix(
      `${id}|LOCATED_IN|norway`,
      "sources",
      "Cited the overview's section on primary and specialised care, with the same one-line reason as 29 other bodies.",
      `Cites ${source}, where the words that show what the body is stand, with a reason of its own (inferred from what the body is).`,
      "The overview's section names none of these bodies as located anywhere; a body's being in Norway follows from what it is, so each edge now cites the words that show that and says so in its reason.",
    ),
  ),
  fix(
    "invest-in-norway|LOCATED_IN|norway",
    "basis",
    "inferred",
    "stated",
    "The overview's Invest in Norway section, now cited instead of the health-system section, calls it the official investment promotion agency in Norway, so the document's own words show the fact.",
  ),
  // Coordinating the digitalisation and carrying it out are two roles, not a disagreement.
  fix(
    "target-group-healthcare-providers|RESPONSIBLE_FOR|coordination-of-healthcare-digitalisation",
    "removed",
    "The health and care providers were responsible for coordinating the sector's digitalisation, in conflict with the department page.",
    "",
    "The interview gives the sector the main responsibility for digitalisation itself, not for its coordination; the edge put words in the interview's mouth and manufactured a conflict.",
  ),
  fix(
    "target-group-healthcare-providers|RESPONSIBLE_FOR|digitalisation-of-the-healthcare-sector",
    "added",
    "",
    "The health and care providers carry the primary responsibility for digitalising the sector (interview, stated).",
    "This is what the State Secretary actually says; a new responsibility area keeps doing the work apart from coordinating it.",
  ),
  fix(
    "digitalisation-of-the-healthcare-sector",
    "added",
    "",
    "A responsibility area for carrying out the sector's digitalisation, as opposed to coordinating it.",
    "Needed for the corrected edge from the providers; the interview names this responsibility.",
  ),
  fix(
    "department-of-ehealth|RESPONSIBLE_FOR|coordination-of-healthcare-digitalisation",
    "conflict",
    "A note said the department page and the interview disagree about who is responsible for digitalisation.",
    "",
    "Coordinating the digitalisation (the department) and doing it (the sector, in the interview) are complementary roles; the sources do not disagree.",
  ),
  fix(
    "department-of-ehealth|RESPONSIBLE_FOR|coordination-of-healthcare-digitalisation",
    "sources",
    "Department page § responsibilities and oversight, and interview § All starts with an inspiring vision.",
    "Department page § responsibilities and oversight only.",
    "The interview section speaks of the government giving direction and the sector carrying the work; it says nothing of the department's coordinating role.",
  ),
  // The Norwegian Health Network on the department page: the body, not the network.
  fix(
    "department-of-ehealth|GOVERNS|norsk-helsenett",
    "basis",
    "inferred, with a reason that the page gives the department a management role for the network",
    "stated: the page's words on the department's role for the Norwegian Health Network are the anchor",
    "We read the page's “Norwegian Health Network” as Norsk helsenett SF, the state enterprise owned through the ministry (nhn.no), not the network: a ministry department steers state enterprises as owner and does not manage a network's contents, and an earlier version of the same page, kept by the State Administration Database, spoke of governing the Norwegian Health Net. The English “content management” most likely renders the Norwegian term for that steering (eierstyring), so the governance edge is what the page states.",
  ),
  fix(
    "department-of-ehealth|GOVERNS|norsk-helsenett",
    "reason",
    "The body that runs the network the page names is the state enterprise Norsk helsenett SF.",
    "A department steers a state enterprise as owner; the page's “content management” most likely renders that steering.",
    "The reason now gives the reading chosen and its grounds.",
  ),
  fix(
    "oversight-of-ehealth-bodies",
    "nameNo",
    "Etatsstyring av Direktoratet for e-helse, innholdsforvaltning av helsenettet og styring av Norsk helsearkiv",
    "Styring av Direktoratet for e-helse, Norsk helsenett SF og Norsk helsearkiv",
    "The old Norwegian name turned the page's “content management” back into a literal Norwegian phrase about the network; the department steers the state enterprise Norsk helsenett SF as owner (see the GOVERNS correction).",
  ),
  fix(
    "oversight-of-ehealth-bodies",
    "description",
    "Repeated the department page's list word for word: oversight of the directorate, content management of the network and a share in governing the archives.",
    "The department's steering of three bodies: the directorate as its agency, Norsk helsenett SF, and a part in governing the Health Archives.",
    "The old text copied a run of eight or more words of the page; rewritten in our words with the reading of the Health Network above.",
  ),
  fix(
    "norsk-helsenett",
    "description",
    "Said the four documents name only the network, so the body is an inferred addition.",
    "Says we read the department page's “Norwegian Health Network” as this body; the documents are five, not four.",
    "The count was wrong, and under the reading chosen for the department page the body is named there.",
  ),
  fix(
    "norsk-helsenett",
    "properties.inferredAddition",
    "true",
    "",
    "The department page names the body (under its English name), so it is no longer an addition from outside the documents.",
  ),
  // Copied runs and wrong descriptions.
  fix(
    "department-of-ehealth",
    "description",
    "Repeated a phrase of the department page word for word.",
    "Coordinates the sector's digitalisation as a whole: the national framework for digital solutions, digital security and the further use of health data.",
    "The old text copied a run of eight or more words of the department page.",
  ),
  fix(
    "department-of-ehealth",
    "sources",
    "Department page § responsibilities and oversight, § areas of responsibility, § sections; factsheet § department for eHealth.",
    "The same without § areas of responsibility.",
    "The list of areas says nothing the description holds about the department itself; its areas are separate facts with their own citations.",
  ),
  fix(
    "department-of-ehealth|PART_OF|ministry-of-health-and-care-services",
    "sources",
    "Department page § responsibilities and oversight, and factsheet § department for eHealth.",
    "Factsheet § department for eHealth only.",
    "The department page's opening never says the department belongs to the ministry; the factsheet does.",
  ),
  fix(
    "section-for-ehealth-services",
    "description",
    "Listed the section's three fields in the page's own words.",
    "Patient record systems, health data, and digital security with emergency preparedness, in our words.",
    "The old text copied a run of eight or more words of the department page.",
  ),
  fix(
    "directorate-of-ehealth",
    "description",
    "Read as if the Department of eHealth had led the 2023 strategy.",
    "Says the directorate itself led the work on the 2023 strategy.",
    "The strategy's foreword says the directorate prepared the strategy; the sentence attached the wrong body.",
  ),
  fix(
    "ministry-of-local-government-and-modernisation",
    "description",
    "Said the national eHealth strategy builds on the 2021 digital inclusion strategy.",
    "Says the eHealth strategy names both of the ministry's strategies where it discusses digital skills.",
    "The strategy mentions Digital Throughout Life among the efforts for digital skills; it does not build on it.",
  ),
  fix(
    "norwegian-medicines-agency",
    "description",
    "Said the agency classified medical devices and handled declarations of conformity.",
    "Says the overview sends companies to its website for guidance on classification and on the declaration of conformity, which the manufacturer makes.",
    "The overview defines the declaration as the manufacturer's own; the agency gives guidance and oversees, it does not classify or declare.",
  ),
  fix(
    "norwegian-medicines-agency|RESPONSIBLE_FOR|ce-marking-of-medical-devices",
    "basis",
    "stated",
    "inferred, with a reason and the ministry's page on the agency as a public source",
    "The sections' text only points to the agency's website; its role for CE marking is inferred from its being the national authority for medical devices, which its successor's factsheet entry states.",
  ),
  fix(
    "norwegian-health-economics-administration",
    "nameNo",
    "Helseøkonomiforvaltningen",
    "Helfo",
    "The body has been called Helfo since the reimbursement work moved to the Directorate of Health in 2009; Helseøkonomiforvaltningen is its original name, kept as an alias. Helfo describes itself as the Directorate of Health's outer agency (helfo.no).",
  ),
  fix(
    "norwegian-health-economics-administration",
    "description",
    "Named only the overview's account of the agency.",
    "Adds that it was once Helseøkonomiforvaltningen and is today Helfo, the Directorate of Health's outer agency.",
    "Its current name and place, from Helfo's own page, now cited.",
  ),
  fix(
    "directorate-of-health|OVERSEES|norwegian-health-economics-administration",
    "reason",
    "HELFO is a unit under the Directorate of Health.",
    "Helfo is today the Directorate of Health's outer agency (ytre etat).",
    "States the relation as Helfo's own page does, with that page as the source.",
  ),
  // The directorate-level national role: each directorate cites the words that give it.
  fix(
    "national-ehealth-coordination",
    "sources",
    "Department page § responsibilities and oversight, factsheet § ministry in charge of eHealth, strategy § Foreword.",
    "The factsheet and the strategy's foreword only.",
    "The department page names the Directorate of eHealth only as the body it oversees; it says nothing of the national coordinating role.",
  ),
  fix(
    "directorate-of-ehealth|RESPONSIBLE_FOR|national-ehealth-coordination",
    "sources",
    "Department page § responsibilities and oversight, and strategy § Foreword.",
    "Strategy § Foreword only.",
    "Only the foreword gives the directorate the role; being overseen by the department is a different fact with its own edge.",
  ),
  fix(
    "directorate-of-health|RESPONSIBLE_FOR|national-ehealth-coordination",
    "reason",
    "Repeated the factsheet's sentence on the directorate's responsibility word for word.",
    "In the 2025 factsheet the directorate carries the national responsibility for eHealth, as an agency under the ministry.",
    "The old reason copied a run of eight or more words of the factsheet.",
  ),
  // Pasted reasons on the four regional health authorities.
  ...RHAS.flatMap(([id, name]) => [
    fix(
      `ministry-of-health-and-care-services|OWNS|${id}`,
      "reason",
      "One reason pasted on all four authorities: they are state-owned, the ministry exercising ownership.",
      `Names ${name} RHF as one of the state's four authorities owned through the ministry.`,
      "A reason shared by four facts explains none of them.",
    ),
    fix(
      `${id}|PUBLISHED|regional-health-authority-strategies`,
      "reason",
      "One reason pasted on all four authorities: each has its own strategy including eHealth.",
      `Names ${name} RHF among the four authorities with a strategy of their own.`,
      "A reason shared by four facts explains none of them.",
    ),
  ]),
  fix(
    "coordination-of-healthcare-digitalisation",
    "description",
    "Counted the modernisation of record systems as part of the coordinating responsibility.",
    "Keeps to what the page says the responsibility includes: the national framework conditions, reuse of health data, and digital security.",
    "The page gives the follow-up of the record-system modernisation as a separate task, now its own area (follow-up of the major eHealth efforts).",
  ),
  fix(
    "ce-marking-of-medical-devices",
    "description",
    "Said the system also covers eHealth apps because Norway has no separate certification for them.",
    "Says eHealth tools that are medical devices go through it, and that the factsheet finds no certification of their own for cancer eHealth tools.",
    "The factsheet's answer is about cancer eHealth tools only; the old text widened it to all apps.",
  ),
  // History from public records: inferred, since no anchor in the five documents shows it.
  ...(
    [
      ["ministry-section-for-ehealth|PART_OF|ministry-of-health-and-care-services", true],
      ["ministry-section-for-ehealth|RENAMED_TO|department-of-ehealth", false],
      ["directorate-of-ehealth|MERGED_INTO|directorate-of-health", true],
      ["norwegian-medicines-agency|RENAMED_TO|norwegian-medical-products-agency", true],
    ] as const
  ).map(([item, newReason]) =>
    fix(
      item,
      "basis",
      "stated",
      newReason ? "inferred, with a reason naming the public record it rests on" : "inferred",
      "None of the five documents shows this change; it rests on public records, so by the rule a fact without an anchor is inferred and cites them.",
    ),
  ),
  // The department's stated task that was missing.
  fix(
    "follow-up-of-major-ehealth-efforts",
    "added",
    "",
    "A responsibility area: following up the major eHealth efforts and the modernisation of record systems.",
    "The department page states this task; it was missing.",
  ),
  fix(
    "department-of-ehealth|RESPONSIBLE_FOR|follow-up-of-major-ehealth-efforts",
    "added",
    "",
    "The department is responsible for following up the major eHealth efforts (stated).",
    "The department page states it in its third paragraph; it was missing.",
  ),
  // Norway: what it faces and builds on, and what its sources do and do not say.
  fix(
    "norway",
    "sources",
    "Overview § Key figures, § health system, § European projects; factsheet § Introduction.",
    "The same without § Key figures.",
    "The key figures are facts of their own (HAS_FIGURE); nothing in the country's description comes from them.",
  ),
  fix(
    "norway|MEMBER_OF|who",
    "reason",
    "Said Norway's WHO membership is why the factsheet measures its terms against WHO definitions.",
    "Says only that Norway is a WHO member state, as WHO's country page shows.",
    "The factsheet gives no such cause; it simply quotes WHO definitions beside the EU's and others'.",
  ),
  ...(
    [
      ["ageing-population", "an ageing population, a pressure the interview and the strategy name"],
      ["shortage-of-health-personnel", "the shortage of health personnel Norway faces"],
      [
        "national-data-exchange-platforms",
        "the national data-exchange platforms at the centre of Norway's approach",
      ],
      [
        "public-private-collaboration",
        "collaboration across the public and private sectors, called essential",
      ],
    ] as const
  ).flatMap(([id, what]) => [
    fix(id, "added", "", `A topic for ${what}.`, "The 2025 interview states it; it was missing."),
    fix(
      `norway|RELATED_TO|${id}`,
      "added",
      "",
      `Norway linked to ${what} (stated, with the interview's words).`,
      "The 2025 interview states it; it was missing.",
    ),
  ]),
  {
    item: "department-of-ehealth",
    field: "sources",
    was: "Cited the factsheet's answer without the footnote that backs it.",
    now: "Also cites the factsheet's footnote 8, the department's page it links to.",
    why: "The reviewers found the factsheet's footnoted links missing from the graph; each footnote names where the answer's fact is published.",
    date: "2026-12-05",
    release: "2026.12.1",
  },
];
