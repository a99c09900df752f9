/**
 * Small constructors for source references, so that seed modules cite a document section in one
 * short call and the section headings stay spelled the same way everywhere they are used.
 */
import type { SeedRelationship, SourceRef } from "./model.ts";
import type { DocumentId } from "./sources.ts";

/** A section of one of the five documents, and its paragraph (1-based) where the fact sits in one. */
export function cite(document: DocumentId, section: string, paragraph?: number): SourceRef {
  return paragraph === undefined ? { document, section } : { document, section, paragraph };
}

/** A named public source outside the five documents; only for inferred additions. */
export function publicSource(
  title: string,
  url: string,
  section: string,
): Extract<SourceRef, { document: "public" }> {
  return { document: "public", title, url, section };
}

/** A relationship a source states, and one deduced from it (both still cite their sources). */
export function stated(
  from: string,
  type: SeedRelationship["type"],
  to: string,
  sources: SourceRef[],
  extra: Partial<SeedRelationship> = {},
): SeedRelationship {
  return { from, type, to, basis: "stated", sources, ...extra };
}

export function inferred(
  from: string,
  type: SeedRelationship["type"],
  to: string,
  sources: SourceRef[],
  extra: Partial<SeedRelationship> = {},
): SeedRelationship {
  return { from, type, to, basis: "inferred", sources, ...extra };
}
