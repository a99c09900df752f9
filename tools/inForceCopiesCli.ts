/**
 * `npm run lint:inforce` (part of `npm run lint`): fails naming each place outside
 * cypher/inForce.ts that writes the in-force predicate by hand (tools/inForceCopies.ts), in the
 * saved .cypher files and in the TypeScript that could build Cypher (cypher/, server/, model/, seed/,
 * tools/). Tests are left out: they may quote the composed Cypher they check.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { inForceCopies } from "./inForceCopies.ts";

const ROOT = resolve(fileURLToPath(import.meta.url), "../..");
const FOLDERS = ["cypher", "server", "model", "seed", "tools"];
/** The definition itself. */
const DEFINITION = "cypher/inForce.ts";

function* sourceFiles(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && entry.name !== "target") yield* sourceFiles(path);
    } else if (/\.(cypher|ts)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) {
      yield path;
    }
  }
}

const copies = FOLDERS.flatMap((folder) => [...sourceFiles(join(ROOT, folder))])
  .map((path) => relative(ROOT, path))
  .filter((file) => file !== DEFINITION)
  .flatMap((file) => inForceCopies(file, readFileSync(join(ROOT, file), "utf8")));

if (copies.length > 0) {
  for (const copy of copies) console.error(`${copy.file}:${copy.line}: ${copy.text}`);
  console.error(
    `The in-force predicate is written out ${copies.length} time(s) above; say @inForce(x) instead (cypher/inForce.ts).`,
  );
  process.exit(1);
}
