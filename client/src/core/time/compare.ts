/**
 * Compare mode: the view restored as of a second day, merged into the model, with what started
 * and ended between the two days. Restore (core/app/restore.ts) calls it inside its own task, so
 * a newer restore cancels it too.
 */
import type { RestoreQuery, RestoreQueryVariables } from "@generated/graphql.ts";
import { api } from "../api/index.ts";
import type { Explorer } from "../app/state.ts";
import type { Subgraph } from "../graph/index.ts";
import type { Comparison } from "./types.ts";
import { difference, ordered, today } from "./utils.ts";

/** Every node and relationship id an answer of the Restore query holds. */
function idsOf(data: RestoreQuery): Set<string> {
  const parts: Subgraph[] = [data.subgraph];
  if (data.governanceTree) parts.push(data.governanceTree);
  if (data.traceToSdgs) parts.push(data.traceToSdgs.subgraph);
  return new Set(parts.flatMap((part) => [...part.nodes.map((n) => n.id), ...part.edges.map((e) => e.id)]));
}

/** Fetches the same view as of `day`, and what changed between the two days, in parallel. */
export async function fetchComparison(
  variables: RestoreQueryVariables & { asOf: string | null },
  asOf: string | null,
  day: string,
  signal: AbortSignal,
): Promise<{
  data: RestoreQuery;
  from: string;
  to: string;
  firstIsEarlier: boolean;
  changes: Comparison["changes"];
}> {
  const [from, to] = ordered(asOf, day);
  const firstIsEarlier = (asOf ?? today()) <= day;
  const [data, changes] = await Promise.all([
    api.restore({ ...variables, asOf: day }, signal),
    api.changes(from, to, signal),
  ]);
  return { data, from, to, firstIsEarlier, changes };
}

/**
 * Merges the second day's view into the model (the first day's is already there) and records which
 * ids started and which ended. The later of the two days decides which side is "started".
 */
export function mergeComparison(
  explorer: Explorer,
  first: RestoreQuery,
  second: Awaited<ReturnType<typeof fetchComparison>>,
  listed: ReadonlySet<string>,
): Comparison {
  const { data } = second;
  if (data.governanceTree) explorer.model.mergeTree(data.governanceTree);
  explorer.model.merge({
    nodes: data.subgraph.nodes.filter((n) => listed.has(n.id) || explorer.model.nodes.has(n.id)),
    edges: data.subgraph.edges,
  });
  if (data.traceToSdgs) explorer.model.merge(data.traceToSdgs.subgraph);
  const firstIds = idsOf(first);
  const secondIds = idsOf(data);
  const [earlier, later] = second.firstIsEarlier ? [firstIds, secondIds] : [secondIds, firstIds];
  return { from: second.from, to: second.to, ...difference(earlier, later), changes: second.changes };
}
