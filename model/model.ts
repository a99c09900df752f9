/**
 * The knowledge graph's model: node labels, relationship types, and the zod schemas every seed
 * module is validated against at load time. Seed modules are the project's own typed data; this
 * file is the one place that says what shapes they may have.
 */
import { z } from "zod";
import { isIsoDate } from "./period.ts";
import { DOCUMENT_IDS } from "./sources.ts";
import { STRENGTHS } from "./strengths.ts";
import {
  NODE_LABELS,
  type NodeLabel,
  RELATIONSHIP_TYPES,
  type RelationshipType,
  TRACE_TYPES,
} from "./vocabulary.ts";

export { NODE_LABELS, type NodeLabel, RELATIONSHIP_TYPES, type RelationshipType, TRACE_TYPES };

export const BASES = ["stated", "inferred"] as const;
export type Basis = (typeof BASES)[number];

export { STRENGTHS, type Strength } from "./strengths.ts";

/** A quotation from a source document: at most five words, so that no sentence is copied. */
export const quoteSchema = z
  .string()
  .trim()
  .min(1)
  .refine((text) => text.split(/\s+/).length <= 5, "a quote is at most five words");

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lowercase slug like 'directorate-of-ehealth'");

/**
 * Where a fact comes from: one of the five documents (by id, see sources.ts) and its section,
 * or a named public source outside them (`document: "public"` with `url` and `title`), for
 * inferred additions and for dates the documents do not give.
 */
export const sourceRefSchema = z.union([
  z.strictObject({
    document: z.enum(DOCUMENT_IDS),
    section: z.string().min(1),
    /** 1-based paragraph within the section, where the document has paragraphs. */
    paragraph: z.number().int().min(1).optional(),
    /**
     * The document's own words for the fact (at most five), found in the cited paragraph. Seed
     * modules leave it to seed/anchors/, which seed/anchors.ts attaches with the paragraph.
     */
    quote: quoteSchema.optional(),
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
 * An ISO 8601 date of year, month or day precision (see period.ts). Declared here rather than in
 * period.ts so that the explorer, which writes dated exports, shares period.ts without loading zod.
 */
export const isoDateSchema = z
  .string()
  .refine(isIsoDate, "must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD");

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
  /** True where `nameNo` is our own translation rather than a name a public source uses. */
  nameNoIsTranslation: z.literal(true).optional(),
  aliases: z.array(z.string().min(1)).default([]),
  description: z.string().min(1),
  /**
   * The description in Norwegian (bokmål). Optional in the shape so that a module may leave it to
   * seed/descriptionsNo.ts, which seed/modules.ts attaches; the validator rejects a node without one.
   */
  descriptionNo: z.string().min(1).optional(),
  sources: z.array(sourceRefSchema).min(1, "every node needs at least one source"),
  /** Type-specific facts: value/unit for a Figure, the document's own term for a period, etc. */
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
  /** For CONTRIBUTES_TO → SDG: derived from `wording` by strengths.ts (the validator checks it). */
  strength: z.enum(STRENGTHS).optional(),
  /** Why the link holds, in our own words (required on CONTRIBUTES_TO → SDG). */
  reason: z.string().min(1).optional(),
  /**
   * The reason in Norwegian (bokmål). Optional in the shape so that a module may leave it to
   * seed/reasonsNo.ts, which seed/modules.ts attaches; the validator rejects one without a `reason`.
   */
  reasonNo: z.string().min(1).optional(),
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
