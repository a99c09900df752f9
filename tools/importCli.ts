/**
 * `npm run import FILE [--replace]`: loads a graph export into an empty database, in one
 * transaction. The file is validated before connecting, so a bad file writes nothing.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadConfig } from "#platform/config.ts";
import { connectDatabase } from "#platform/neo4j/database.ts";
import { parseGraphFile } from "./graphFile/graphFile.ts";
import { importGraph } from "./graphFile/importGraph.ts";

const USAGE = "Usage: npm run import -- FILE [--replace]";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const replace = args.includes("--replace");
  const unknown = args.filter((arg) => arg.startsWith("--") && arg !== "--replace");
  const files = args.filter((arg) => !arg.startsWith("--"));
  if (unknown.length > 0 || files.length !== 1 || files[0] === undefined)
    throw new Error(unknown.length > 0 ? `unknown option ${unknown[0]}\n${USAGE}` : USAGE);
  const path = resolve(files[0]);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new Error(
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  const file = parseGraphFile(text, path);
  const config = loadConfig();
  const database = await connectDatabase(config);
  try {
    const counts = await importGraph(database.driver, database.database, file, { replace });
    process.stderr.write(
      `Imported ${counts.nodes} nodes and ${counts.relationships} relationships from ${path}${replace ? " (replacing the old graph)" : ""}.\n`,
    );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
