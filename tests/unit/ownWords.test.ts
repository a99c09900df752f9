/**
 * The seed speaks in its own words and carries the documents' figures over faithfully:
 * - no description, reason, note or conflict text (English or Norwegian) repeats a run of eight or
 *   more words of a source document, except inside a marked quotation of at most five words;
 * - no reason is pasted onto more than three facts (a shared reason explains none of them);
 * - every number a fact carries stands in a section it cites, so "N/A" or "–" in a document is
 *   never turned into a 0.
 * The documents are read from ../shared/seeds where present; the product never reads them.
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { SourceRef } from "#model/model.ts";
import { DOCUMENT_IDS, type DocumentId } from "#model/sources.ts";
import { CORRECTIONS } from "#seed/corrections.ts";
import { DEPARTMENT, FACTSHEET, INTERVIEW, OVERVIEW, STRATEGY } from "#seed/documentSections.ts";
import { SEED_MODULES } from "#seed/modules.ts";
import { validateSeed } from "#seed/validate.ts";
import { findSourceFolder, readSourceTexts } from "#tools/sourceText/documentText.ts";

const RUN = 8;
const folder = findSourceFolder(resolve(dirname(fileURLToPath(import.meta.url)), "../.."));
const seed = validateSeed(SEED_MODULES);
const facts = [...seed.nodes, ...seed.relationships];
const keyOf = (fact: (typeof facts)[number]) =>
  "from" in fact ? `${fact.from}|${fact.type}|${fact.to}` : fact.id;

/** Words for comparison: lower case, e-health spelled one way, punctuation dropped. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/e-helse/g, "ehelse")
    .replace(/e-health/g, "ehealth")
    .replace(/[’']/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "");
}

/** A marked quotation of at most five words is allowed; it splits the text so no run crosses it. */
function unquotedParts(text: string): string[] {
  return text.split(/“[^”]*”|"[^"]*"|«[^»]*»/).filter((part) => part.trim() !== "");
}

/**
 * Names are identifiers, not prose: a node's name or a cited section's heading may be written out
 * whole ("the National Health and Hospital Plan 2020–2023"), so each splits a text like a quotation.
 */
const NAMES = [
  ...seed.nodes.flatMap((node) => [node.name, node.nameNo ?? "", ...node.aliases]),
  ...[FACTSHEET, OVERVIEW, INTERVIEW, DEPARTMENT, STRATEGY].flatMap((sections) =>
    Object.values(sections).flatMap((section) => section.split(" — ")),
  ),
]
  .filter((name) => words(name).length >= 4)
  .sort((a, b) => b.length - a.length);

function withoutNames(text: string): string[] {
  let parts = [text];
  for (const name of NAMES) parts = parts.flatMap((part) => part.split(name));
  return parts;
}

/** Every run of RUN words in a text, joined by spaces. */
function runs(text: string): string[] {
  return unquotedParts(text)
    .flatMap(withoutNames)
    .flatMap((part) => {
      const list = words(part);
      return list.length < RUN
        ? []
        : list.slice(0, list.length - RUN + 1).map((_, at) => list.slice(at, at + RUN).join(" "));
    });
}

/**
 * Properties that name rather than describe: an address, the title of a cited work, the wording of
 * the strategy's vision (the vision's own name). They are identifiers, so they stay as published.
 */
const NAMING_KEYS = new Set(["url", "citedFrom", "title", "wording", "alternativeWording"]);

/** The texts of a fact that must be our own words, by field. */
function ownTexts(fact: (typeof facts)[number]): [field: string, text: string][] {
  const texts: [string, string][] = [];
  const add = (field: string, value: unknown) => {
    if (typeof value === "string") texts.push([field, value]);
  };
  if ("description" in fact) {
    add("description", fact.description);
    add("descriptionNo", fact.descriptionNo);
  } else {
    add("reason", fact.reason);
    add("reasonNo", fact.reasonNo);
    add("conflict", fact.conflict);
  }
  for (const [key, value] of Object.entries(fact.properties)) {
    if (NAMING_KEYS.has(key)) continue;
    if (typeof value === "string" && words(value).length >= RUN) add(`properties.${key}`, value);
  }
  return texts;
}

describe("texts in our own words", () => {
  it("finds a copied run when there is one (the check can fail)", () => {
    const document = new Set(
      runs("It has the overall responsibility for the coordination of the work on digitalisation"),
    );
    expect(
      runs("Here it has the overall responsibility for the coordination of the work.").some((run) =>
        document.has(run),
      ),
    ).toBe(true);
    // A name written out whole is not a copied run, however long.
    const plan = new Set(runs("under the National Health and Hospital Plan 2020–2023 and beyond"));
    expect(
      runs("It follows the National Health and Hospital Plan 2020–2023.").some((run) => plan.has(run)),
    ).toBe(false);
    expect(
      runs("It has “the overall responsibility for the” role of coordinating the sector.").some((run) =>
        document.has(run),
      ),
    ).toBe(false);
  });

  it.skipIf(folder === undefined)(
    "repeat no run of eight words of a source document outside a short quotation",
    () => {
      const texts = readSourceTexts(folder ?? "");
      const documentRuns = new Set(DOCUMENT_IDS.flatMap((id) => runs(texts.document(id))));
      const copied: string[] = [];
      for (const fact of facts) {
        for (const [field, text] of ownTexts(fact)) {
          const run = runs(text).find((candidate) => documentRuns.has(candidate));
          if (run !== undefined) copied.push(`${keyOf(fact)} ${field}: "${run}"`);
        }
      }
      // The correction log is our text too: what a fact said is summarised, never pasted back.
      CORRECTIONS.forEach((correction, index) => {
        for (const field of ["was", "now", "why"] as const) {
          const run = runs(correction[field]).find((candidate) => documentRuns.has(candidate));
          if (run !== undefined) copied.push(`correction #${index} (${correction.item}) ${field}: "${run}"`);
        }
      });
      expect(copied).toEqual([]);
    },
  );
});

describe("reasons", () => {
  it("are not pasted onto more than three facts", () => {
    const uses = new Map<string, string[]>();
    for (const rel of seed.relationships) {
      if (rel.reason !== undefined) uses.set(rel.reason, [...(uses.get(rel.reason) ?? []), rel.id]);
    }
    const pasted = [...uses]
      .filter(([, ids]) => ids.length > 3)
      .map(([reason, ids]) => `${ids.length}× "${reason}"`);
    expect(pasted).toEqual([]);
  });
});

/** Position numbers that order a list (objective 3, outcome 4 of 8, SDG 10) rather than count anything. */
const POSITION_KEYS = new Set(["order", "objective", "number", "unNumber"]);
const NUMBER_WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];

/** Every number a text holds: as digits ("5,4" and "5.4" alike, and their whole parts) or as a word. */
function numbersIn(text: string): Set<number> {
  const found = new Set<number>();
  for (const word of words(text)) {
    const at = NUMBER_WORDS.indexOf(word);
    if (at >= 0) found.add(at);
  }
  for (const match of text.matchAll(/\d+(?:[.,]\d+)?/g)) {
    found.add(Number(match[0].replace(",", ".")));
    for (const part of match[0].split(/[.,]/)) found.add(Number(part));
  }
  return found;
}

describe.skipIf(folder === undefined)("figures", () => {
  const texts = folder === undefined ? undefined : readSourceTexts(folder);
  const citedText = (sources: readonly SourceRef[]) =>
    sources
      .filter(
        (source): source is Extract<SourceRef, { document: DocumentId }> => source.document !== "public",
      )
      .map((source) => texts?.section(source.document, source.section) ?? "")
      .join("\n");

  it("carry over only numbers their cited sections hold (N/A is never a 0)", () => {
    const invented: string[] = [];
    for (const fact of facts) {
      const cites = [...fact.sources, ...(fact.dateSources ?? [])];
      // A number taken from a named public source is checked by its citation there, not here.
      if (cites.some((source) => source.document === "public")) continue;
      const numbers = numbersIn(citedText(cites));
      for (const [key, value] of Object.entries(fact.properties)) {
        if (POSITION_KEYS.has(key)) continue;
        for (const number of Array.isArray(value) ? value : [value]) {
          if (typeof number === "number" && !numbers.has(number))
            invented.push(`${keyOf(fact)} ${key}: ${number}`);
        }
      }
    }
    expect(invented).toEqual([]);
  });
});
