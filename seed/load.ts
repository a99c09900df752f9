/**
 * Writes a validated seed to Neo4j in ONE transaction: a failure leaves the old graph exactly as
 * it was. Neo4j reads are read-committed, so while a changed seed commits, a reader scanning many
 * nodes can briefly see part of it (docs/architecture.md); re-seeding unchanged data is invisible.
 */
import type { Driver } from "neo4j-driver";
import { cypherFile } from "#cypher/cypherFile.ts";
import { NODE_LABELS } from "#model/model.ts";
import { periodEnd, periodStart } from "#model/period.ts";
import { searchKeys } from "#model/searchKeys.ts";
import type { Correction } from "./correction.ts";
import type { DataRelease } from "./release.ts";
import { encodeSource, type ValidSeed } from "./validate.ts";

export interface SeedCounts {
  readonly nodes: number;
  readonly relationships: number;
}

/**
 * validFrom/validTo as the seed gives them, their sources, and the widened days (`inForceFrom`,
 * `inForceTo`) that as-of queries compare against, so Cypher never parses a partial date.
 */
function datedProps(fact: ValidSeed["nodes"][number] | ValidSeed["relationships"][number]) {
  return {
    ...(fact.validFrom ? { validFrom: fact.validFrom, inForceFrom: periodStart(fact.validFrom) } : {}),
    ...(fact.validTo ? { validTo: fact.validTo, inForceTo: periodEnd(fact.validTo) } : {}),
    ...(fact.dateSources ? { dateSources: fact.dateSources.map(encodeSource) } : {}),
  };
}

/** The rows upsertNodes.cypher takes (also used by the scale benchmark's batched loader). */
export function nodeRows(nodes: ValidSeed["nodes"]) {
  return nodes.map((node) => ({
    id: node.id,
    label: node.label,
    props: {
      ...node.properties,
      id: node.id,
      name: node.name,
      ...(node.nameNo ? { nameNo: node.nameNo } : {}),
      ...(node.nameNoIsTranslation ? { nameNoIsTranslation: true } : {}),
      aliases: node.aliases,
      // Full-text indexes take strings, not lists: aliases are also indexed joined.
      aliasesText: node.aliases.join(" | "),
      searchKeys: searchKeys([node.name, ...(node.nameNo ? [node.nameNo] : []), ...node.aliases]),
      description: node.description,
      ...(node.descriptionNo ? { descriptionNo: node.descriptionNo } : {}),
      sources: node.sources.map(encodeSource),
      ...datedProps(node),
    },
  }));
}

/** The rows upsertRelationships.cypher takes. */
export function relationshipRows(relationships: ValidSeed["relationships"]) {
  return relationships.map((rel) => ({
    from: rel.from,
    to: rel.to,
    type: rel.type,
    props: {
      ...rel.properties,
      id: rel.id,
      basis: rel.basis,
      sources: rel.sources.map(encodeSource),
      ...(rel.strength ? { strength: rel.strength } : {}),
      ...(rel.wording ? { wording: rel.wording } : {}),
      ...(rel.reason ? { reason: rel.reason } : {}),
      ...(rel.reasonNo ? { reasonNo: rel.reasonNo } : {}),
      ...(rel.conflict ? { conflict: rel.conflict } : {}),
      ...datedProps(rel),
    },
  }));
}

/** The release the seed is, the releases before it, and the corrections made since the first. */
export interface SeedEdition {
  readonly releases: readonly DataRelease[];
  readonly corrections: readonly Correction[];
}

export async function loadSeed(
  driver: Driver,
  database: string,
  seed: ValidSeed,
  /** Known to hold no graph yet (a first start): there is nothing stale to delete. */
  options: { readonly empty?: boolean; readonly edition?: SeedEdition } = {},
): Promise<SeedCounts> {
  const session = driver.session({ database, defaultAccessMode: "WRITE" });
  try {
    await session.executeWrite(async (tx) => {
      await tx.run(cypherFile("seed/upsertNodes"), {
        nodes: nodeRows(seed.nodes),
        typeLabels: [...NODE_LABELS],
      });
      await tx.run(cypherFile("seed/upsertRelationships"), {
        relationships: relationshipRows(seed.relationships),
      });
      const edition = options.edition;
      const current = edition?.releases.at(-1);
      if (edition !== undefined && current !== undefined) {
        await tx.run(cypherFile("seed/upsertRelease"), {
          version: current.version,
          date: current.date,
          releases: edition.releases.map((release) => release.version),
          // One JSON text per correction: Neo4j stores lists of scalars, not maps.
          corrections: edition.corrections.map((correction) => JSON.stringify(correction)),
        });
      }
      if (options.empty) return;
      await tx.run(cypherFile("seed/deleteStale"), {
        nodeIds: seed.nodes.map((node) => node.id),
        relationshipIds: seed.relationships.map((rel) => rel.id),
      });
    });
  } finally {
    await session.close();
  }
  return { nodes: seed.nodes.length, relationships: seed.relationships.length };
}
