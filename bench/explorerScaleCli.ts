/**
 * Prints the explorer-at-scale Markdown section:
 * `npx tsx bench/explorerScaleCli.ts [coseTimeoutSeconds] [--layouts a,b] [--renderers canvas,webgl] [--runs n]`
 * e.g. `npx tsx bench/explorerScaleCli.ts --layouts preset-large --renderers canvas --runs 5`.
 */
import { parseArgs } from "node:util";
import {
  explorerScaleSection,
  LAYOUTS,
  type LayoutName,
  RENDERERS,
  type RendererName,
} from "./explorerScale.ts";

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function listOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
): T[] | undefined {
  if (value === undefined) return undefined;
  const names = value.split(",").filter(Boolean);
  const known = names.filter((name): name is T => (allowed as readonly string[]).includes(name));
  if (known.length !== names.length || known.length === 0)
    fail(`--${flag} takes a comma-separated list of ${allowed.join(", ")}; got ${value}`);
  return known;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { layouts: { type: "string" }, renderers: { type: "string" }, runs: { type: "string" } },
});
const seconds = Number(positionals[0] ?? 120);
if (!Number.isFinite(seconds) || seconds < 1 || seconds > 600)
  fail(`the layout timeout must be 1–600 seconds, got ${positionals[0]}`);
const runs = Number(values.runs ?? 1);
if (!Number.isInteger(runs) || runs < 1 || runs > 50) fail(`--runs must be 1–50, got ${values.runs}`);
const layouts: LayoutName[] | undefined = listOf("layouts", values.layouts, LAYOUTS);
const renderers: RendererName[] | undefined = listOf("renderers", values.renderers, RENDERERS);
process.stdout.write(
  await explorerScaleSection({ layoutTimeoutMs: seconds * 1000, runs, layouts, renderers }),
);
