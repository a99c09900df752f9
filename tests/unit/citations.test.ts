/**
 * Every citation of the five documents is anchored: its quote (the document's own words, at most
 * five) stands in the cited section, in the paragraph the seed names; every `wording` occurs in a
 * section its relationship cites. The documents live outside the repository, in ../shared/seeds
 * (present in CI and the workspace); where they are absent the document checks say so and do not
 * run. The product itself never reads them.
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { SourceRef } from "#model/model.ts";
import { DOCUMENT_IDS, type DocumentId } from "#model/sources.ts";
import { anchorProblems } from "#seed/anchors.ts";
import { FACTSHEET } from "#seed/documentSections.ts";
import { SEED_MODULES, UNANCHORED_MODULES } from "#seed/modules.ts";
import { validateSeed } from "#seed/validate.ts";
import {
  findSourceFolder,
  paragraphsHolding,
  readSourceTexts,
  searchable,
} from "#tools/sourceText/documentText.ts";
import { SECTION_ANCHORS } from "#tools/sourceText/sectionAnchors.ts";

const folder = findSourceFolder(resolve(dirname(fileURLToPath(import.meta.url)), "../.."));
if (folder === undefined) {
  console.warn("citations.test.ts: the source documents were not found; the document checks did not run.");
}

const FOOTNOTE = /^(.*), footnote (\d+)$/;
type DocumentRef = Extract<SourceRef, { document: DocumentId }>;
const documentSources = (sources: readonly SourceRef[]) =>
  sources.filter((source): source is DocumentRef => source.document !== "public");

const seed = validateSeed(SEED_MODULES);
const facts = [...seed.nodes, ...seed.relationships];
const keyOf = (fact: (typeof facts)[number]) =>
  "from" in fact ? `${fact.from}|${fact.type}|${fact.to}` : fact.id;

describe("section anchors (tools/sourceText/sectionAnchors.ts)", () => {
  it("register every section the seed cites, so the document checks below cover all of them", () => {
    const registered = new Set(
      DOCUMENT_IDS.flatMap((id) => SECTION_ANCHORS[id].map(([section]) => `${id} § ${section}`)),
    );
    const unregistered = new Set<string>();
    for (const fact of facts) {
      for (const source of documentSources([...fact.sources, ...(fact.dateSources ?? [])])) {
        const section = FOOTNOTE.exec(source.section)?.[1] ?? source.section;
        if (!registered.has(`${source.document} § ${section}`))
          unregistered.add(`${source.document} § ${section}`);
      }
    }
    expect([...unregistered]).toEqual([]);
  });

  it("keep every section anchor to at most five words of the document", () => {
    for (const id of DOCUMENT_IDS) {
      for (const [section, anchor] of SECTION_ANCHORS[id]) {
        expect(anchor.replace(/^#+ /, "").split(/\s+/).length, section).toBeLessThanOrEqual(5);
      }
    }
  });
});

describe("anchor files (seed/anchors/*.json)", () => {
  it.each(UNANCHORED_MODULES.map((seedModule) => [seedModule.module, seedModule] as const))(
    "give every citation of a document in %s a quote, and no anchor to a fact or section it does not cite",
    (_name, seedModule) => {
      expect(anchorProblems(seedModule)).toEqual([]);
    },
  );

  it("notice a citation without a quote and an anchor to a section the fact does not cite", () => {
    const probe = {
      module: "seed/probe.ts",
      nodes: [
        {
          id: "probe",
          label: "Topic" as const,
          name: "Probe",
          description: "A probe.",
          sources: [{ document: "strategy" as const, section: "Summary" }],
        },
      ],
      relationships: [],
    };
    expect(anchorProblems(probe, {})).toEqual([
      expect.stringContaining('"probe" cites strategy § Summary without a quote'),
    ]);
    expect(
      anchorProblems(probe, { probe: [{ document: "strategy", section: "Foreword", quote: "health" }] }),
    ).toEqual([
      expect.stringContaining("has an anchor in strategy § Foreword, which it does not cite"),
      expect.stringContaining("without a quote"),
    ]);
  });
});

describe.skipIf(folder === undefined)("citations against the source documents (../shared/seeds)", () => {
  // A skipped describe still runs its body to collect tests: read only when the folder is there.
  const texts = folder === undefined ? undefined : readSourceTexts(folder);

  it("finds every cited section in its document", () => {
    const missing = new Set<string>();
    for (const fact of facts) {
      for (const source of documentSources([...fact.sources, ...(fact.dateSources ?? [])])) {
        if (texts?.section(source.document, source.section) === undefined) {
          missing.add(`${source.document} § ${source.section}`);
        }
      }
    }
    expect([...missing]).toEqual([]);
  });

  it("finds every quote in the cited paragraph, whose number is the one the anchors tool computes", () => {
    const wrong: string[] = [];
    for (const fact of facts) {
      for (const source of documentSources([...fact.sources, ...(fact.dateSources ?? [])])) {
        if (source.quote === undefined || texts === undefined) continue;
        const holding = paragraphsHolding(texts, source.document, source.section, source.quote);
        if (source.paragraph === undefined || !holding.includes(source.paragraph)) {
          wrong.push(
            `${keyOf(fact)}: "${source.quote}" in ${source.document} § ${source.section} ¶${source.paragraph ?? "?"} (found in ¶${holding.join(", ¶") || " none"}; run npm run anchors)`,
          );
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("would notice a quote its paragraph does not hold (the check can fail)", () => {
    if (texts === undefined) return;
    expect(paragraphsHolding(texts, "strategy", "Summary", "in particular")).toEqual([]);
    const objective3 = texts.paragraphs(
      "strategy",
      "Strategic objectives — The UN's Sustainable Development Goals",
    );
    expect(objective3?.some((paragraph) => searchable(paragraph).includes("in particular"))).toBe(true);
  });

  it("reads the factsheet's footnotes, marked with superscript digits, without taking ¹ for ¹²", () => {
    if (texts === undefined) return;
    expect(texts.section("factsheet", FACTSHEET.fnCancerLaws)).toContain("kreftregisteret.no");
    expect(texts.section("factsheet", FACTSHEET.fnStrategyPage)).toContain("Nasional e-helsestrategi");
    // Footnote 1 stands before the strategy answer, so a search from there must not stop at ¹².
    expect(texts.section("factsheet", `${FACTSHEET.stratNational}, footnote 1`)).toBeUndefined();
  });

  it("finds every wording in a section its relationship cites", () => {
    const withWording = seed.relationships.filter((rel) => rel.wording !== undefined);
    expect(withWording.length).toBeGreaterThan(17);
    for (const rel of withWording) {
      const wording = searchable(rel.wording ?? "");
      const found = documentSources(rel.sources).some((source) =>
        searchable(texts?.section(source.document, source.section) ?? "").includes(wording),
      );
      expect(found, `${rel.id}: "${rel.wording}"`).toBe(true);
    }
  });
});
