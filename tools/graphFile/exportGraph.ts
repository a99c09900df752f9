/**
 * Reads the whole graph (every :Entity node, every relationship between two of them) into the
 * export file format, in one read transaction so that the nodes and relationships agree.
 * Refuses, by name, any property JSON cannot carry without loss (dates, points, huge integers).
 */
import type { Driver } from "neo4j-driver";
import { cypherFile } from "#cypher/cypherFile.ts";
import {
  canonicalGraphFile,
  type ExportedNode,
  type ExportedRelationship,
  type ExportedRelease,
  GRAPH_FILE_FORMAT,
  GRAPH_FILE_VERSION,
  type GraphFile,
  type PropertyValue,
} from "./graphFile.ts";

export class UnexportableValueError extends Error {
  override readonly name = "UnexportableValueError";
}

interface PropertyType {
  readonly key: string;
  readonly type: string;
}

/** valueType() names of what the file can carry; INTEGER ones are listed in integerProperties. */
const SCALAR = /^(STRING|FLOAT|INTEGER|BOOLEAN) NOT NULL$/;
const LIST = /^LIST<(STRING|FLOAT|INTEGER|BOOLEAN|NOTHING) NOT NULL> NOT NULL$|^LIST<NOTHING> NOT NULL$/;

function typedProperties(
  properties: Record<string, unknown>,
  types: readonly PropertyType[],
  where: string,
): Pick<ExportedNode, "properties" | "integerProperties"> {
  const integers: string[] = [];
  for (const { key, type } of types) {
    if (!SCALAR.test(type) && !LIST.test(type))
      throw new UnexportableValueError(
        `${where}: property "${key}" has type ${type}, which the export cannot carry`,
      );
    if (type.includes("INTEGER")) {
      const value = properties[key];
      const values = Array.isArray(value) ? value : [value];
      // The driver turns integers into JavaScript numbers; beyond 2^53 that would change them.
      if (!values.every((v) => Number.isSafeInteger(v)))
        throw new UnexportableValueError(
          `${where}: integer property "${key}" is too large to export exactly`,
        );
      integers.push(key);
    }
  }
  return {
    properties: properties as Record<string, PropertyValue>,
    ...(integers.length > 0 ? { integerProperties: integers } : {}),
  };
}

export async function exportGraph(driver: Driver, database: string): Promise<GraphFile> {
  const session = driver.session({ database, defaultAccessMode: "READ" });
  try {
    return await session.executeRead(async (tx) => {
      const nodeResult = await tx.run(cypherFile("export/exportNodes"));
      const nodes: ExportedNode[] = nodeResult.records.map((record) => {
        const properties = record.get("properties") as Record<string, unknown>;
        const id = properties.id;
        if (typeof id !== "string" || id === "")
          throw new UnexportableValueError(
            `an :Entity node (labels ${JSON.stringify(record.get("labels"))}) has no string id; relationships could not refer to it`,
          );
        return {
          labels: record.get("labels") as string[],
          ...typedProperties(properties, record.get("types") as PropertyType[], `node "${id}"`),
        };
      });
      const relResult = await tx.run(cypherFile("export/exportRelationships"));
      const relationships: ExportedRelationship[] = relResult.records.map((record) => {
        const from = record.get("from") as string;
        const type = record.get("type") as string;
        const to = record.get("to") as string;
        return {
          from,
          type,
          to,
          ...typedProperties(
            record.get("properties") as Record<string, unknown>,
            record.get("types") as PropertyType[],
            `relationship (${from})-[:${type}]->(${to})`,
          ),
        };
      });
      const releaseResult = await tx.run(cypherFile("queries/dataRelease"));
      const release = releaseResult.records[0]?.toObject() as ExportedRelease | undefined;
      return canonicalGraphFile({
        format: GRAPH_FILE_FORMAT,
        version: GRAPH_FILE_VERSION,
        ...(release ? { dataRelease: release } : {}),
        nodes,
        relationships,
      });
    });
  } finally {
    await session.close();
  }
}
