/** Corrections to the strategy facts (see seed/correction.ts), in the order they were made. */
import type { Correction } from "../correction.ts";

const release = "2026.12.1";
const date = "2026-12-05";

/** A correction of this release, dated the day it was made. */
const fix = (item: string, field: string, was: string, now: string, why: string): Correction => ({
  item,
  field,
  was,
  now,
  why,
  date,
  release,
});

const DEPENDS_ON_SECURITY = (objective: string) =>
  fix(
    `${objective}|DEPENDS_ON|digital-security`,
    "reason",
    "One reason text, pasted on all five objectives, saying digital security is a prerequisite for every objective.",
    "No reason: the link is stated, and its anchor carries the strategy's own words for the dependency.",
    "A reason shared by five facts explains none of them; a stated link needs the document's words, not ours.",
  );

const SUPPORTS_OBJECTIVE_5 = (arena: string) =>
  fix(
    `${arena}|SUPPORTS|objective-5`,
    "reason",
    "One reason text, pasted on all five arenas, calling the arena one of the platforms through which Objective 5's cooperation grew.",
    "No reason: the link is stated, and its anchors show footnote 12 calling the arenas examples of important collaboration arenas and Objective 5 speaking of its cooperation platforms.",
    "A reason shared by five facts explains none of them; a stated link needs the document's words, not ours.",
  );

const PARTICIPANT = (group: string, who: string) =>
  fix(
    `${group}|RELATED_TO|national-ehealth-strategy-2023`,
    "added",
    "",
    `${who} took part in preparing the strategy (stated, strategy § Foreword).`,
    "The foreword says more than 60 actors took part in the work and names this group among them; the graph did not record it.",
  );

const RHA_MEMBER = (rha: string) =>
  fix(
    `${rha}|MEMBER_OF|regional-health-authorities-digitalisation-collaboration`,
    "reason",
    "Inferred, with no reason given (only a note).",
    "Inferred, with a reason: the footnote names the four authorities' collaboration as a whole, and this authority is one of the four.",
    "Every inferred fact must say why it holds; footnote 12 names the arena, not its members.",
  );

export const CORRECTIONS: readonly Correction[] = [
  // seed/strategy.ts
  fix(
    "digital-skills",
    "aliases",
    "Listed “Digital inclusion” as another name for digital skills.",
    "Aliases are digital competence and digital literacy only.",
    "The strategy gives digital inclusion as the aim of the Digital Throughout Life strategy, something skills serve; it never uses the term for the skills themselves.",
  ),
  fix(
    "directorate-of-ehealth|PUBLISHED|national-ehealth-strategy-2017",
    "reason",
    "Inferred, with no reason.",
    "Inferred, with a reason: the foreword names the 2017 strategy but not its author, and the directorate's own news item says it drew the strategy up.",
    "Every inferred fact must say why it holds; the public source cited already supported it.",
  ),
  fix(
    "directorate-of-ehealth|PUBLISHED|national-ehealth-strategy-implementation-plan",
    "reason",
    "Inferred, with no reason.",
    "Inferred, with a reason: the strategy names the plan but not its issuer; the directorate's strategy page publishes the plan with the strategy.",
    "Every inferred fact must say why it holds.",
  ),
  fix(
    "national-ehealth-strategy-2023|HAS_VISION|national-ehealth-strategy-vision",
    "conflict",
    "Set the two wordings of the vision side by side as long passages copied from the strategy.",
    "Names only the difference, in our words: the summary ends on “health and care empowerment” without a comma after “safe”, the vision section ends on “health empowerment”.",
    "Conflict notes are in our own words; quoting eight or more words of the document is not allowed.",
  ),
  fix(
    "digital-throughout-life|ADDRESSES|digital-skills",
    "basis",
    "Stated.",
    "Inferred, with a reason: the strategy names it in its paragraph on digital skills and gives its aim as digital inclusion.",
    "No five words of the strategy say that this strategy addresses digital skills; its stated aim is digital inclusion, so the link is our reading of the paragraph it stands in.",
  ),
  fix(
    "digital-transformation-strategy-university-and-college-sector|ADDRESSES|digital-skills",
    "basis",
    "Stated.",
    "Inferred, with a reason: the strategy lists it among national efforts in its paragraph on digital skills.",
    "The strategy only says that the ministry published it, in the paragraph on digital skills; what it covers is our reading.",
  ),
  fix(
    "national-ehealth-strategy-2023|ALIGNED_WITH|national-cyber-security-strategy-for-norway",
    "reason",
    "Inferred, with a note but no reason.",
    "Inferred, with a reason: the strategy wants to stay in step with digital security work and names this strategy as how it is coordinated in the public sector.",
    "Every inferred fact must say why it holds.",
  ),
  fix(
    "national-ehealth-strategy-2023|ALIGNED_WITH|digital-throughout-life",
    "reason",
    "Inferred, with a note but no reason.",
    "Inferred, with a reason: the strategy asks to keep in step with work on digital skills, and this inclusion strategy is one piece of that work.",
    "Every inferred fact must say why it holds. We chose to keep the link as keeping in step (what the strategy asks), not as a basis the strategy builds on, which it never says.",
  ),
  fix(
    "national-ehealth-strategy-2023|ALIGNED_WITH|digital-transformation-strategy-university-and-college-sector",
    "reason",
    "Inferred, with a note but no reason.",
    "Inferred, with a reason: the strategy asks to follow digital skills work closely and lists this strategy there.",
    "Every inferred fact must say why it holds.",
  ),
  fix(
    "national-ehealth-strategy-2023|ALIGNED_WITH|norway-sdg-action-plan",
    "reason",
    "Inferred, with a note but no reason.",
    "Inferred, with a reason: the strategy says the sector is to back the UN goals and points to this plan in a footnote.",
    "Every inferred fact must say why it holds.",
  ),
  fix(
    "national-ehealth-strategy-2023|RELATED_TO|future-competence-needs-iii",
    "reason",
    "Inferred, with no reason.",
    "Inferred, with a reason: the report is the footnoted example of national work on digital skills, which the strategy says must be followed up.",
    "Every inferred fact must say why it holds.",
  ),
  fix(
    "national-health-and-hospital-plan-2020-2023|SUCCEEDED_BY|national-health-and-collaboration-plan",
    "sources",
    "Cited the strategy's footnote 4, its section on related plans, and the interview's section on digital transformation taking time.",
    "Cites the strategy's footnote 4 and its section on related plans only.",
    "The interview section mentions the 2024 white paper but says nothing of it replacing the hospital plan; footnote 4 is where the replacement is stated.",
  ),
  DEPENDS_ON_SECURITY("objective-1"),
  DEPENDS_ON_SECURITY("objective-2"),
  DEPENDS_ON_SECURITY("objective-3"),
  DEPENDS_ON_SECURITY("objective-4"),
  DEPENDS_ON_SECURITY("objective-5"),
  fix(
    "health-preparedness-white-paper",
    "year",
    "No year; described only as upcoming.",
    "2023, the year the strategy expected it, still marked as forthcoming in the source.",
    "The strategy's section on related plans says the public health and health preparedness reports are due in 2023; the graph gave the year to the first only.",
  ),
  fix(
    "public-health-white-paper-2023",
    "sources",
    "Identified as Meld. St. 15 (2022–2023) on the strength of a chapter of the 2024 collaboration plan.",
    "Cites the white paper's own page on regjeringen.no for that identification.",
    "A claim about which white paper this is should rest on the paper itself; the collaboration plan's chapter on the Government's goals was not shown to name it.",
  ),
  fix(
    "health-preparedness-white-paper",
    "sources",
    "Identified as Meld. St. 5 (2023–2024) on the strength of a chapter of the 2024 collaboration plan.",
    "Cites the white paper's own page on regjeringen.no (“En motstandsdyktig helseberedskap”) for that identification.",
    "A claim about which white paper this is should rest on the paper itself; the collaboration plan's chapter on the Government's goals was not shown to name it.",
  ),
  PARTICIPANT("target-group-patient-and-consumer-organisations", "Patient and consumer organisations"),
  PARTICIPANT("target-group-healthcare-professionals", "Healthcare professionals"),
  PARTICIPANT("target-group-healthcare-providers", "Health and care service providers"),
  PARTICIPANT("target-group-research-and-education", "Research and educational institutions"),
  PARTICIPANT("target-group-industry", "Industry"),
  fix(
    "national-ehealth-strategy-follow-up",
    "added",
    "",
    "The strategy's follow-up process: steered by the National Council for eHealth, detailed in the implementation plan.",
    "The strategy's section on SDG 17 names the follow-up process outlined for it as a contributor; the graph had no node for it.",
  ),
  fix(
    "national-ehealth-strategy-2023|RELATED_TO|national-ehealth-strategy-follow-up",
    "added",
    "",
    "The strategy outlines its follow-up process (stated).",
    "Stated in the section on SDG 17 and in the introduction, which gives the council its role in following the strategy up.",
  ),
  // seed/sdgs.ts
  fix(
    "national-ehealth-strategy-follow-up|CONTRIBUTES_TO|sdg-17",
    "added",
    "",
    "The follow-up process also contributes to SDG 17 (wording “will also contribute”, strength “also”).",
    "The strategy says so in its section on SDG 17; only Objective 5's contribution was recorded.",
  ),
  fix(
    "objective-1|CONTRIBUTES_TO|sdg-10",
    "strength",
    "particular",
    "important",
    "The strategy calls objectives 1 and 2 “important” for SDG 10; the strength rule read that word as “particular”, which the strategy uses for objective 3 and SDG 9 alone. The rule now keeps “important” as its own level, just below “particular”.",
  ),
  fix(
    "objective-2|CONTRIBUTES_TO|sdg-10",
    "strength",
    "particular",
    "important",
    "The strategy calls objectives 1 and 2 “important” for SDG 10; the strength rule read that word as “particular”, which the strategy uses for objective 3 and SDG 9 alone. The rule now keeps “important” as its own level, just below “particular”.",
  ),
  fix(
    "sdg-9",
    "nameNo",
    "Bærekraftsmål 9: Innovasjon og infrastruktur",
    "Bærekraftsmål 9: Industri, innovasjon og infrastruktur",
    "The Norwegian name of UN goal 9 is “Industri, innovasjon og infrastruktur”; the old name left out industry, which the English name and the strategy's heading keep.",
  ),
  fix(
    "goal-1-quality-and-coherence|CONTRIBUTES_TO|sdg-3",
    "reason",
    "One reason, shared by the three goals, repeating the strategy's own list of the goals' themes word for word.",
    "A reason of its own, in our words, on safer, better and more joined-up care.",
    "The old text copied eight words of the strategy and explained no goal in particular.",
  ),
  fix(
    "goal-2-sustainable-sector|CONTRIBUTES_TO|sdg-3",
    "reason",
    "One reason, shared by the three goals, repeating the strategy's own list of the goals' themes word for word.",
    "A reason of its own, in our words, on a sector that can keep delivering with the staff and money it has.",
    "The old text copied eight words of the strategy and explained no goal in particular.",
  ),
  fix(
    "goal-3-innovation-strength|CONTRIBUTES_TO|sdg-3",
    "reason",
    "One reason, shared by the three goals, repeating the strategy's own list of the goals' themes word for word.",
    "A reason of its own, in our words, on new ways of delivering services.",
    "The old text copied eight words of the strategy and explained no goal in particular.",
  ),
  // seed/arenas.ts
  fix(
    "rune-simensen",
    "description",
    "Repeated his title from the foreword's signature word for word.",
    "Gives his post and his role in the council in our own words.",
    "Descriptions are in our own words; the old one copied eight or more words of the foreword.",
  ),
  fix(
    "national-council-for-ehealth",
    "sources",
    "Cited the strategy and public pages only.",
    "Also cites the factsheet's governance answer, whose “yes” to a national eHealth governance board points to the national council model; the description says so.",
    "The factsheet states it and the council's entry did not record it.",
  ),
  fix(
    "national-council-for-ehealth|GOVERNS|national-ehealth-strategy-2023",
    "added",
    "",
    "The council manages and follows up the strategy (stated, strategy § Introduction and § Relation to other strategies and plans).",
    "This fact was filed as RELATED_TO, the same key as the factsheet's separate link on drafting the strategy (seed/documents.ts); the two merged, so the management role showed a reason about drafting. As GOVERNS it stands on its own, and the drafting link keeps its own reason.",
  ),
  SUPPORTS_OBJECTIVE_5("national-council-for-ehealth"),
  SUPPORTS_OBJECTIVE_5("ks-co-management-structure-for-digitalisation"),
  SUPPORTS_OBJECTIVE_5("regional-health-authorities-digitalisation-collaboration"),
  SUPPORTS_OBJECTIVE_5("health-communities"),
  SUPPORTS_OBJECTIVE_5("skate"),
  fix(
    "ks|LEADS|ks-co-management-structure-for-digitalisation",
    "reason",
    "Inferred, with a note but no reason.",
    "Inferred, with a reason: the footnote calls the structure KS's own; that KS runs it is our reading.",
    "Every inferred fact must say why it holds.",
  ),
  RHA_MEMBER("south-eastern-norway-rha"),
  RHA_MEMBER("western-norway-rha"),
  RHA_MEMBER("central-norway-rha"),
  RHA_MEMBER("northern-norway-rha"),
  fix(
    "co-management-principles",
    "added",
    "",
    "The co-management principles for central and local government: cooperation on an equal footing, with real influence for local government.",
    "Objective 5's section states these principles, and the knowledge platform summary asks for co-management built on trust, equality and predictability; the graph did not record them.",
  ),
  fix(
    "objective-5|RELATED_TO|co-management-principles",
    "added",
    "",
    "Objective 5 bases cooperation between central and local government on these principles (stated).",
    "Stated in Objective 5's section.",
  ),
  fix(
    "mariann-hornnes|HOLDS_ROLE|directorate-of-health",
    "basis",
    "stated, citing only the public record of the 2024 merger",
    "inferred, with a reason naming that record",
    "A fact is stated only where one of the five documents shows it in its own words; her role after 2024 rests on the public record of the merger alone.",
  ),
  {
    item: "national-council-for-ehealth",
    field: "sources",
    was: "Cited the factsheet's answer without the footnote that backs it.",
    now: "Also cites the factsheet's footnote 9, the council model's page it links to.",
    why: "The reviewers found the factsheet's footnoted links missing from the graph; each footnote names where the answer's fact is published.",
    date: "2026-12-05",
    release: "2026.12.1",
  },
  {
    item: "national-ehealth-strategy-2023",
    field: "sources",
    was: "Cited the factsheet's answer without the footnote that backs it.",
    now: "Also cites the factsheet's footnote 12, the strategy's page it links to.",
    why: "The reviewers found the factsheet's footnoted links missing from the graph; each footnote names where the answer's fact is published.",
    date: "2026-12-05",
    release: "2026.12.1",
  },
];
