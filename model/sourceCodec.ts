/**
 * How a source reference is stored on a node or relationship in Neo4j: one readable string per
 * reference, so that cypher-shell users can read it and the export file stays plain.
 *
 *   "strategy § 3.3 Objective 3"            a section of one of the five documents
 *   "strategy § 3.3 Objective 3 § ¶2"       … and its second paragraph
 *   "strategy § 3.3 Objective 3 § ¶2 § “in particular”"   … and the document's own words there
 *   "public § <title> § <section> § <url>"  a named public source outside the five documents
 *
 * The one encoder and the one decoder: the loader, the import, the API and the explorer all use
 * these, so the format cannot drift.
 */
import { type DocumentId, PUBLIC_SOURCE_ID, SOURCE_DOCUMENTS } from "./sources.ts";

export const SOURCE_SEPARATOR = " § ";
const PARAGRAPH = /^¶(\d+)$/;
/** A quote is stored between curly quotation marks, which no section heading uses. */
const QUOTE = /^“(.*)”$/s;

/** A source reference as seed modules write it (see `sourceRefSchema` in model.ts). */
export type EncodableSource =
  | {
      readonly document: DocumentId;
      readonly section: string;
      readonly paragraph?: number | undefined;
      readonly quote?: string | undefined;
    }
  | { readonly document: "public"; readonly title: string; readonly url: string; readonly section: string };

/** A source reference as the API answers it: the document's title and address resolved. */
export interface DecodedSource {
  readonly document: string;
  readonly title: string;
  readonly section: string;
  readonly paragraph: number | null;
  /** The document's own words for the fact (at most five), where the citation has them. */
  readonly quote: string | null;
  /** The language of the document (and so of the quote), where known. */
  readonly language: string | null;
  readonly url: string | null;
}

export function encodeSource(source: EncodableSource): string {
  if (source.document === PUBLIC_SOURCE_ID) {
    return [PUBLIC_SOURCE_ID, source.title, source.section, source.url].join(SOURCE_SEPARATOR);
  }
  const parts: string[] = [source.document, source.section];
  if (source.paragraph !== undefined) parts.push(`¶${source.paragraph}`);
  if (source.quote !== undefined) parts.push(`“${source.quote}”`);
  return parts.join(SOURCE_SEPARATOR);
}

export function decodeSource(encoded: string): DecodedSource {
  const parts = encoded.split(SOURCE_SEPARATOR);
  if (parts[0] === PUBLIC_SOURCE_ID && parts.length >= 4) {
    return {
      document: PUBLIC_SOURCE_ID,
      title: parts[1] ?? "",
      section: parts[2] ?? "",
      paragraph: null,
      quote: null,
      language: null,
      url: parts.slice(3).join(SOURCE_SEPARATOR) || null,
    };
  }
  const document = parts[0] ?? "";
  let rest = parts.slice(1);
  let paragraph: number | null = null;
  let quote: string | null = null;
  const quoted = rest.length > 1 ? QUOTE.exec(rest.at(-1) ?? "") : null;
  if (quoted) {
    quote = quoted[1] ?? "";
    rest = rest.slice(0, -1);
  }
  const last = rest.at(-1);
  const match = last === undefined ? null : PARAGRAPH.exec(last);
  if (match && rest.length > 1) {
    paragraph = Number(match[1]);
    rest = rest.slice(0, -1);
  }
  const registered = Object.hasOwn(SOURCE_DOCUMENTS, document)
    ? SOURCE_DOCUMENTS[document as DocumentId]
    : undefined;
  return {
    document,
    title: registered?.title ?? document,
    section: rest.join(SOURCE_SEPARATOR),
    paragraph,
    quote,
    language: registered?.language ?? null,
    url: registered?.url ?? null,
  };
}

/** Decodes a stored list; anything that is not a list of strings decodes to no sources. */
export function decodeSources(value: unknown): DecodedSource[] {
  return Array.isArray(value) ? value.map((item) => decodeSource(String(item))) : [];
}
