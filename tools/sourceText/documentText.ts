/**
 * The five source documents as text the anchors tool and the citation test can point into: each
 * registered section (tools/sourceText/sectionAnchors.ts), its footnotes, and its paragraphs.
 * Development tooling only: the product never reads the documents.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { DOCUMENT_IDS, type DocumentId, SOURCE_DOCUMENTS } from "#model/sources.ts";
import { SECTION_ANCHORS } from "./sectionAnchors.ts";

/** Curly quotes and Markdown emphasis differ between copies of a text; compare without them. */
export function normalise(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”„]/g, '"')
    .replaceAll("*", "")
    .replace(/[ \t\u00a0]+/g, " ");
}

/** The text a quote is searched in: normalised, one space for any run of white space, lower case. */
export function searchable(text: string): string {
  return normalise(text).replace(/\s+/g, " ").trim().toLowerCase();
}

const level = (section: string) => section.split(" — ").length;
const FOOTNOTE = /^(.*), footnote (\d+)$/;

/** Each registered section's text, found by its anchor in document order. */
function sectionTexts(document: DocumentId, text: string): Map<string, string> {
  const anchors = SECTION_ANCHORS[document];
  const starts: number[] = [];
  let from = 0;
  for (const [section, anchor] of anchors) {
    const at = text.indexOf(normalise(anchor), from);
    if (at < 0) throw new Error(`${document}: anchor "${anchor}" of section "${section}" not found`);
    starts.push(at);
    from = at + 1;
  }
  const texts = new Map<string, string>();
  anchors.forEach(([section], index) => {
    const own = level(section);
    const next = anchors.findIndex((entry, later) => later > index && level(entry[0]) <= own);
    texts.set(section, text.slice(starts[index], next < 0 ? text.length : starts[next]));
  });
  return texts;
}

const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/**
 * A footnote: the line that starts with its mark, after the parent section's start. The strategy
 * marks footnotes with <sup>N</sup>, the factsheet with superscript digits (¹²), so both count.
 */
function footnoteText(text: string, parentText: string | undefined, mark: string): string | undefined {
  if (parentText === undefined) return undefined;
  const start = text.indexOf(parentText);
  const superscript = [...mark].map((digit) => SUPERSCRIPT_DIGITS[Number(digit)] ?? digit).join("");
  const match = new RegExp(`^(?:<sup>${mark}</sup>|${superscript}(?![${SUPERSCRIPT_DIGITS}])).*$`, "m").exec(
    text.slice(start),
  );
  return match?.[0];
}

/**
 * A section's paragraphs: blocks separated by blank lines, the heading line left out. Paragraph
 * numbers in the seed count these from 1.
 */
export function paragraphs(sectionText: string): string[] {
  return sectionText
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(
      (block, index) => block !== "" && !(index === 0 && block.split("\n").length === 1 && block.length < 90),
    );
}

/** The five documents, read once from a folder. */
export interface SourceTexts {
  readonly folder: string;
  /** The whole text of a cited section (or footnote), or undefined when it is not registered. */
  section(document: DocumentId, section: string): string | undefined;
  /** The cited section's paragraphs, in order. */
  paragraphs(document: DocumentId, section: string): string[] | undefined;
  /** The whole document, normalised. */
  document(document: DocumentId): string;
}

/** Where the documents may be: an explicit override, then ../shared/seeds beside the checkout. */
export function findSourceFolder(from: string): string | undefined {
  const candidates = [
    process.env.SOURCE_DOCUMENTS_DIR,
    resolve(process.cwd(), "../shared/seeds"),
    resolve(from, "../shared/seeds"),
  ].filter((dir): dir is string => dir !== undefined && dir !== "");
  return candidates.find((dir) =>
    DOCUMENT_IDS.every((id) => existsSync(resolve(dir, SOURCE_DOCUMENTS[id].fileName))),
  );
}

export function readSourceTexts(folder: string): SourceTexts {
  const texts = new Map<DocumentId, string>();
  const sections = new Map<DocumentId, Map<string, string>>();
  for (const id of DOCUMENT_IDS) {
    const text = normalise(readFileSync(resolve(folder, SOURCE_DOCUMENTS[id].fileName), "utf8"));
    texts.set(id, text);
    sections.set(id, sectionTexts(id, text));
  }
  const section = (document: DocumentId, name: string): string | undefined => {
    const own = sections.get(document);
    const footnote = FOOTNOTE.exec(name);
    return footnote
      ? footnoteText(texts.get(document) ?? "", own?.get(footnote[1] ?? ""), footnote[2] ?? "")
      : own?.get(name);
  };
  return {
    folder,
    section,
    paragraphs: (document, name) => {
      const text = section(document, name);
      if (text === undefined) return undefined;
      return FOOTNOTE.test(name) ? [text.trim()] : paragraphs(text);
    },
    document: (document) => texts.get(document) ?? "",
  };
}

/** The paragraphs (1-based) of a section that hold a quote; empty when none does. */
export function paragraphsHolding(
  texts: SourceTexts,
  document: DocumentId,
  section: string,
  quote: string,
): number[] {
  const wanted = searchable(quote);
  return (texts.paragraphs(document, section) ?? []).flatMap((paragraph, index) =>
    searchable(paragraph).includes(wanted) ? [index + 1] : [],
  );
}
