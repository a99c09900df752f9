import type { ApiContext } from "../context.ts";
import { BadUserInputError } from "../errors/ApiError.ts";
import type { SearchHit } from "../graph/explorerTypes.generated.ts";
import { toGraphNode } from "../graph/shape.ts";
import { readQuery } from "../neo4j/readQuery.ts";
import { searchQuery } from "../translate/search.ts";
import { luceneQuery, MAX_SEARCH_TEXT } from "./luceneQuery.ts";
import { successionsOf } from "./succession.ts";

export const MAX_SEARCH_LIMIT = 50;
/**
 * Without a day, a hit scoring at least this share of the best one is a close match, ranked in
 * force first with the exact names: measured on the seed, "Medicines Agency" scores the former
 * agency at twice anything in force today, and strict "in force first" put it 13th of 13.
 */
export const CLOSE_MATCH_SHARE = 0.5;

export interface SearchArgs {
  readonly text: string;
  readonly types?: readonly string[] | null;
  readonly limit?: number | null;
}

/**
 * Full-text hits. With `day.everyDate` false, among the nodes in force on `day.asOf` (a full day);
 * with it true (a search without a date), among nodes of every date, those in force on `day.asOf`
 * (today) first, so that a body merged away is still found, after what holds now.
 */
export async function search(
  context: ApiContext,
  args: SearchArgs,
  day: { readonly asOf: string; readonly everyDate: boolean },
): Promise<SearchHit[]> {
  if (args.text.length > MAX_SEARCH_TEXT) {
    throw new BadUserInputError(
      `search text is limited to ${MAX_SEARCH_TEXT} characters (got ${args.text.length})`,
      "text",
    );
  }
  const limit = args.limit ?? 10;
  if (limit < 1) throw new BadUserInputError("limit must be at least 1", "limit");
  const query = luceneQuery(args.text);
  if (query === null) return [];
  const rows = await readQuery(context, searchQuery, {
    query,
    exact: args.text.trim().toLowerCase(),
    types: args.types ?? [],
    candidates: 200,
    limit: Math.min(limit, MAX_SEARCH_LIMIT),
    asOf: day.asOf,
    everyDate: day.everyDate,
    closeShare: CLOSE_MATCH_SHARE,
  });
  const successions = await successionsOf(
    context,
    rows.map((row) => row.node.id),
  );
  return rows.map((row) => ({
    node: toGraphNode(row.node),
    score: row.score,
    inForce: row.inForce,
    succession: successions.get(row.node.id) ?? { succeededBy: [], precededBy: [] },
  }));
}
