import type { ApiContext } from "../context.ts";
import { BadUserInputError } from "../errors/ApiError.ts";
import { type GraphNode, toGraphNode } from "../graph/shape.ts";
import { readQuery } from "../neo4j/readQuery.ts";
import { searchQuery } from "../translate/search.ts";
import { luceneQuery, MAX_SEARCH_TEXT } from "./luceneQuery.ts";

export const MAX_SEARCH_LIMIT = 50;

export interface SearchArgs {
  readonly text: string;
  readonly types?: readonly string[] | null;
  readonly limit?: number | null;
}

/** Full-text hits among the nodes in force on `asOf` (a full day). */
export async function search(
  context: ApiContext,
  args: SearchArgs,
  asOf: string,
): Promise<{ node: GraphNode; score: number }[]> {
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
    asOf,
  });
  return rows.map((row) => ({ node: toGraphNode(row.node), score: row.score }));
}
