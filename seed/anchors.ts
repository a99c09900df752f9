/**
 * Anchors: for each citation of one of the five documents, the document's own words for the fact
 * (at most five) and the paragraph of the cited section where they stand. They live in
 * seed/anchors/<module>.json, one file per seed module, keyed by the fact (a node id, or a
 * relationship's `from|TYPE|to`); `npm run anchors` computes the paragraph numbers from the
 * documents and writes them there, and tests/unit/citations.test.ts checks every anchor against the
 * documents. Keeping them beside the modules, not inside them, lets the tool rewrite them as data.
 */
import { z } from "zod";
import {
  quoteSchema,
  type SeedModule,
  type SeedNode,
  type SeedRelationship,
  type SourceRef,
} from "#model/model.ts";
import { DOCUMENT_IDS } from "#model/sources.ts";
import arenas from "./anchors/arenas.json" with { type: "json" };
import cancer from "./anchors/cancer.json" with { type: "json" };
import country from "./anchors/country.json" with { type: "json" };
import definitions from "./anchors/definitions.json" with { type: "json" };
import documents from "./anchors/documents.json" with { type: "json" };
import europe from "./anchors/europe.json" with { type: "json" };
import governmentGoals from "./anchors/governmentGoals.json" with { type: "json" };
import objectives from "./anchors/objectives.json" with { type: "json" };
import organisations from "./anchors/organisations.json" with { type: "json" };
import people from "./anchors/people.json" with { type: "json" };
import sdgs from "./anchors/sdgs.json" with { type: "json" };
import solutions from "./anchors/solutions.json" with { type: "json" };
import strategy from "./anchors/strategy.json" with { type: "json" };

export const anchorSchema = z.strictObject({
  document: z.enum(DOCUMENT_IDS),
  /** The cited section, spelled as in the fact's source (seed/documentSections.ts). */
  section: z.string().min(1),
  /** The document's own words for the fact, at most five. */
  quote: quoteSchema,
  /** Where the quote stands in the section, counted from 1; written by `npm run anchors`. */
  paragraph: z.number().int().min(1).optional(),
  /** `date` anchors a date source only (when the same section is also cited for the fact itself). */
  for: z.enum(["date"]).optional(),
});
export type Anchor = z.infer<typeof anchorSchema>;

export const anchorShardSchema = z.record(z.string().min(1), z.array(anchorSchema).min(1));
export type AnchorShard = z.infer<typeof anchorShardSchema>;

/** The anchor file of each seed module, by the module's name ("seed/organisations.ts"). */
export const ANCHOR_FILES: Readonly<Record<string, { readonly file: string; readonly shard: unknown }>> = {
  "seed/arenas.ts": { file: "seed/anchors/arenas.json", shard: arenas },
  "seed/cancer.ts": { file: "seed/anchors/cancer.json", shard: cancer },
  "seed/country.ts": { file: "seed/anchors/country.json", shard: country },
  "seed/definitions.ts": { file: "seed/anchors/definitions.json", shard: definitions },
  "seed/documents.ts": { file: "seed/anchors/documents.json", shard: documents },
  "seed/europe.ts": { file: "seed/anchors/europe.json", shard: europe },
  "seed/governmentGoals.ts": { file: "seed/anchors/governmentGoals.json", shard: governmentGoals },
  "seed/objectives.ts": { file: "seed/anchors/objectives.json", shard: objectives },
  "seed/organisations.ts": { file: "seed/anchors/organisations.json", shard: organisations },
  "seed/people.ts": { file: "seed/anchors/people.json", shard: people },
  "seed/sdgs.ts": { file: "seed/anchors/sdgs.json", shard: sdgs },
  "seed/solutions.ts": { file: "seed/anchors/solutions.json", shard: solutions },
  "seed/strategy.ts": { file: "seed/anchors/strategy.json", shard: strategy },
};

/** The key a fact's anchors are filed under: a node's id, a relationship's `from|TYPE|to`. */
export function factKey(fact: SeedNode | SeedRelationship): string {
  return "id" in fact ? fact.id : `${fact.from}|${fact.type}|${fact.to}`;
}

/** A module's anchors, validated (a malformed file is a seed error naming the file). */
export function anchorShardOf(module: string, shard?: unknown): AnchorShard {
  const entry = ANCHOR_FILES[module];
  const parsed = anchorShardSchema.safeParse(shard ?? entry?.shard ?? {});
  if (!parsed.success) {
    const problem = parsed.error.issues[0];
    throw new Error(
      `${entry?.file ?? module}: invalid anchors at ${problem?.path.join(".") ?? "?"}: ${problem?.message ?? ""}`,
    );
  }
  return parsed.data;
}

type DocumentRef = Extract<SourceRef, { document: (typeof DOCUMENT_IDS)[number] }>;

function anchored(source: SourceRef, anchors: readonly Anchor[], role: "fact" | "date"): SourceRef {
  if (source.document === "public") return source;
  const matching = anchors.filter(
    (anchor) => anchor.document === source.document && anchor.section === source.section,
  );
  const anchor =
    (role === "date" ? matching.find((candidate) => candidate.for === "date") : undefined) ??
    matching.find((candidate) => candidate.for === undefined);
  if (anchor === undefined) return source;
  const withQuote: DocumentRef = { ...source, quote: anchor.quote };
  return anchor.paragraph === undefined ? withQuote : { ...withQuote, paragraph: anchor.paragraph };
}

function withFactAnchors<T extends SeedNode | SeedRelationship>(fact: T, shard: AnchorShard): T {
  const anchors = shard[factKey(fact)];
  if (anchors === undefined) return fact;
  return {
    ...fact,
    sources: fact.sources.map((source) => anchored(source, anchors, "fact")),
    ...(fact.dateSources
      ? { dateSources: fact.dateSources.map((source) => anchored(source, anchors, "date")) }
      : {}),
  };
}

/** A module with the quotes and paragraphs of its anchor file attached to its citations. */
export function withAnchors(seedModule: SeedModule, shard?: unknown): SeedModule {
  const anchors = anchorShardOf(seedModule.module, shard);
  return {
    ...seedModule,
    nodes: seedModule.nodes.map((node) => withFactAnchors(node, anchors)),
    relationships: seedModule.relationships.map((rel) => withFactAnchors(rel, anchors)),
  };
}

/**
 * What is wrong between a module and its anchor file: an anchor for a fact the module does not
 * have or a section the fact does not cite (a stale anchor would silently stop showing), and a
 * citation of a document without a quote.
 */
export function anchorProblems(seedModule: SeedModule, shard?: unknown): string[] {
  const anchors = anchorShardOf(seedModule.module, shard);
  const problems: string[] = [];
  const facts = new Map<string, SeedNode | SeedRelationship>();
  for (const fact of [...seedModule.nodes, ...seedModule.relationships]) facts.set(factKey(fact), fact);
  for (const [key, entries] of Object.entries(anchors)) {
    const fact = facts.get(key);
    if (fact === undefined) {
      problems.push(`${seedModule.module}: anchors for "${key}", which the module does not define`);
      continue;
    }
    const cited = [...fact.sources, ...(fact.dateSources ?? [])];
    for (const anchor of entries) {
      if (!cited.some((source) => source.document === anchor.document && source.section === anchor.section)) {
        problems.push(
          `${seedModule.module}: "${key}" has an anchor in ${anchor.document} § ${anchor.section}, which it does not cite`,
        );
      }
    }
  }
  const attached = withAnchors(seedModule, shard);
  for (const fact of [...attached.nodes, ...attached.relationships]) {
    for (const source of [...fact.sources, ...(fact.dateSources ?? [])]) {
      if (source.document !== "public" && source.quote === undefined) {
        problems.push(
          `${seedModule.module}: "${factKey(fact)}" cites ${source.document} § ${source.section} without a quote (add an anchor to ${ANCHOR_FILES[seedModule.module]?.file ?? "its anchor file"})`,
        );
      }
    }
  }
  return problems;
}
