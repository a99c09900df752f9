/**
 * Section headings of the factsheet, overview, interview and department documents, as cited in
 * seed sources ("factsheet § 2 Governance — Q: national eHealth agency"). Kept in one place so
 * that modules and tests spell them identically.
 */
export const FACTSHEET = {
  intro: "Introduction — eCAN+ Joint Action and reviewers",
  definitions: "1 Definitions — Table 1",
  govMinistry: "2 Governance — Q: ministry in charge of eHealth",
  govDepartment: "2 Governance — Q: department for eHealth",
  govBoard: "2 Governance — Q: national eHealth governance board",
  govAgency: "2 Governance — Q: public eHealth agency",
  govOutpatient: "2 Governance — Q: outpatient eHealth coverage",
  govInpatient: "2 Governance — Q: inpatient eHealth coverage",
  govCancerCentre: "2 Governance — Q: comprehensive cancer centres",
  stratNational: "3 Strategies/policies — Q: national eHealth strategy",
  stratStakeholders: "3 Strategies/policies — Q: stakeholders in drafting",
  stratRegional: "3 Strategies/policies — Q: regional eHealth strategies",
  stratCancer: "3 Strategies/policies — Q: strategies including eHealth cancer care",
  stratCancerPlan: "3 Strategies/policies — Q: National Cancer Plan",
  stratBeatingCancer: "3 Strategies/policies — Q: EU Beating Cancer Plan",
  stratIndicators: "3 Strategies/policies — Q: indicators on eHealth in cancer care",
  stratOtherInitiatives: "3 Strategies/policies — Q: other cancer eHealth initiatives",
  lawGeneral: "4 Legislation — Q: general legal framework",
  lawTelemedicine: "4 Legislation — Q: telemedicine legislation",
  lawCancerPrevention: "4 Legislation — Q: cancer prevention legislation",
  lawCancerCare: "4 Legislation — Q: eHealth in cancer care legislation",
  solutionsTable5: "5 Cancer specific eHealth solutions — Table 5",
  solutionsTable6: "5 Cancer specific eHealth solutions — Table 6: certification",
  // Footnoted links, cited as "<section>, footnote N" (the footnote's own line)
  fnDepartmentPage: "2 Governance — Q: department for eHealth, footnote 8",
  fnCouncilModel: "2 Governance — Q: national eHealth governance board, footnote 9",
  fnStrategyPage: "3 Strategies/policies — Q: national eHealth strategy, footnote 12",
  fnHealthTrusts: "3 Strategies/policies — Q: regional eHealth strategies, footnote 13",
  fnHospitalPlan: "3 Strategies/policies — Q: regional eHealth strategies, footnote 14",
  fnAssignmentDocuments: "3 Strategies/policies — Q: regional eHealth strategies, footnote 15",
  fnStrategyTitle: "3 Strategies/policies — Q: strategies including eHealth cancer care, footnote 17",
  fnEhealthLaws: "4 Legislation — Q: telemedicine legislation, footnote 18",
  fnCancerLaws: "4 Legislation — Q: cancer prevention legislation, footnote 19",
} as const;

export const OVERVIEW = {
  keyFigures: "Key figures",
  healthSystem: "Primary care provided by municipalities and specialised care by regions",
  europe: "Primary care provided by municipalities and specialised care by regions — European projects",
  portal: "National citizen health data portal",
  investInNorway: "How to access the Norwegian digital health market — 1 Invest In Norway",
  classification: "How to access the Norwegian digital health market — 2 Classification of medical devices",
  conformity: "How to access the Norwegian digital health market — 3 Declaration of conformity",
  network:
    "How to access the Norwegian digital health market — 4 Deployment and network of healthcare professionals",
} as const;

export const INTERVIEW = {
  intro: "Introduction",
  transformation: "Good digital transformation needs time",
  solutions: "Current solutions and future outlook",
  waitingTimes: "Innovations to address workforce shortages and reduce waiting times",
  vision: "All starts with an inspiring vision and ends with a follow-up",
  ai: "AI and the future of care",
} as const;

export const DEPARTMENT = {
  intro: "The Department of eHealth — responsibilities and oversight",
  areas: "The Department's areas of responsibility",
  services: "Examples of services we work on",
  sections: "The department consists of the following sections",
} as const;

/**
 * Headings of the strategy document, as cited in seed sources. Every module that cites the
 * strategy takes its headings from here, so a heading is spelled once.
 */
const OBJECTIVE_1 = "Objective 1: Active participation in own and close one's health";
const OBJECTIVE_2 = "Objective 2: Easier working day";
const OBJECTIVE_3 = "Objective 3: Health data for renewal and improvement";
const OBJECTIVE_4 = "Objective 4: Available information and strengthened collaboration";
const OBJECTIVE_5 = "Objective 5: Cooperation and instruments that strengthen implementation";
const SDGS = "Strategic objectives — The UN's Sustainable Development Goals";

export const STRATEGY = {
  contents: "Contents",
  foreword: "Foreword",
  summary: "Summary",
  summaryVision: "Summary — Vision",
  summaryGoals: "Summary — The three overall goals for digitalisation in the health and care sector",
  summaryObjectives: "Summary — The five strategic objectives",
  introduction: "Introduction",
  knowledgePlatform: "Introduction — Summary of the knowledge platform",
  relation: "Introduction — Relation to other strategies and plans",
  securitySkills: "Introduction — Digital security and digital skills",
  vision: "Vision, overall goals, and target groups — Vision",
  goals:
    "Vision, overall goals, and target groups — Overall goals for digitalisation of the health and care sector",
  targetGroups: "Vision, overall goals, and target groups — Target groups for the strategy",
  strategicObjectives: "Strategic objectives",
  figure2: "Strategic objectives — Figure 2",
  sdgs: SDGS,
  sdg3: `${SDGS} — 3. Good health and well-being`,
  sdg9: `${SDGS} — Industry, innovation and infrastructure`,
  sdg10: `${SDGS} — 10. Reduced inequalities`,
  sdg12: `${SDGS} — 12. Responsible consumption and production`,
  sdg13: `${SDGS} — 13. Climate action`,
  sdg17: `${SDGS} — 17. Partnerships for the goals`,
  objective1: OBJECTIVE_1,
  objective2: OBJECTIVE_2,
  objective3: OBJECTIVE_3,
  objective4: OBJECTIVE_4,
  objective5: OBJECTIVE_5,
  collaborationArenas: `${OBJECTIVE_5}, footnote 12`,
} as const;

/** Each objective's heading in the strategy's body, by objective id. */
export const OBJECTIVE_HEADINGS = {
  "objective-1": OBJECTIVE_1,
  "objective-2": OBJECTIVE_2,
  "objective-3": OBJECTIVE_3,
  "objective-4": OBJECTIVE_4,
  "objective-5": OBJECTIVE_5,
} as const;
export type ObjectiveId = keyof typeof OBJECTIVE_HEADINGS;
