/**
 * Validates seed modules before anything touches the database: shape (zod), unique ids, known
 * endpoints, and the model's own rules. Errors name the module, the id and the field.
 */
import type { z } from "zod";
import {
  NODE_LABELS,
  nodeSchema,
  relationshipSchema,
  type SeedModule,
  type SourceRef,
  type ValidNode,
  type ValidRelationship,
} from "./model.ts";

/** Node properties the loader writes itself; seed `properties` may not reuse these names. */
export const RESERVED_PROPERTIES = [
  "id",
  "name",
  "nameNo",
  "aliases",
  "description",
  "sources",
  "searchKeys",
  "type",
  "basis",
  "strength",
  "reason",
  "conflict",
] as const;

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

/** A relationship's stable id: one relationship per (from, type, to). */
export function relationshipId(from: string, type: string, to: string): string {
  return `${from}|${type}|${to}`;
}

const SECTION_SEPARATOR = " § ";

/** Sources are stored on nodes and relationships as readable strings: "strategy § Vision". */
export function encodeSource(source: SourceRef): string {
  return source.document === "public"
    ? ["public", source.title, source.section, source.url].join(SECTION_SEPARATOR)
    : `${source.document}${SECTION_SEPARATOR}${source.section}`;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.length > 0 ? issue.path.join(".") : "(entry)";
  return `field "${field}": ${issue.message}`;
}

function sourceProblems(sources: readonly SourceRef[]): string[] {
  return sources
    .filter((source) => source.section.includes(SECTION_SEPARATOR.trim()))
    .map((source) => `field "sources": section "${source.section}" may not contain "§"`);
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
      for (const problem of sourceProblems(node.sources)) problems.push(`${where}: ${problem}`);
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
      for (const problem of sourceProblems(rel.sources)) problems.push(`${where}: ${problem}`);
      const target = nodes.get(rel.to)?.node;
      if (rel.type === "CONTRIBUTES_TO" && target?.label === "SDG" && (!rel.strength || !rel.reason)) {
        problems.push(`${where}: field "strength"/"reason": a contribution to an SDG needs both`);
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
    reason: a.reason ?? b.reason,
    conflict: conflict === "" ? undefined : conflict,
    properties: { ...b.properties, ...a.properties },
  };
}

/** Labels in use, for callers that must reject unknown ones (the import path). */
export const KNOWN_LABELS: ReadonlySet<string> = new Set(NODE_LABELS);
