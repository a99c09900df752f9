/**
 * Validates seed modules before anything touches the database: shape (zod), unique ids, known
 * endpoints, and the model's own rules. Errors name the module, the id and the field.
 */
import type { z } from "zod";
import { relationshipId } from "#model/linkedData/addresses.ts";
import {
  nodeSchema,
  relationshipSchema,
  type SeedModule,
  type SourceRef,
  type ValidNode,
  type ValidRelationship,
} from "#model/model.ts";
import { periodEnd, periodStart } from "#model/period.ts";
import { encodeSource, SOURCE_SEPARATOR } from "#model/sourceCodec.ts";
import { RESERVED_PROPERTIES } from "#model/storedProperties.ts";
import { strengthOf } from "#model/strengths.ts";
import type { Correction } from "./correction.ts";

export { encodeSource, RESERVED_PROPERTIES };

export class SeedValidationError extends Error {
  override readonly name = "SeedValidationError";
  constructor(readonly problems: readonly string[]) {
    super(
      `Invalid seed data (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n${problems.join("\n")}`,
    );
  }
}

export interface ValidSeed {
  readonly nodes: readonly ValidNode[];
  readonly relationships: readonly (ValidRelationship & { readonly id: string })[];
}

/** A relationship's stable id: one relationship per (from, type, to); also the end of its address. */
export { relationshipId };

/** The rules every dated fact obeys: a source for its dates, and a start no later than its end. */
function dateProblems(fact: {
  validFrom?: string | undefined;
  validTo?: string | undefined;
  dateSources?: readonly SourceRef[] | undefined;
}): string[] {
  const problems: string[] = [];
  const dated = fact.validFrom !== undefined || fact.validTo !== undefined;
  if (dated && (fact.dateSources === undefined || fact.dateSources.length === 0)) {
    problems.push(`field "dateSources": a validFrom/validTo needs a source`);
  }
  if (!dated && fact.dateSources !== undefined) {
    problems.push(`field "dateSources": given without validFrom or validTo`);
  }
  if (
    fact.validFrom !== undefined &&
    fact.validTo !== undefined &&
    periodStart(fact.validFrom) > periodEnd(fact.validTo)
  ) {
    problems.push(`field "validTo": ${fact.validTo} is before validFrom ${fact.validFrom}`);
  }
  return problems;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.length > 0 ? issue.path.join(".") : "(entry)";
  return `field "${field}": ${issue.message}`;
}

function sourceProblems(sources: readonly SourceRef[], field = "sources"): string[] {
  return sources.flatMap((source) => [
    ...(source.section.includes(SOURCE_SEPARATOR.trim()) || source.section.includes("¶")
      ? [`field "${field}": section "${source.section}" may not contain "§" or "¶"`]
      : []),
  ]);
}

export function validateSeed(modules: readonly SeedModule[]): ValidSeed {
  const problems: string[] = [];
  const nodes = new Map<string, { node: ValidNode; module: string }>();
  const relationships = new Map<string, ValidRelationship & { id: string }>();

  for (const seedModule of modules) {
    seedModule.nodes.forEach((raw, index) => {
      const where = `${seedModule.module}: node "${(raw as { id?: string }).id ?? `#${index}`}"`;
      const parsed = nodeSchema.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) problems.push(`${where}: ${describeIssue(issue)}`);
        return;
      }
      const node = parsed.data;
      for (const key of Object.keys(node.properties)) {
        if ((RESERVED_PROPERTIES as readonly string[]).includes(key)) {
          problems.push(`${where}: field "properties.${key}": "${key}" is reserved`);
        }
      }
      // Norwegian readers see every description in Norwegian (lang=no): none may be missing.
      if (node.descriptionNo === undefined) {
        problems.push(
          `${where}: field "descriptionNo": a Norwegian description is required (add one to seed/descriptionsNo.ts)`,
        );
      }
      if (node.nameNoIsTranslation && node.nameNo === undefined) {
        problems.push(`${where}: field "nameNoIsTranslation": given without a nameNo`);
      }
      for (const problem of [
        ...sourceProblems(node.sources),
        ...sourceProblems(node.dateSources ?? [], "dateSources"),
        ...dateProblems(node),
      ]) {
        problems.push(`${where}: ${problem}`);
      }
      const existing = nodes.get(node.id);
      if (existing) {
        problems.push(`${where}: field "id": duplicate id, already defined in ${existing.module}`);
        return;
      }
      nodes.set(node.id, { node, module: seedModule.module });
    });
  }

  for (const seedModule of modules) {
    seedModule.relationships.forEach((raw, index) => {
      const r = raw as { from?: string; type?: string; to?: string };
      const where = `${seedModule.module}: relationship "${r.from ?? "?"}-[${r.type ?? "?"}]->${r.to ?? "?"}" (#${index})`;
      const parsed = relationshipSchema.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) problems.push(`${where}: ${describeIssue(issue)}`);
        return;
      }
      const rel = parsed.data;
      for (const end of ["from", "to"] as const) {
        if (!nodes.has(rel[end])) problems.push(`${where}: field "${end}": unknown node id "${rel[end]}"`);
      }
      for (const problem of [
        ...sourceProblems(rel.sources),
        ...sourceProblems(rel.dateSources ?? [], "dateSources"),
        ...dateProblems(rel),
      ]) {
        problems.push(`${where}: ${problem}`);
      }
      if (rel.reasonNo !== undefined && rel.reason === undefined) {
        problems.push(`${where}: field "reasonNo": a Norwegian reason given without an English reason`);
      }
      // As for descriptions: Norwegian readers see every reason in Norwegian, none may be missing.
      if (rel.reason !== undefined && rel.reasonNo === undefined) {
        problems.push(
          `${where}: field "reasonNo": a Norwegian reason is required (add one to seed/reasonsNo.ts)`,
        );
      }
      const target = nodes.get(rel.to)?.node;
      if (target?.label === "SDG" && rel.type === "CONTRIBUTES_TO") {
        if (!rel.strength || !rel.reason || !rel.wording) {
          problems.push(
            `${where}: field "strength"/"reason"/"wording": a contribution to an SDG needs all three`,
          );
        } else if (rel.strength !== strengthOf(rel.wording)) {
          problems.push(
            `${where}: field "strength": "${rel.strength}" disagrees with wording "${rel.wording}" (the rule gives "${strengthOf(rel.wording)}")`,
          );
        }
      }
      const id = relationshipId(rel.from, rel.type, rel.to);
      const existing = relationships.get(id);
      if (existing) {
        // Two documents stating the same link is corroboration, not an error: keep every source.
        relationships.set(id, mergeRelationships(existing, rel));
      } else {
        relationships.set(id, { ...rel, id });
      }
    });
  }

  // Judged on each relationship as merged: two modules may state one link and give its reason apart.
  for (const rel of relationships.values()) {
    // Stated means a document says it: at least one citation of the five documents, anchored.
    if (rel.basis === "stated" && !rel.sources.some((source) => source.document !== "public")) {
      problems.push(
        `relationship "${rel.id}": field "basis": stated, but no document citation shows it (make it inferred with a reason)`,
      );
    }
    if (rel.basis === "inferred" && rel.reason === undefined) {
      problems.push(
        `relationship "${rel.id}": field "reason": an inferred relationship needs a reason in our own words`,
      );
    }
  }
  if (problems.length > 0) throw new SeedValidationError(problems);
  return {
    nodes: [...nodes.values()].map((entry) => entry.node),
    relationships: [...relationships.values()],
  };
}

function mergeRelationships(
  a: ValidRelationship & { id: string },
  b: ValidRelationship,
): ValidRelationship & { id: string } {
  const seen = new Set(a.sources.map(encodeSource));
  const conflict = [a.conflict, b.conflict].filter(Boolean).join(" ");
  return {
    ...a,
    basis: a.basis === "stated" || b.basis === "stated" ? "stated" : "inferred",
    sources: [...a.sources, ...b.sources.filter((source) => !seen.has(encodeSource(source)))],
    strength: a.strength ?? b.strength,
    wording: a.wording ?? b.wording,
    reason: a.reason ?? b.reason,
    // The Norwegian reason renders the English one kept: both come from the same copy.
    reasonNo: a.reason !== undefined ? a.reasonNo : b.reasonNo,
    conflict: conflict === "" ? undefined : conflict,
    properties: { ...b.properties, ...a.properties },
  };
}

/**
 * A correction must name a fact the seed has (or had: a removed one names what is gone), so that a
 * fact's panel can list it; a removal must name a fact no longer there.
 */
export function correctionProblems(seed: ValidSeed, corrections: readonly Correction[]): string[] {
  const facts = new Set([...seed.nodes.map((node) => node.id), ...seed.relationships.map((rel) => rel.id)]);
  return corrections.flatMap((correction, index) => {
    const where = `seed/corrections: #${index} "${correction.item}"`;
    if (correction.field === "removed") {
      return facts.has(correction.item) ? [`${where}: marked removed, but the seed still has it`] : [];
    }
    return facts.has(correction.item) ? [] : [`${where}: no node or relationship with this id`];
  });
}
