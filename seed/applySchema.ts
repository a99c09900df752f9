/** Applies cypher/schema.cypher (constraints and indexes); idempotent, run at every start. */
import type { Driver } from "neo4j-driver";
import { cypherStatements } from "#cypher/cypherFile.ts";

export async function applySchema(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: "WRITE" });
  try {
    // Schema statements cannot share a transaction with each other or with data writes.
    for (const statement of cypherStatements("schema")) await session.run(statement);
    await session.run("CALL db.awaitIndexes(60)");
  } finally {
    await session.close();
  }
}
