/**
 * `npm run anchors`: keeps the anchor files (seed/anchors/*.json) true to the documents.
 *
 *   npm run anchors                          write each quote's paragraph number, computed from the
 *                                            documents; fail naming every quote a section lacks
 *   npm run anchors -- --show DOC "SECTION"  print a section's paragraphs, numbered as the seed counts
 *   npm run anchors -- --missing [MODULE]    list citations that have no quote yet
 *   npm run anchors -- --suggest MODULE      add an anchor for each unanchored node citation whose
 *                                            section holds the node's name or an alias (≤ 5 words);
 *                                            review every one: a name is not always the fact
 *
 * The documents are read from ../shared/seeds (or SOURCE_DOCUMENTS_DIR): development tooling,
 * never the product.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { SeedModule } from "#model/model.ts";
import { DOCUMENT_IDS, type DocumentId } from "#model/sources.ts";
import { ANCHOR_FILES, type AnchorShard, anchorProblems, anchorShardOf, factKey } from "#seed/anchors.ts";
import { UNANCHORED_MODULES } from "#seed/modules.ts";
import { parseToolArgs, runTool, UsageError } from "./runTool.ts";
import {
  findSourceFolder,
  paragraphsHolding,
  readSourceTexts,
  type SourceTexts,
} from "./sourceText/documentText.ts";

const USAGE = 'Usage: npm run anchors -- [--show DOC "SECTION" | --missing [MODULE] | --suggest MODULE]';
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function moduleNamed(name: string): SeedModule {
  const wanted = name.startsWith("seed/") ? name : `seed/${name.replace(/\.ts$/, "")}.ts`;
  const found = UNANCHORED_MODULES.find((seedModule) => seedModule.module === wanted);
  if (found === undefined) throw new UsageError(`No seed module "${name}".\n${USAGE}`);
  return found;
}

/** The anchor file as it is on disk now (not as imported at start), so edits are seen at once. */
function readShard(module: string): AnchorShard {
  const file = ANCHOR_FILES[module]?.file;
  if (file === undefined) throw new Error(`${module} has no anchor file`);
  return anchorShardOf(module, JSON.parse(readFileSync(resolve(root, file), "utf8")));
}

function writeShard(module: string, shard: AnchorShard): void {
  const file = ANCHOR_FILES[module]?.file;
  if (file === undefined) throw new Error(`${module} has no anchor file`);
  writeFileSync(resolve(root, file), `${JSON.stringify(shard, null, 2)}\n`);
}

/** Writes every anchor's paragraph; returns the anchors whose quote the section does not hold. */
function numberParagraphs(texts: SourceTexts): string[] {
  const misses: string[] = [];
  for (const seedModule of UNANCHORED_MODULES) {
    const shard = readShard(seedModule.module);
    for (const [key, anchors] of Object.entries(shard)) {
      for (const anchor of anchors) {
        const holding = paragraphsHolding(texts, anchor.document, anchor.section, anchor.quote);
        if (holding.length === 0) {
          misses.push(
            `${seedModule.module}: "${key}": "${anchor.quote}" is not in ${anchor.document} § ${anchor.section}`,
          );
          continue;
        }
        // Keep a paragraph chosen among several that hold the words; otherwise take the first.
        if (anchor.paragraph === undefined || !holding.includes(anchor.paragraph))
          anchor.paragraph = holding[0];
      }
    }
    writeShard(seedModule.module, shard);
  }
  return misses;
}

function show(texts: SourceTexts, document: string, section: string): void {
  if (!(DOCUMENT_IDS as readonly string[]).includes(document))
    throw new UsageError(`Unknown document "${document}".`);
  const paragraphs = texts.paragraphs(document as DocumentId, section);
  if (paragraphs === undefined) throw new UsageError(`No section "${section}" registered for ${document}.`);
  paragraphs.forEach((paragraph, index) => {
    process.stdout.write(`¶${index + 1}  ${paragraph.replace(/\n/g, "\n     ")}\n\n`);
  });
}

function suggest(texts: SourceTexts, seedModule: SeedModule): number {
  const shard = readShard(seedModule.module);
  let added = 0;
  for (const node of seedModule.nodes) {
    const key = factKey(node);
    const names = [node.name, node.nameNo, ...(node.aliases ?? [])].filter(
      (name): name is string => name !== undefined && name.trim().split(/\s+/).length <= 5,
    );
    for (const source of [...node.sources, ...(node.dateSources ?? [])]) {
      if (source.document === "public") continue;
      const existing = shard[key] ?? [];
      if (existing.some((anchor) => anchor.document === source.document && anchor.section === source.section))
        continue;
      for (const name of names) {
        const holding = paragraphsHolding(texts, source.document, source.section, name);
        const first = holding[0];
        if (first === undefined) continue;
        shard[key] = [
          ...existing,
          { document: source.document, section: source.section, quote: name, paragraph: first },
        ];
        added += 1;
        break;
      }
    }
  }
  writeShard(seedModule.module, shard);
  return added;
}

runTool(async () => {
  const { values, positionals } = parseToolArgs(
    process.argv.slice(2),
    { show: { type: "boolean" }, missing: { type: "boolean" }, suggest: { type: "boolean" } },
    USAGE,
  );
  const missing = values.missing === true;
  if (missing) {
    const modules = positionals[0] ? [moduleNamed(positionals[0])] : UNANCHORED_MODULES;
    const problems = modules.flatMap((seedModule) =>
      anchorProblems(seedModule, readShard(seedModule.module)),
    );
    process.stdout.write(
      problems.length === 0
        ? "Every citation has its anchor.\n"
        : `${problems.join("\n")}\n${problems.length} problems\n`,
    );
    return;
  }
  const folder = findSourceFolder(root);
  if (folder === undefined)
    throw new Error("The source documents were not found (../shared/seeds or SOURCE_DOCUMENTS_DIR).");
  const texts = readSourceTexts(folder);
  if (values.show) {
    if (positionals.length !== 2) throw new UsageError(USAGE);
    show(texts, positionals[0] ?? "", positionals[1] ?? "");
    return;
  }
  if (values.suggest) {
    if (positionals.length !== 1) throw new UsageError(USAGE);
    const added = suggest(texts, moduleNamed(positionals[0] ?? ""));
    process.stdout.write(`Added ${added} name anchors; review each before committing.\n`);
    return;
  }
  if (positionals.length > 0) throw new UsageError(USAGE);
  const misses = numberParagraphs(texts);
  if (misses.length > 0) throw new Error(`${misses.length} quotes not found:\n${misses.join("\n")}`);
  process.stdout.write("Every anchor's paragraph is written.\n");
});
