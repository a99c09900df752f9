/**
 * The graph's vocabulary: node labels and relationship types. Dependency-free so that the
 * explorer (client/) imports the very same lists the seed and the server use.
 */

/** Every node label. Each node has exactly one of these plus the shared `Entity` label. */
export const NODE_LABELS = [
  "Country",
  "Figure",
  "Ministry",
  "Department",
  "Section",
  "Directorate",
  "Agency",
  "RegionalHealthAuthority",
  "MunicipalityGroup",
  "Hospital",
  "Council",
  "Association",
  "Parliament",
  "InternationalBody",
  "Person",
  "Solution",
  "Strategy",
  "Plan",
  "Report",
  "Law",
  "Vision",
  "Goal",
  "Objective",
  "Outcome",
  "TargetGroup",
  "Topic",
  "ResponsibilityArea",
  "SDG",
  "Project",
  "Definition",
  "HealthcareGoal",
  "UseCase",
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/**
 * Every relationship type, with the direction it is stored in (from → to).
 * Direction matters: SDG tracing follows some of these forwards only (see TRACE_TYPES).
 */
export const RELATIONSHIP_TYPES = [
  "PART_OF", // Section → Department → Ministry; Hospital → RegionalHealthAuthority
  "OVERSEES", // Ministry/Department → Directorate/Agency/RHA (oversight, "etatsstyring")
  "OWNS", // Ministry → RegionalHealthAuthority; RHA → Hospital trust
  "RUNS", // Organisation → Solution (operates / is responsible for delivery)
  "MANAGES", // Organisation → Solution (content management / administration)
  "GOVERNS", // Organisation → Solution/Organisation (contributes to governance)
  "RESPONSIBLE_FOR", // Organisation → ResponsibilityArea/Topic/Solution/Population
  "WORKS_ON", // Organisation → Solution/Project/Topic (example services a body works on)
  "MEMBER_OF", // Organisation/Country → Council/InternationalBody/Project
  "LEADS", // Person/Organisation/Country → Council/Project
  "PARTICIPATES_IN", // Country/Organisation → Project/InternationalBody
  "HOLDS_ROLE", // Person → Organisation (property `role`, `asOf`)
  "ADVISES", // Council → Organisation
  "COORDINATES", // Organisation/Council → Topic/Organisation
  "FINANCES", // Organisation → Solution/Organisation/Population
  "PUBLISHED", // Organisation → Strategy/Plan/Report/Law
  "REPLACED_BY", // kept for older exports; the seed writes SUCCEEDED_BY instead
  "SUCCEEDED_BY", // Strategy/Plan/body → the one that replaced it (validFrom = when it took over)
  "MERGED_INTO", // Organisation → the organisation that absorbed it (validFrom = the merger date)
  "RENAMED_TO", // a body under its old name → the same body under its new name (validFrom = the change)
  "ALIGNED_WITH", // Strategy/Plan → Strategy/Plan (must be in line with / considers)
  "IMPLEMENTED_BY", // Strategy → Plan (implementation plan)
  "HAS_VISION", // Strategy → Vision
  "HAS_GOAL", // Strategy/Plan → Goal/HealthcareGoal
  "HAS_OBJECTIVE", // Strategy → Objective
  "OUTCOME_OF", // Outcome → Objective (points up, towards the SDGs)
  "CONTRIBUTES_TO", // Objective → SDG (properties strength, reason); Objective → Goal/Vision
  "DEPENDS_ON", // Objective → Objective/Topic (prerequisite), exactly as the strategy states
  "TARGETS", // Strategy → TargetGroup
  "ADDRESSES", // Strategy/Plan/Solution/Project → Topic
  "SUPPORTS", // Solution/Project/UseCase → Objective/Topic (mostly inferred)
  "DEFINES", // InternationalBody/Organisation → Definition
  "REGULATES", // Law → Solution/Topic/Organisation
  "APPLIES_IN", // Law → Country
  "LOCATED_IN", // Organisation → Country
  "HAS_FIGURE", // Country/Organisation/UseCase → Figure
  "USES", // Hospital/Organisation → UseCase/Solution
  "RELATED_TO", // anything → anything, where the source links two things without saying how
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/**
 * Relationship types that say one thing took over from another (renamed, merged into, succeeded
 * by): from the earlier to the later, the relationship's validFrom the day the later one took
 * over. Search names them on each hit, and a node's panel says what it was formerly.
 */
export const SUCCESSION_TYPES = [
  "SUCCEEDED_BY",
  "MERGED_INTO",
  "RENAMED_TO",
  "REPLACED_BY",
] as const satisfies readonly RelationshipType[];
export type SuccessionType = (typeof SUCCESSION_TYPES)[number];

/**
 * Relationship types that SDG tracing follows, forwards only: they all point from a thing
 * towards what it serves. DEPENDS_ON is left out on purpose: following it from Objective 1
 * would reach Objective 4's SDGs, which the strategy does not assign to Objective 1.
 */
export const TRACE_TYPES = [
  "OVERSEES",
  "RUNS",
  "MANAGES",
  "PUBLISHED",
  "HAS_OBJECTIVE",
  "OUTCOME_OF",
  "SUPPORTS",
  "CONTRIBUTES_TO",
] as const satisfies readonly RelationshipType[];
