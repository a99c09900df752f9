/** Corrections to the sourcesAndSolutions facts (see seed/correction.ts), in the order they were made. */
import type { Correction } from "../correction.ts";

const date = "2026-12-05";
const release = "2026.12.1";

/** One correction of release 2026.12.1, made on its day. */
const fix = (item: string, field: string, was: string, now: string, why: string): Correction => ({
  item,
  field,
  was,
  now,
  why,
  date,
  release,
});

const ACTS = [
  ["public-health-act", "Public Health Act"],
  ["tobacco-control-act", "Tobacco Control Act"],
  ["alcohol-act", "Alcohol Act"],
  ["health-research-act", "Health Research Act"],
] as const;

const EHDS_PROJECTS = ["xt-ehr", "xpandh", "xshare", "tehdas-2"] as const;

export const CORRECTIONS: readonly Correction[] = [
  fix(
    "cancer-specific-ehealth-solutions",
    "properties.solutionsReported",
    "0: no cancer-specific eHealth solutions reported",
    "(no figure)",
    "The factsheet answers N/A to how many such solutions exist: that is absence of a figure, not a count of zero.",
  ),
  // The national eHealth strategy and generic solutions
  fix(
    "national-ehealth-strategy-2023|ADDRESSES|generic-ehealth-solutions",
    "sources",
    "The factsheet's answer on cancer strategies, its answer on the national eHealth strategy, and the strategy's Summary.",
    "The factsheet's answer on cancer strategies (anchored where it gives the strategy as its example), that answer's footnote 17 with the strategy's title, and the strategy's Summary for the conflict note only.",
    "Neither the Summary nor the factsheet's answer on the national strategy mentions generic solutions. The answer on the national strategy is dropped; the Summary stays because the conflict note needs the strategy's own account of its scope, and its anchor now shows that scope, not the generic solutions it never names.",
  ),
  fix(
    "national-ehealth-strategy-2023|ADDRESSES|generic-ehealth-solutions",
    "conflict",
    "A note that repeated the factsheet's phrase about the municipal sector word for word.",
    "The same disagreement (municipal sector in the factsheet, the whole sector in the strategy's title) in our own words.",
    "The note copied a run of eight or more words of the factsheet.",
  ),
  fix(
    "generic-ehealth-solutions",
    "description",
    "Said the factsheet finds generic solutions more sustainable than cancer-specific tools.",
    "Solutions for the whole range of diagnoses, cancer included, which the factsheet calls central from a sustainability point of view.",
    "The factsheet makes no comparison with cancer-specific tools; it only calls generic solutions central for sustainability.",
  ),
  // Cancer prevention and the law
  fix(
    "cancer-prevention",
    "description",
    "Said Norwegian law addresses cancer prevention only indirectly.",
    "The factsheet answers yes to legislation on cancer prevention, with tobacco and alcohol law as examples, though no separate act exists.",
    "The factsheet's answer to the cancer-prevention question is 'Yes'; 'indirectly' is what its next answer says of tobacco and alcohol law, not of the law on prevention as a whole.",
  ),
  fix(
    "cancer-prevention",
    "properties.specificLegislation",
    "",
    "true",
    "The factsheet's yes to legislation explicitly referring to cancer prevention, now carried as a property.",
  ),
  fix(
    "ehealth-in-cancer-care",
    "properties.specificLegislation",
    "",
    "false",
    "A stated fact that was missing: the factsheet answers no to legislation including eHealth in cancer care; the description says so too and cites that answer.",
  ),
  fix(
    "tobacco-control-act|REGULATES|cancer-prevention",
    "reason",
    "Said the act helps prevent cancer indirectly without naming cancer.",
    "Tobacco law is the factsheet's first example of law on cancer prevention, and one of the two bodies of law it says mention cancer.",
    "The factsheet says cancer is named in no law except the tobacco and alcohol legislation, so 'without naming cancer' was wrong for this act.",
  ),
  fix(
    "alcohol-act|REGULATES|cancer-prevention",
    "reason",
    "Said the act helps prevent cancer indirectly without naming cancer.",
    "Alcohol law is the factsheet's second example of law on cancer prevention, and it helps prevent cancer indirectly.",
    "The factsheet says cancer is named in no law except the tobacco and alcohol legislation, so 'without naming cancer' was wrong for this act.",
  ),
  fix(
    "public-health-act|REGULATES|cancer-prevention",
    "sources",
    "The factsheet's answers on cancer-prevention legislation and on legislation for eHealth in cancer care.",
    "The answer on legislation for eHealth in cancer care only.",
    "Only that answer names the Public Health Act; the cancer-prevention answer gives tobacco and alcohol law as its examples. The reason now says the act works against harm to health, cancer included, without naming cancer, as that answer has it.",
  ),
  fix(
    "cancer-registry-of-norway",
    "sources",
    "The factsheet's answer on cancer-prevention legislation.",
    "Footnote 19 of that answer, the registry's page of key laws and regulations.",
    "The answer itself does not name the registry; its footnote does.",
  ),
  fix(
    "cancer-registry-of-norway|LOCATED_IN|norway",
    "reason",
    "A reason that only repeated the registry's name.",
    "The registry is in Norway by what it is, Norway's national register of cancer cases; it cites footnote 19 and the registry's site.",
    "A trivial location fact is inferred from what the body is, and the reason has to say so.",
  ),
  // The Norwegian Health Network on the department page
  fix(
    "department-of-ehealth|MANAGES|helsenettet",
    "removed",
    "The department holds the content management of the health network (the network itself, as a solution).",
    "",
    "Judgement: the department page's 'content management of the Norwegian Health Network' is read as the department's governance of Norsk helsenett SF, the state enterprise the ministry owns, not of the network. The page lists it beside the Directorate of eHealth and the Norwegian Health Archives, both bodies under the ministry, and Norsk helsenett SF is a state enterprise the ministry owns; 'content management' of a network is no task a ministry department holds, so the words most likely render the department's governance of that enterprise. The link from the department to the body belongs with the organisations.",
  ),
  fix(
    "helsenettet",
    "sources",
    "The interview, the department page's first section and the overview.",
    "The interview and the overview.",
    "On the reading above, the department page's first section speaks of Norsk helsenett SF, the body, not of the network.",
  ),
  // Who ran Kjernejournal and E-resept before 2016
  fix(
    "directorate-of-health|RUNS|kjernejournal",
    "added",
    "",
    "The Directorate of Health ran the summary care record until 31 December 2015.",
    "The news of the Directorate of eHealth's opening, already cited for the 2016 transfer, says the summary care record came over from the Directorate of Health; the history had no operator before 2016. The start is not given there, so the period has only its end.",
  ),
  fix(
    "directorate-of-health|RUNS|e-resept",
    "added",
    "",
    "The Directorate of Health ran e-prescription until 31 December 2015.",
    "The same news item says e-prescription came over from the Directorate of Health when the Directorate of eHealth opened in 2016; the start is not given there, so the period has only its end.",
  ),
  // Helsenorge's purpose
  fix(
    "helsenorge",
    "description",
    "A portal run since 2011 for health information, records, appointments and online contact.",
    "Adds the portal's stated purpose (easier access to services for patients and relatives, help with their health, a stronger patient role), also as the property purpose.",
    "A stated fact that was missing: the overview gives the portal's purpose, and the node now carries it, anchored in the overview.",
  ),
  // Reasons pasted onto several facts
  ...EHDS_PROJECTS.map((id) =>
    fix(
      `${id}|RELATED_TO|european-health-data-space`,
      "reason",
      "One reason shared by the four projects: each prepares an element of the EHDS.",
      "A reason of its own, naming what this project does for the EHDS, from the project's public pages.",
      "A reason pasted onto four facts explains none of them.",
    ),
  ),
  ...ACTS.flatMap(([id, name]) => [
    fix(
      `${id}|APPLIES_IN|norway`,
      "reason",
      "'A Norwegian act.', shared by four acts, citing Lovdata as a whole.",
      `The ${name} applies in Norway by what it is, a Norwegian act; it cites the act's own Lovdata entry.`,
      "A trivial fact is inferred from what the law is, with a reason that says so; a reason pasted onto four facts explains none of them.",
    ),
    fix(
      `storting|PUBLISHED|${id}`,
      "reason",
      "'Acts are passed by the Storting.', shared by four acts, citing Lovdata as a whole.",
      `The Storting makes Norway's acts, and Lovdata dates the ${name}; it cites the act's own Lovdata entry.`,
      "A reason pasted onto four facts explains none of them.",
    ),
  ]),
  // Sections that did not hold the fact, and the factsheet's footnoted links
  fix(
    "regional-health-authority-strategies",
    "sources",
    "The factsheet's answers on regional strategies and on the stakeholders in drafting the national strategy.",
    "The answer on regional strategies and its footnotes 13 (the government's overview of the health trusts) and 14 (the national plan it gives as the overall strategy).",
    "That stakeholders vary by region is said under the regional-strategies question; the other answer is about the national strategy only. The footnotes were missing links.",
  ),
  fix(
    "regional-health-authority-strategies",
    "description",
    "Said the four authorities have a joint strategy for all four beside their own.",
    "The overall strategy above the regional ones is the one the factsheet's footnote 14 names, the National Health and Hospital Plan 2020–2023.",
    "The factsheet's overall strategy carries footnote 14, which points to the national plan, not to a strategy the four authorities share.",
  ),
  fix(
    "annual-assignment-documents",
    "sources",
    "The factsheet's answer on regional strategies.",
    "That answer and its footnote 15, which names the assignment documents on regjeringen.no.",
    "A footnoted link of the factsheet that was missing.",
  ),
  fix(
    "ministry-of-health-and-care-services|PUBLISHED|annual-assignment-documents",
    "sources",
    "The factsheet's answer on regional strategies and the ministry's site.",
    "The same, with footnote 15, which places the documents on the government's site.",
    "A footnoted link of the factsheet that was missing.",
  ),
  fix(
    "the-government|PUBLISHED|national-health-and-hospital-plan-2020-2023",
    "sources",
    "The factsheet's answer on regional strategies.",
    "Footnote 14 of that answer, which names the plan as a regjeringen.no page.",
    "The answer carries only the footnote mark; the plan and its publisher's site are named in the footnote.",
  ),
  fix(
    "ehealth-relevant-legislation",
    "sources",
    "The factsheet's answers on the general legal framework and on telemedicine legislation.",
    "The same, with footnote 18, the page of relevant laws and regulations it points to.",
    "A footnoted link of the factsheet that was missing.",
  ),
  fix(
    "national-council-for-ehealth|RELATED_TO|national-ehealth-strategy-2023",
    "removed",
    "A reason about drafting the strategy, from the factsheet, on the link the strategy describes as managing and following up.",
    "No drafting reason on that link; its sources are the strategy's own sections.",
    "The documents module defined the same link as the arenas module, so the loader merged them and a drafting fact sat on the follow-up link. The factsheet's drafting answer remains cited by the strategy hearing.",
  ),
  // Inferences from outside knowledge without a public source
  fix(
    "helsedataservice|RELATED_TO|national-health-registries",
    "sources",
    "The department page only.",
    "The department page and the Directorate of eHealth's news of the 2024 changes.",
    "That Helsedataservice belongs to the health registry area is outside knowledge; the news item states it.",
  ),
  fix(
    "electronic-messaging|RELATED_TO|helsenettet",
    "sources",
    "The interview only.",
    "The interview and Norsk helsenett's site.",
    "That provider messages travel over the health network is outside knowledge, so the inference cites the network operator's site.",
  ),
];
