/** Brings a database to the seed: schema first, then the data (if empty, or always). */
import type { Driver } from "neo4j-driver";
import type { SeedModule } from "#model/model.ts";
import { retryWhileUnreachable } from "#platform/neo4j/retryWhileUnreachable.ts";
import { applySchema, schemaIsOnline } from "./applySchema.ts";
import { CORRECTIONS } from "./corrections.ts";
import { loadSeed, type SeedCounts, type SeedEdition } from "./load.ts";
import { DATA_RELEASES } from "./release.ts";
import { correctionProblems, SeedValidationError, validateSeed } from "./validate.ts";

/** The releases and the correction log that ship with this version of the seed. */
export const SEED_EDITION: SeedEdition = { releases: DATA_RELEASES, corrections: CORRECTIONS };

export type SeedMode = "if-empty" | "always" | "never";

/**
 * How long the first reads may wait for a busy Neo4j to hand out connections. Only those reads
 * (and the idempotent schema step) are retried: a load that failed half-way is not, because
 * "if-empty" would then take the half-loaded graph for a seeded one.
 */
const FIRST_READS_BUDGET_MS = 30_000;

export async function countEntities(driver: Driver, database: string): Promise<SeedCounts> {
  const { records } = await driver.executeQuery(
    "CALL () { MATCH (n:Entity) RETURN count(n) AS nodes } CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships } RETURN nodes, relationships",
    {},
    { database, routing: "READ" },
  );
  const record = records[0];
  return {
    nodes: Number(record?.get("nodes") ?? 0),
    relationships: Number(record?.get("relationships") ?? 0),
  };
}

export async function seedDatabase(
  driver: Driver,
  database: string,
  modules: readonly SeedModule[],
  mode: SeedMode,
  edition: SeedEdition = SEED_EDITION,
): Promise<{ seeded: boolean; counts: SeedCounts }> {
  // Validate before touching the database: invalid data must change nothing.
  const seed = validateSeed(modules);
  const problems = correctionProblems(seed, edition.corrections);
  if (problems.length > 0) throw new SeedValidationError(problems);
  // Both reads at once (one round trip's wait): a second start then needs nothing else.
  const [schemaOnline, before] = await retryWhileUnreachable(
    () => Promise.all([schemaIsOnline(driver, database), countEntities(driver, database)]),
    { timeoutMs: FIRST_READS_BUDGET_MS },
  );
  if (!schemaOnline)
    await retryWhileUnreachable(() => applySchema(driver, database), { timeoutMs: FIRST_READS_BUDGET_MS });
  if (mode === "never" || (mode === "if-empty" && before.nodes > 0)) return { seeded: false, counts: before };
  const counts = await loadSeed(driver, database, seed, { empty: before.nodes === 0, edition });
  return { seeded: true, counts };
}
