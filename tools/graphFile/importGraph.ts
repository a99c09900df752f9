/**
 * Loads an export file into a database: validated whole first (graphFile.ts), then written in
 * ONE transaction, so a bad file or a failure half-way leaves the database as it was. Only an
 * empty database is accepted unless `replace` is set, which deletes the old graph in that same
 * transaction.
 */
import { type Driver, int } from "neo4j-driver";
import { cypherFile } from "#cypher/cypherFile.ts";
import { applySchema } from "#seed/applySchema.ts";
import { type ExportedNode, type ExportedRelationship, validateGraphFile } from "./graphFile.ts";

export class DatabaseNotEmptyError extends Error {
  override readonly name = "DatabaseNotEmptyError";
}

export interface ImportOptions {
  /** Delete whatever the database holds first (same transaction as the import). */
  readonly replace?: boolean;
}

export interface ImportCounts {
  readonly nodes: number;
  readonly relationships: number;
}

/** JSON numbers travel as Cypher FLOATs; the properties the export marked as integers go as INTEGERs. */
function driverProperties(element: ExportedNode | ExportedRelationship): Record<string, unknown> {
  const integers = new Set(element.integerProperties ?? []);
  return Object.fromEntries(
    Object.entries(element.properties).map(([key, value]) => {
      if (!integers.has(key)) return [key, value];
      return [key, Array.isArray(value) ? value.map((v) => int(v as number)) : int(value as number)];
    }),
  );
}

export async function importGraph(
  driver: Driver,
  database: string,
  /** The parsed JSON of an export file; validated here, whoever the caller is. */
  data: unknown,
  options: ImportOptions = {},
): Promise<ImportCounts> {
  // Validate before touching the database: a bad file must write nothing.
  const file = validateGraphFile(data);
  const nodes = file.nodes.map((node) => ({ labels: node.labels, properties: driverProperties(node) }));
  const relationships = file.relationships.map((rel) => ({
    from: rel.from,
    type: rel.type,
    to: rel.to,
    properties: driverProperties(rel),
  }));

  const session = driver.session({ database, defaultAccessMode: "WRITE" });
  try {
    // Checked before the schema is applied too, so that a refused import changes nothing.
    await session.executeRead(async (tx) => assertEmptyUnlessReplacing(tx, database, options));
    // Constraints and indexes cannot share a transaction with data; they make :Entity(id)
    // lookups fast below and full-text search work on the imported graph.
    await applySchema(driver, database);
    return await session.executeWrite(async (tx) => {
      // Again inside the write transaction: nothing may have been written in between.
      await assertEmptyUnlessReplacing(tx, database, options);
      if (options.replace) await tx.run(cypherFile("export/deleteAll"));
      const createdNodes = await tx.run(cypherFile("export/importNodes"), { nodes });
      const createdRels = await tx.run(cypherFile("export/importRelationships"), { relationships });
      if (file.dataRelease) await tx.run(cypherFile("seed/upsertRelease"), file.dataRelease);
      const counts = {
        nodes: Number(createdNodes.records[0]?.get("created") ?? 0),
        relationships: Number(createdRels.records[0]?.get("created") ?? 0),
      };
      // Throwing here rolls the whole import back.
      if (counts.nodes !== nodes.length || counts.relationships !== relationships.length)
        throw new Error(
          `Import wrote ${counts.nodes}/${nodes.length} nodes and ${counts.relationships}/${relationships.length} relationships; rolled back`,
        );
      return counts;
    });
  } finally {
    await session.close();
  }
}

async function assertEmptyUnlessReplacing(
  tx: { run: (query: string) => Promise<{ records: { get(key: string): unknown }[] }> },
  database: string,
  options: ImportOptions,
): Promise<void> {
  if (options.replace) return;
  const result = await tx.run(cypherFile("export/countNodes"));
  const existing = Number(result.records[0]?.get("nodes") ?? 0);
  if (existing > 0)
    throw new DatabaseNotEmptyError(
      `Database "${database}" is not empty (${existing} nodes); import only loads into an empty database. Pass --replace to delete its graph and load the file instead.`,
    );
}
