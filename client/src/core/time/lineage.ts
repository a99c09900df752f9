/**
 * Predecessors and successors: when a node the view names was not in force on the day drawn, the
 * body it was before or became stands in for it (the Medicines Agency for the Medical Products
 * Agency before 2024). Found among the changes between the two days, where a renaming, a merger
 * or a succession starts.
 */
import type { Change } from "./types.ts";

/** Relationships from a body to the one it became (the seed writes these; REPLACED_BY in older exports). */
export const LINEAGE_TYPES = ["RENAMED_TO", "MERGED_INTO", "SUCCEEDED_BY", "REPLACED_BY"] as const;

const LINEAGE: ReadonlySet<string> = new Set(LINEAGE_TYPES);

/** Every id joined to an absent node by a chain of lineage relationships among the changes, the absent excluded. */
export function standInsOf(absent: Iterable<string>, changes: readonly Change[]): string[] {
  const links = new Map<string, string[]>();
  const join = (a: string, b: string) => links.set(a, [...(links.get(a) ?? []), b]);
  for (const { edge } of changes) {
    if (!edge || !LINEAGE.has(edge.type)) continue;
    join(edge.source, edge.target);
    join(edge.target, edge.source);
  }
  const start = new Set(absent);
  const seen = new Set(start);
  const queue = [...start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const next of links.get(id) ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return [...seen].filter((id) => !start.has(id));
}
