/**
 * Reads a saved Cypher statement from this folder (cached), as written: queries live in .cypher
 * files so that they can be read on their own. A file that tests a date says `@inForce(x)`;
 * composedCypher.ts expands it into what is sent.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const CYPHER_DIR = dirname(fileURLToPath(import.meta.url));
const cache = new Map<string, string>();

/** `name` is relative to cypher/, without the extension: "seed/upsertNodes". */
export function cypherFile(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(CYPHER_DIR, `${name}.cypher`), "utf8");
    cache.set(name, text);
  }
  return text;
}

/** Splits a file of several statements (schema.cypher) at semicolons that end a line. */
export function cypherStatements(name: string): string[] {
  return cypherFile(name)
    .split(/;\s*$/m)
    .map((statement) =>
      statement
        .split("\n")
        .filter((line) => !line.trim().startsWith("//"))
        .join("\n")
        .trim(),
    )
    .filter((statement) => statement.length > 0);
}
