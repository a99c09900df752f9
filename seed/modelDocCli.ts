/** `npm run docs:model`: rewrites docs/model.md from the seed. */
import { writeFileSync } from "node:fs";
import { modelDoc } from "./modelDoc.ts";
import { SEED_MODULES } from "./modules.ts";
import { validateSeed } from "./validate.ts";

writeFileSync("docs/model.md", modelDoc(validateSeed(SEED_MODULES)));
process.stderr.write("Wrote docs/model.md\n");
