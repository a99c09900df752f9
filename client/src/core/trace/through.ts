/**
 * Who passes through a matrix cell: the organisations and solutions whose traces to the SDGs run
 * through an objective. A trace follows TRACE_TYPES forwards, so they are the nodes that reach the
 * objective by walking those relationships backwards from it.
 */

import { TRACE_TYPES } from "@model/vocabulary.ts";
import type { GraphEdge, GraphNode } from "../graph/contract.ts";
import { styleOf } from "../graph/styles.ts";

/** The relationship types a trace follows: the one list in the shared vocabulary. */
export { TRACE_TYPES };

/**
 * A trace is at most 6 steps long and the cell's own step (objective → SDG) is one of them, so
 * only nodes within 5 steps upstream of the objective can have a trace through the cell.
 */
export const MAX_UPSTREAM = 5;

/** Each node upstream of `targetId` (by trace relationships walked backwards) with its distance. */
export function upstreamOf(
  targetId: string,
  edges: Iterable<Pick<GraphEdge, "source" | "target" | "type">>,
  maxDepth = MAX_UPSTREAM,
): Map<string, number> {
  const traced = new Set<string>(TRACE_TYPES);
  const into = new Map<string, string[]>();
  for (const edge of edges) {
    if (!traced.has(edge.type)) continue;
    into.set(edge.target, [...(into.get(edge.target) ?? []), edge.source]);
  }
  const depth = new Map<string, number>([[targetId, 0]]);
  let frontier = [targetId];
  for (let level = 1; level <= maxDepth && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const source of into.get(id) ?? []) {
        if (depth.has(source)) continue;
        depth.set(source, level);
        next.push(source);
      }
    }
    frontier = next;
  }
  depth.delete(targetId);
  return depth;
}

/** The organisations and solutions among `nodes` that are upstream, nearest first, then by name. */
export function passersThrough(
  upstream: ReadonlyMap<string, number>,
  nodes: Iterable<GraphNode>,
): GraphNode[] {
  const seen = new Map<string, GraphNode>();
  for (const node of nodes) {
    const group = styleOf(node.type).group;
    if (upstream.has(node.id) && (group === "Organisation" || group === "Solution")) seen.set(node.id, node);
  }
  return [...seen.values()].sort(
    (a, b) => (upstream.get(a.id) ?? 0) - (upstream.get(b.id) ?? 0) || a.name.localeCompare(b.name),
  );
}
