/** `npm run export -- [FILE]`: writes the whole graph to FILE (default graph-export.json). */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { exportGraph } from "./graphFile/exportGraph.ts";
import { parseToolArgs, runTool, UsageError, withDatabase } from "./runTool.ts";

const USAGE = "Usage: npm run export -- [FILE]";

runTool(async () => {
  const { positionals } = parseToolArgs(process.argv.slice(2), {}, USAGE);
  if (positionals.length > 1) throw new UsageError(USAGE);
  const target = resolve(positionals[0] ?? "graph-export.json");
  const file = await withDatabase((database) => exportGraph(database.driver, database.database));
  writeFileSync(target, `${JSON.stringify(file, null, 2)}\n`);
  process.stderr.write(
    `Exported ${file.nodes.length} nodes and ${file.relationships.length} relationships to ${target}.\n`,
  );
});
