/**
 * Loads a large synthetic graph in batches. seed/load.ts
 * writes the whole seed in ONE transaction (readers never see half a seed), which at 100× the
 * seed (22k nodes, 40k relationships) runs past that timeout on a small machine; a benchmark
 * database has no readers while it loads, so here the real seed goes in through seedDatabase
 * and each batch of synthetic countries in a transaction of its own. The rows come from
 * seed/load.ts's own row builders, so they are shaped exactly as a seed's.
 */
import type { Driver } from "neo4j-driver";
import { cypherFile } from "#cypher/cypherFile.ts";
import { NODE_LABELS, type SeedModule } from "#model/model.ts";
import { nodeRows, relationshipRows } from "#seed/load.ts";
import { SEED_MODULES } from "#seed/modules.ts";
import { seedDatabase } from "#seed/seedDatabase.ts";
import { validateSeed } from "#seed/validate.ts";

const COUNTRIES_PER_TRANSACTION = 5;

/**
 * Replaces the database's graph with `modules` (the real seed first, then synthetic ones):
 * validated as a whole, the real seed loaded (removing everything else), then the rest in
 * batches. Returns the counts.
 */
export async function loadInBatches(
  driver: Driver,
  database: string,
  modules: readonly SeedModule[],
): Promise<{ nodes: number; relationships: number }> {
  const all = validateSeed(modules);
  const synthetic = modules.slice(SEED_MODULES.length);
  await seedDatabase(driver, database, SEED_MODULES, "always");
  const realIds = new Set(validateSeed(SEED_MODULES).nodes.map((node) => node.id));
  for (let i = 0; i < synthetic.length; i += COUNTRIES_PER_TRANSACTION) {
    const batch = validateSeed([...SEED_MODULES, ...synthetic.slice(i, i + COUNTRIES_PER_TRANSACTION)]);
    const nodes = batch.nodes.filter((node) => !realIds.has(node.id));
    const relationships = batch.relationships.filter((rel) => !realIds.has(rel.from));
    const session = driver.session({ database, defaultAccessMode: "WRITE" });
    try {
      await session.executeWrite(async (tx) => {
        await tx.run(cypherFile("seed/upsertNodes"), {
          nodes: nodeRows(nodes),
          typeLabels: [...NODE_LABELS],
        });
        await tx.run(cypherFile("seed/upsertRelationships"), {
          relationships: relationshipRows(relationships),
        });
      });
    } finally {
      await session.close();
    }
  }
  return { nodes: all.nodes.length, relationships: all.relationships.length };
}
