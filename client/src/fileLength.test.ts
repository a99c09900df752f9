/**
 * No file of the explorer's own source over 300 lines: a file that long has usually
 * started to own more than one thing. Generated code (src/generated) is not ours to split.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = import.meta.dirname;
const MAX_LINES = 300;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(path);
    return /\.(ts|css)$/.test(entry.name) ? [path] : [];
  });
}

/** As `wc -l` counts: a final newline ends the last line, it does not start another. */
function lineCount(text: string): number {
  return text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
}

describe("client/src", () => {
  it(`has no file over ${MAX_LINES} lines`, () => {
    const files = sourceFiles(ROOT);
    expect(files.length).toBeGreaterThan(20);
    const long = files
      .map((file) => ({ file: relative(ROOT, file), lines: lineCount(readFileSync(file, "utf8")) }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(long).toEqual([]);
  });
});
