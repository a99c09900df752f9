/**
 * What every admin command line shares: flags parsed by `node:util` parseArgs (an unknown flag
 * or a missing argument is a usage error, exit 2), errors printed as one `Error:` line (exit 1),
 * and the database reached the way tools should reach it: NEO4J_URI if set, else the local Neo4j
 * that `npm start` already runs, else a local one started for the command.
 */
import { type ParseArgsConfig, parseArgs } from "node:util";
import { loadConfig } from "#platform/config.ts";
import { connectDatabase, type Database } from "#platform/neo4j/database.ts";

export class UsageError extends Error {
  override readonly name = "UsageError";
}

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Parses argv; any parse failure becomes a UsageError that carries the usage line. */
export function parseToolArgs<T extends Options>(argv: readonly string[], options: T, usage: string) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${usage}`);
  }
}

export async function withDatabase<T>(work: (database: Database) => Promise<T>): Promise<T> {
  const database = await connectDatabase(loadConfig(), undefined, { reuseRunningLocal: true });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

/** Runs a tool's main, turning failures into one readable line and an exit code. */
export function runTool(
  main: () => Promise<void>,
  describe: (error: unknown) => string | undefined = () => undefined,
): void {
  main().catch((error: unknown) => {
    const message = describe(error) ?? `Error: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`${message}\n`);
    process.exit(error instanceof UsageError ? 2 : 1);
  });
}
