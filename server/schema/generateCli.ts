/**
 * `npm run schema:generate`: rewrites server/schema/graph.graphql from the seed. With `--check`
 * (`npm run lint:generated`, part of `npm run lint`) it writes nothing and fails when the file
 * differs from what the seed generates, so a seed change cannot ship with a stale schema.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { SEED_MODULES } from "#seed/modules.ts";
import { validateSeed } from "#seed/validate.ts";
import { generateGraphSdl } from "./generateGraphSdl.ts";

const file = join(import.meta.dirname, "graph.graphql");
const sdl = generateGraphSdl(validateSeed(SEED_MODULES));
if (process.argv.includes("--check")) {
  if (readFileSync(file, "utf8") !== sdl) {
    process.stderr.write(
      `${relative(process.cwd(), file)} is not what the seed generates; run npm run schema:generate\n`,
    );
    process.exit(1);
  }
} else {
  writeFileSync(file, sdl);
  process.stderr.write(`Wrote ${file}\n`);
}
