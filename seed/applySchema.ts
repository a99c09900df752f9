/** Applies cypher/schema.cypher (constraints and indexes); idempotent, run at every start. */
import type { Driver } from "neo4j-driver";
import { cypherStatements } from "#cypher/cypherFile.ts";

/** The names schema.cypher gives its constraints and indexes (each has an index of that name). */
export function schemaNames(): string[] {
  return cypherStatements("schema").flatMap((statement) => {
    const named = /^CREATE\s+(?:CONSTRAINT|(?:\w+\s+)?INDEX)\s+(\w+)\s+IF NOT EXISTS/i.exec(statement);
    return named?.[1] ? [named[1]] : [];
  });
}

/**
 * Whether every constraint and index of schema.cypher is there and online, in one read: on a
 * second start this replaces the four schema round trips (each a schema transaction).
 */
export async function schemaIsOnline(driver: Driver, database: string): Promise<boolean> {
  const names = schemaNames();
  const { records } = await driver.executeQuery(
    "SHOW INDEXES YIELD name, state WHERE name IN $names AND state = 'ONLINE' RETURN count(*) AS online",
    { names },
    { database, routing: "READ" },
  );
  return Number(records[0]?.get("online") ?? 0) === names.length;
}

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
