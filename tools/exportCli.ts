/** `npm run export [FILE]`: writes the whole graph to FILE (default graph-export.json). */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadConfig } from "#platform/config.ts";
import { connectDatabase } from "#platform/neo4j/database.ts";
import { exportGraph } from "./graphFile/exportGraph.ts";

async function main(): Promise<void> {
  const target = resolve(process.argv[2] ?? "graph-export.json");
  const config = loadConfig();
  const database = await connectDatabase(config);
  try {
    const file = await exportGraph(database.driver, database.database);
    writeFileSync(target, `${JSON.stringify(file, null, 2)}\n`);
    process.stderr.write(
      `Exported ${file.nodes.length} nodes and ${file.relationships.length} relationships to ${target}.\n`,
    );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
