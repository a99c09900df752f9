/** `npm run schema:generate`: rewrites server/schema/graph.graphql from the seed. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { SEED_MODULES } from "#seed/modules.ts";
import { validateSeed } from "#seed/validate.ts";
import { generateGraphSdl } from "./generateGraphSdl.ts";

const file = join(import.meta.dirname, "graph.graphql");
writeFileSync(file, generateGraphSdl(validateSeed(SEED_MODULES)));
process.stderr.write(`Wrote ${file}\n`);
