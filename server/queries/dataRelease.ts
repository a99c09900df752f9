/**
 * The data release and its correction log, as the seed stored them beside the graph
 * (cypher/seed/upsertRelease.cypher). The server reads them from Neo4j, never from the seed's
 * modules, so that it answers for the data the database actually holds.
 */
import { z } from "zod";
import type { Correction } from "#model/correction.ts";
import type { ApiContext } from "../context.ts";
import { BadUserInputError } from "../errors/ApiError.ts";
import { readQuery } from "../neo4j/readQuery.ts";
import { dataReleaseQuery } from "../translate/dataRelease.ts";

export interface StoredRelease {
  readonly version: string;
  readonly date: string;
  readonly releases: readonly string[];
  readonly corrections: readonly Correction[];
}

/** As stored: the release may be newer than the ones this server's code knows. */
const storedCorrection = z.object({
  item: z.string(),
  field: z.string(),
  was: z.string(),
  now: z.string(),
  why: z.string(),
  date: z.string(),
  release: z.string(),
});

/** The stored release, or null when the graph was seeded before releases were recorded. */
export async function storedRelease(context: ApiContext): Promise<StoredRelease | null> {
  const [row] = await readQuery(context, dataReleaseQuery, {});
  if (row === undefined) return null;
  return {
    version: row.version,
    date: row.date,
    releases: row.releases,
    corrections: row.corrections.map((text) => storedCorrection.parse(JSON.parse(text))),
  };
}

export async function dataRelease(context: ApiContext) {
  const release = await storedRelease(context);
  return release === null
    ? null
    : {
        version: release.version,
        date: release.date,
        releases: [...release.releases],
        correctionCount: release.corrections.length,
      };
}

/**
 * The corrections a reader of release `since` has not seen (those first carried by a later
 * release), or all of them; `item` keeps one fact's.
 */
export async function corrections(
  context: ApiContext,
  args: { readonly since?: string | null; readonly item?: string | null },
): Promise<Correction[]> {
  const release = await storedRelease(context);
  const releases = release?.releases ?? [];
  let kept = [...(release?.corrections ?? [])];
  if (args.since != null) {
    const seen = releases.indexOf(args.since);
    if (seen < 0) {
      throw new BadUserInputError(
        `"${args.since}" is not a data release (releases: ${releases.join(", ") || "none recorded"})`,
        "since",
      );
    }
    kept = kept.filter((correction) => releases.indexOf(correction.release) > seen);
  }
  if (args.item != null) kept = kept.filter((correction) => correction.item === args.item);
  return kept;
}
