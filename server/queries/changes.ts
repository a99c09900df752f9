import type { ApiContext } from "../context.ts";
import { BadUserInputError } from "../errors/ApiError.ts";
import { dayOf } from "../graph/asOf.ts";
import type { Change } from "../graph/explorerTypes.generated.ts";
import { type SourceRef, toGraphEdge, toGraphNode } from "../graph/shape.ts";
import { readQuery } from "../neo4j/readQuery.ts";
import { changesQuery } from "../translate/changes.ts";
import { timelineQuery } from "../translate/timeline.ts";

/** Bounds one answer; the seed holds a few dozen dated facts, a scale graph many more. */
export const MAX_CHANGES = 1000;

/** The sources of a change are those of its date, or the fact's own where the date has none. */
function sourcesOf(fact: { sources: readonly SourceRef[]; dateSources: readonly SourceRef[] }) {
  return fact.dateSources.length > 0 ? fact.dateSources : fact.sources;
}

/**
 * Everything that started or ended within [from, to]: `from` widens to the first day of its
 * period and `to` to the last, so `changes(from: "2024", to: "2024")` is the whole year.
 */
export async function changes(context: ApiContext, from: string, to: string): Promise<Change[]> {
  const fromDay = dayOf(from, "from");
  const toDay = dayOf(to, "to");
  if (fromDay > toDay) {
    throw new BadUserInputError(`to (${to}) must not be before from (${from})`, "to");
  }
  const rows = await readQuery(context, changesQuery, {
    from: fromDay,
    to: toDay,
    limit: MAX_CHANGES,
  });
  return rows.flatMap((row): Change[] => {
    if (row.node) {
      const node = toGraphNode(row.node);
      return [{ date: row.date, kind: row.kind, node, edge: null, edgeEnds: [], sources: sourcesOf(node) }];
    }
    if (row.edge) {
      const edge = toGraphEdge(row.edge);
      return [
        {
          date: row.date,
          kind: row.kind,
          node: null,
          edge,
          edgeEnds: row.ends.map(toGraphNode),
          sources: sourcesOf(edge),
        },
      ];
    }
    return [];
  });
}

/** Every distinct day on which something starts or ends being in force, ascending. */
export async function timeline(context: ApiContext): Promise<string[]> {
  const rows = await readQuery(context, timelineQuery, {});
  return rows.map((row) => row.day);
}
