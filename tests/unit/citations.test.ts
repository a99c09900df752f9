/**
 * Every cited section exists in its document, and every `wording` occurs in a section it cites (in
 * the cited paragraph, where one is given). The documents live outside the repository, in
 * ../shared/seeds (present in CI); where they are absent this check says so and does not run. The
 * product itself never reads them.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { SourceRef } from "#seed/model.ts";
import { SEED_MODULES } from "#seed/modules.ts";
import { DOCUMENT_IDS, type DocumentId, SOURCE_DOCUMENTS } from "#seed/sources.ts";
import { validateSeed } from "#seed/validate.ts";
import { SECTION_ANCHORS } from "../fixtures/sectionAnchors.ts";

const here = dirname(fileURLToPath(import.meta.url));
/** Where the documents may be: an explicit override, then ../shared/seeds from the repo root. */
const CANDIDATES = [
  process.env.SOURCE_DOCUMENTS_DIR,
  resolve(process.cwd(), "../shared/seeds"),
  resolve(here, "../../../shared/seeds"),
].filter((dir): dir is string => dir !== undefined && dir !== "");
const folder = CANDIDATES.find((dir) =>
  DOCUMENT_IDS.every((id) => existsSync(resolve(dir, SOURCE_DOCUMENTS[id].fileName))),
);
if (folder === undefined) {
  console.warn(
    `citations.test.ts did not run: the source documents were not found in ${CANDIDATES.join(" or ")}.`,
  );
}

/** Curly quotes and Markdown emphasis differ between copies of a text; compare without them. */
function normalise(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”„]/g, '"')
    .replaceAll("*", "")
    .replace(/[ \t\u00a0]+/g, " ");
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
    const next = anchors.findIndex((entry, j) => j > index && level(entry[0]) <= own);
    texts.set(section, text.slice(starts[index], next < 0 ? text.length : starts[next]));
  });
  return texts;
}

/** A footnote: the line that starts with its mark, after the parent section's start. */
function footnoteText(text: string, parentText: string | undefined, mark: string): string | undefined {
  if (parentText === undefined) return undefined;
  const start = text.indexOf(parentText);
  const match = new RegExp(`^<sup>${mark}</sup>.*$`, "m").exec(text.slice(start));
  return match?.[0];
}

/** Paragraphs: blocks separated by blank lines, the heading line left out. */
function paragraphs(sectionText: string): string[] {
  return sectionText
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(
      (block, index) => block !== "" && !(index === 0 && block.split("\n").length === 1 && block.length < 90),
    );
}

describe("section anchors (tests/fixtures/sectionAnchors.ts)", () => {
  it("register every section the seed cites, so the document check below covers all of them", () => {
    const seed = validateSeed(SEED_MODULES);
    const registered = new Set(
      DOCUMENT_IDS.flatMap((id) => SECTION_ANCHORS[id].map(([section]) => `${id} § ${section}`)),
    );
    const unregistered = new Set<string>();
    for (const fact of [...seed.nodes, ...seed.relationships]) {
      for (const source of [...fact.sources, ...(fact.dateSources ?? [])]) {
        if (source.document === "public") continue;
        const section = FOOTNOTE.exec(source.section)?.[1] ?? source.section;
        if (!registered.has(`${source.document} § ${section}`))
          unregistered.add(`${source.document} § ${section}`);
      }
    }
    expect([...unregistered]).toEqual([]);
  });

  it("keep every anchor to at most five words of the document", () => {
    for (const id of DOCUMENT_IDS) {
      for (const [section, anchor] of SECTION_ANCHORS[id]) {
        expect(anchor.replace(/^#+ /, "").split(/\s+/).length, section).toBeLessThanOrEqual(5);
      }
    }
  });
});

describe.skipIf(folder === undefined)("citations against the source documents (../shared/seeds)", () => {
  const texts = new Map<DocumentId, string>();
  const sections = new Map<DocumentId, Map<string, string>>();
  // A skipped describe still runs its body to collect tests: read only when the folder is there.
  for (const id of folder === undefined ? [] : DOCUMENT_IDS) {
    const text = normalise(readFileSync(resolve(folder ?? "", SOURCE_DOCUMENTS[id].fileName), "utf8"));
    texts.set(id, text);
    sections.set(id, sectionTexts(id, text));
  }

  /** The text a document source points at, or undefined when the section is not found. */
  function cited(source: Extract<SourceRef, { document: DocumentId }>): string | undefined {
    const own = sections.get(source.document);
    const footnote = FOOTNOTE.exec(source.section);
    const text = footnote
      ? footnoteText(texts.get(source.document) ?? "", own?.get(footnote[1] ?? ""), footnote[2] ?? "")
      : own?.get(source.section);
    if (text === undefined || source.paragraph === undefined) return text;
    return paragraphs(text)[source.paragraph - 1];
  }

  const seed = validateSeed(SEED_MODULES);
  const facts = [...seed.nodes, ...seed.relationships];
  const documentSources = (sources: readonly SourceRef[]) =>
    sources.filter((s): s is Extract<SourceRef, { document: DocumentId }> => s.document !== "public");

  it("finds every cited section (and paragraph) in its document", () => {
    const missing = new Set<string>();
    for (const fact of facts) {
      for (const source of documentSources([...fact.sources, ...(fact.dateSources ?? [])])) {
        if (cited(source) === undefined) {
          missing.add(
            `${source.document} § ${source.section}${source.paragraph ? ` ¶${source.paragraph}` : ""}`,
          );
        }
      }
    }
    expect([...missing]).toEqual([]);
  });

  it("finds every wording in a section its relationship cites", () => {
    const withWording = seed.relationships.filter((rel) => rel.wording !== undefined);
    expect(withWording.length).toBeGreaterThan(17);
    for (const rel of withWording) {
      const wording = normalise(rel.wording ?? "").toLowerCase();
      const found = documentSources(rel.sources).some((source) =>
        (cited(source) ?? "").toLowerCase().includes(wording),
      );
      expect(found, `${rel.id}: "${rel.wording}"`).toBe(true);
    }
  });

  it("would notice a wording the section does not hold (the check can fail)", () => {
    const sdg9 = seed.relationships.find((rel) => rel.id === "objective-3|CONTRIBUTES_TO|sdg-9");
    const section = cited(documentSources(sdg9?.sources ?? [])[0]!) ?? "";
    expect(section.toLowerCase()).toContain("in particular");
    expect(section.toLowerCase()).not.toContain("most directly");
  });
});
