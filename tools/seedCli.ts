/** `npm run seed`: validate the seed and (re)write it to the configured Neo4j, atomically. */
import { loadConfig } from "#platform/config.ts";
import { connectDatabase } from "#platform/neo4j/database.ts";
import { SEED_MODULES } from "#seed/modules.ts";
import { seedDatabase } from "#seed/seedDatabase.ts";
import { SeedValidationError, validateSeed } from "#seed/validate.ts";

async function main(): Promise<void> {
  // Fail on bad data before starting anything.
  validateSeed(SEED_MODULES);
  const config = loadConfig();
  const database = await connectDatabase(config);
  try {
    const { counts } = await seedDatabase(database.driver, database.database, SEED_MODULES, "always");
    process.stderr.write(`Seeded: ${counts.nodes} nodes, ${counts.relationships} relationships.\n`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof SeedValidationError ? error.message : `Error: ${(error as Error).message}`}\n`,
  );
  process.exit(1);
});
