/**
 * The knowledge graph's model: node labels, relationship types, and the zod schemas every seed
 * module is validated against at load time. Seed modules are the project's own typed data; this
 * file is the one place that says what shapes they may have.
 */
import { z } from "zod";
import { isoDateSchema } from "./period.ts";
import { DOCUMENT_IDS } from "./sources.ts";
import { STRENGTHS, type Strength } from "./strengths.ts";
import { NODE_LABELS, type NodeLabel, RELATIONSHIP_TYPES, type RelationshipType } from "./vocabulary.ts";

export { NODE_LABELS, type NodeLabel, RELATIONSHIP_TYPES, type RelationshipType };

/** Labels that are organisations: the governance tree and the explorer group them. */
export const ORGANISATION_LABELS = [
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
] as const satisfies readonly NodeLabel[];

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

/** Relationship types that form the governance hierarchy (parent is the `to` end of PART_OF). */
export const GOVERNANCE_TYPES = [
  "PART_OF",
  "OVERSEES",
  "OWNS",
] as const satisfies readonly RelationshipType[];

export const BASES = ["stated", "inferred"] as const;
export type Basis = (typeof BASES)[number];

export { STRENGTHS, type Strength };

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lowercase slug like 'directorate-of-ehealth'");

/**
 * Where a fact comes from: one of the five documents (by id, see sources.ts) and its section,
 * or a named public source outside them (`document: "public"` with `url` and `title`), used
 * only for inferred additions.
 */
export const sourceRefSchema = z.union([
  z.strictObject({
    document: z.enum(DOCUMENT_IDS),
    section: z.string().min(1),
    /** 1-based paragraph within the section, where the document has paragraphs. */
    paragraph: z.number().int().min(1).optional(),
  }),
  z.strictObject({
    document: z.literal("public"),
    title: z.string().min(1),
    url: z.string().url(),
    section: z.string().min(1),
  }),
]);
export type SourceRef = z.infer<typeof sourceRefSchema>;

/**
 * When a fact was in force (see period.ts) and where those dates come from. A date is a fact like
 * any other: `dateSources` is required whenever `validFrom` or `validTo` is given.
 */
function datedFields() {
  return {
    validFrom: isoDateSchema.optional(),
    validTo: isoDateSchema.optional(),
    dateSources: z.array(sourceRefSchema).optional(),
  };
}

/** Extra node properties: scalars or lists of scalars only, as Neo4j stores them. */
const propertyValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.string()),
  z.array(z.number()),
]);

export const nodeSchema = z.strictObject({
  id: slug,
  label: z.enum(NODE_LABELS),
  name: z.string().min(1),
  nameNo: z.string().min(1).optional(),
  aliases: z.array(z.string().min(1)).default([]),
  description: z.string().min(1),
  sources: z.array(sourceRefSchema).min(1, "every node needs at least one source"),
  /** Type-specific facts: value/unit/year for a Figure, period/status for a Plan, etc. */
  properties: z.record(z.string(), propertyValue).default({}),
  ...datedFields(),
});
export type SeedNode = z.input<typeof nodeSchema>;
export type ValidNode = z.output<typeof nodeSchema>;

export const relationshipSchema = z.strictObject({
  from: slug,
  type: z.enum(RELATIONSHIP_TYPES),
  to: slug,
  basis: z.enum(BASES),
  sources: z.array(sourceRefSchema).min(1, "every relationship needs at least one source"),
  /** For CONTRIBUTES_TO → SDG: how strongly the strategy says the objective contributes. */
  strength: z.enum(STRENGTHS).optional(),
  /** Why the link holds, in our own words (required on CONTRIBUTES_TO → SDG). */
  reason: z.string().min(1).optional(),
  /** Set where sources disagree: what the disagreement is and how a public fact explains it. */
  conflict: z.string().min(1).optional(),
  /**
   * The document's own word or short term (at most five words) for how strongly the link holds,
   * e.g. "in particular" for an objective's contribution to an SDG.
   */
  wording: z
    .string()
    .min(1)
    .refine((text) => text.trim().split(/\s+/).length <= 5, "at most five words")
    .optional(),
  /** Extra scalar properties (`role`, `asOf` on HOLDS_ROLE, …). */
  properties: z.record(z.string(), propertyValue).default({}),
  ...datedFields(),
});
export type SeedRelationship = z.input<typeof relationshipSchema>;
export type ValidRelationship = z.output<typeof relationshipSchema>;

/** What one seed module exports as its default. */
export interface SeedModule {
  /** The module's name, used in error messages ("seed/solutions.ts"). */
  readonly module: string;
  readonly nodes: readonly SeedNode[];
  readonly relationships: readonly SeedRelationship[];
}
