/**
 * The whole graph for the dumps at /data/graph.<ext>: every :Entity node and every relationship
 * between two of them, over all time (each with its validity), in one read transaction so that
 * nodes and relationships agree. The same statements as `npm run export`.
 */
import { cypherFile } from "#cypher/cypherFile.ts";
import {
  type LinkedGraph,
  linkedGraphOf,
  type StoredNode,
  type StoredRelationship,
} from "#model/linkedData/graph.ts";
import { linkedRead, type ReadOptions } from "./linkedRead.ts";

export function readGraph(options: ReadOptions): Promise<LinkedGraph> {
  return linkedRead(options, async (tx) => {
    const nodes = await tx.run(cypherFile("export/exportNodes"));
    const relationships = await tx.run(cypherFile("export/exportRelationships"));
    return linkedGraphOf({
      nodes: nodes.records.map(
        (record): StoredNode => ({ labels: record.get("labels"), properties: record.get("properties") }),
      ),
      relationships: relationships.records.map(
        (record): StoredRelationship => ({
          from: record.get("from"),
          type: record.get("type"),
          to: record.get("to"),
          properties: record.get("properties"),
        }),
      ),
    });
  });
}
