/** Reading a shortestPath result as an ordered walk, and the URL form of a path's two ends. */
import type { Subgraph } from "../graph/contract.ts";
import { labelOf } from "../graph/utils.ts";
import type { Language } from "../graph/vocabulary.ts";
import type { PathState, PathStep } from "./types.ts";

/**
 * Orders the path's edges from `from` to `to`. The server finds the path in either direction,
 * so each edge is followed from whichever end the walk has reached. An empty or broken result
 * (no edge leads on) gives an empty walk: the panel then says there is no path.
 */
export function orderPath(
  subgraph: Subgraph,
  from: string,
  to: string,
): { nodes: string[]; steps: PathStep[] } {
  if (from === to) return subgraph.nodes.some((n) => n.id === from) ? { nodes: [from], steps: [] } : empty();
  const unused = new Set(subgraph.edges);
  const nodes = [from];
  const steps: PathStep[] = [];
  let at = from;
  while (at !== to) {
    const next = [...unused].find((edge) => edge.source === at || edge.target === at);
    if (!next) return empty();
    unused.delete(next);
    const forward = next.source === at;
    steps.push({ edge: next, forward });
    at = forward ? next.target : next.source;
    nodes.push(at);
  }
  return { nodes, steps };
}

const empty = () => ({ nodes: [], steps: [] });

/**
 * Names a found path's nodes from its own answer, and any other id by `fallback`: the answer is
 * shown as soon as it arrives, before (or without, when a restore keeps the queue busy) its nodes
 * being added to the graph.
 */
export function namesOnPath(
  path: PathState,
  language: Language,
  fallback: (id: string) => string,
): (id: string) => string {
  if (path.phase !== "ready") return fallback;
  const nodes = new Map(path.subgraph.nodes.map((node) => [node.id, node]));
  return (id) => {
    const node = nodes.get(id);
    return node ? labelOf(node, language) : fallback(id);
  };
}

const ID = /^[A-Za-z0-9_-]+$/;

/** URL `path=fromId~toId` (ids are slugs: never a '~'). */
export function encodePath(path: readonly [string, string] | null): string | null {
  return path ? `${path[0]}~${path[1]}` : null;
}

export function decodePath(value: string | null): readonly [string, string] | null {
  const [from, to, ...rest] = (value ?? "").split("~");
  return from && to && rest.length === 0 && ID.test(from) && ID.test(to) ? [from, to] : null;
}
