/**
 * `npm run import -- FILE [--replace]`: loads a graph export into an empty database, in one
 * transaction. The file is validated before connecting, so a bad file writes nothing.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseGraphFile } from "./graphFile/graphFile.ts";
import { importGraph } from "./graphFile/importGraph.ts";
import { parseToolArgs, runTool, UsageError, withDatabase } from "./runTool.ts";

const USAGE = "Usage: npm run import -- FILE [--replace]";

runTool(async () => {
  const { values, positionals } = parseToolArgs(
    process.argv.slice(2),
    { replace: { type: "boolean", default: false } },
    USAGE,
  );
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new UsageError(USAGE);
  const path = resolve(file);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new Error(
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  const graph = parseGraphFile(text, path);
  const replace = values.replace === true;
  const counts = await withDatabase((database) =>
    importGraph(database.driver, database.database, graph, { replace }),
  );
  process.stderr.write(
    `Imported ${counts.nodes} nodes and ${counts.relationships} relationships from ${path}${replace ? " (replacing the old graph)" : ""}.\n`,
  );
});
