/**
 * `npm run docs:model`: rewrites docs/model.md from the seed. With `--check` (`npm run
 * lint:generated`, part of `npm run lint`) it writes nothing and fails when the file differs from
 * what the seed generates, so a seed change cannot ship with a stale model page.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { modelDoc } from "./modelDoc.ts";
import { SEED_MODULES } from "./modules.ts";
import { validateSeed } from "./validate.ts";

const file = "docs/model.md";
const doc = modelDoc(validateSeed(SEED_MODULES));
if (process.argv.includes("--check")) {
  if (readFileSync(file, "utf8") !== doc) {
    process.stderr.write(`${file} is not what the seed generates; run npm run docs:model\n`);
    process.exit(1);
  }
} else {
  writeFileSync(file, doc);
  process.stderr.write(`Wrote ${file}\n`);
}
