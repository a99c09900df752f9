/** `npm run seed`: validate the seed and (re)write it to the configured Neo4j, atomically. */
import { SEED_MODULES } from "#seed/modules.ts";
import { seedDatabase } from "#seed/seedDatabase.ts";
import { SeedValidationError, validateSeed } from "#seed/validate.ts";
import { parseToolArgs, runTool, UsageError, withDatabase } from "./runTool.ts";

const USAGE = "Usage: npm run seed";

runTool(
  async () => {
    const { positionals } = parseToolArgs(process.argv.slice(2), {}, USAGE);
    if (positionals.length > 0) throw new UsageError(USAGE);
    // Fail on bad data before starting anything.
    validateSeed(SEED_MODULES);
    const { counts } = await withDatabase((database) =>
      seedDatabase(database.driver, database.database, SEED_MODULES, "always"),
    );
    process.stderr.write(`Seeded: ${counts.nodes} nodes, ${counts.relationships} relationships.\n`);
  },
  (error) => (error instanceof SeedValidationError ? error.message : undefined),
);
