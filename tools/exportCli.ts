/**
 * `npm run export -- [--format json|jsonld|turtle|graphml|gexf] [FILE]`: writes the whole graph to
 * FILE. `json` (the default, graph-export.json) is the file `npm run import` reads back; the others
 * are the open formats of docs/linked-data.md (default file graph-export.<ext>), with entity
 * addresses under PUBLIC_BASE_URL, or under the address `npm start` serves when it is unset.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { FORMAT_INFO, isOpenFormat, OPEN_FORMATS, writeGraph } from "#model/linkedData/formats.ts";
import { linkedGraphOf } from "#model/linkedData/graph.ts";
import { loadConfig } from "#platform/config.ts";
import { exportGraph } from "./graphFile/exportGraph.ts";
import { parseToolArgs, runTool, UsageError, withDatabase } from "./runTool.ts";

const FORMATS = ["json", ...OPEN_FORMATS] as const;
const USAGE = `Usage: npm run export -- [--format ${FORMATS.join("|")}] [FILE]`;

runTool(async () => {
  const { positionals, values } = parseToolArgs(
    process.argv.slice(2),
    { format: { type: "string", default: "json" } },
    USAGE,
  );
  if (positionals.length > 1) throw new UsageError(USAGE);
  const format = values.format ?? "json";
  if (format !== "json" && !isOpenFormat(format))
    throw new UsageError(`Unknown format "${format}".\n${USAGE}`);
  const extension = format === "json" ? "json" : FORMAT_INFO[format].extension;
  const target = resolve(positionals[0] ?? `graph-export.${extension}`);
  const file = await withDatabase((database) => exportGraph(database.driver, database.database));
  if (format === "json") {
    writeFileSync(target, `${JSON.stringify(file, null, 2)}\n`);
  } else {
    const config = loadConfig();
    // A wildcard listen address (Docker's 0.0.0.0) is no address to link to; the machine's own name is.
    const host = config.HOST === "0.0.0.0" || config.HOST === "::" ? "localhost" : config.HOST;
    const base = config.PUBLIC_BASE_URL ?? `http://${host}:${config.PORT}`;
    writeFileSync(target, writeGraph(linkedGraphOf(file), format, base));
  }
  process.stderr.write(
    `Exported ${file.nodes.length} nodes and ${file.relationships.length} relationships to ${target}.\n`,
  );
});
