/**
 * Rebuilding the whole picture from the view state: what a shared link, Reset and reconnecting
 * do. One request (api.restore) brings the tree or the listed nodes, the expansions' nodes and
 * the trace; restores are serialised and the newest wins (TaskQueue.replace).
 */
import { api } from "../api/index.ts";
import type { Subgraph } from "../graph/index.ts";
import { fetchComparison, mergeComparison } from "../time/compare.ts";
import { highlightOf } from "../trace/index.ts";
import { DEFAULT_STATE } from "../url-state/types.ts";
import { busy, commitModel, updateView } from "./commit.ts";
import type { Explorer } from "./state.ts";

export function restore(x: Explorer): Promise<void> {
  return x.queue
    .replace((signal) =>
      busy(x, async () => {
        const view = x.store.get().view;
        const withTree = view.nodes.length === 0;
        const ids = [...new Set([...view.nodes, ...view.expanded.flatMap((e) => [e.id, ...e.nodes])])];
        const variables = {
          rootId: view.root,
          withTree,
          ids,
          traceId: view.trace ?? "",
          withTrace: view.trace !== null,
        };
        // Compare mode asks for the same view as of the second day at the same time.
        const [data, second] = await Promise.all([
          api.restore(variables, signal),
          view.compareTo ? fetchComparison(variables, view.asOf, view.compareTo, signal) : null,
        ]);
        signal.throwIfAborted();
        const { model } = x;
        model.clear();
        if (data.governanceTree) model.merge(data.governanceTree);
        const loaded = data.subgraph;
        const listed = new Set(view.nodes);
        model.merge({ nodes: loaded.nodes.filter((n) => listed.has(n.id)), edges: loaded.edges });
        for (const expansion of view.expanded) {
          const members = new Set([expansion.id, ...expansion.nodes]);
          const part: Subgraph = {
            nodes: loaded.nodes.filter((n) => members.has(n.id)),
            edges: loaded.edges,
          };
          model.expand(expansion.id, part, expansion.types);
        }
        const trace = data.traceToSdgs ?? null;
        if (trace) model.merge(trace.subgraph);
        const comparison = second ? mergeComparison(x, data, second, listed) : null;
        x.store.set((state) => ({ time: { ...state.time, comparison } }));
        // The graph is rebuilt from the server: cached neighbourhoods may be stale.
        x.store.set({ trace, neighbourhoods: new Map() });
        commitModel(x, withTree && view.expanded.length === 0 && !trace);
        await x.canvas.layout(view.layout, view.selected, false);
        signal.throwIfAborted();
        x.canvas.setPositions(view.positions);
        // The link's own zoom and pan if it has them; else a trace is what it is about.
        if (view.viewport) x.canvas.setViewport(view.viewport);
        else x.canvas.fit(trace ? [...highlightOf(trace, view.traceSdg).nodes] : [], false);
      }),
    )
    .then(() => undefined);
}

/** Back to the tree of the root, keeping the tab, language and filters. */
export function reset(x: Explorer): Promise<void> {
  updateView(x, {
    nodes: [],
    expanded: [],
    trace: null,
    traceSdg: null,
    positions: {},
    selected: null,
    layout: DEFAULT_STATE.layout,
    viewport: null,
  });
  x.store.set({ trace: null });
  return restore(x);
}

/** Retry now: joins a restore already under way instead of starting a second one. */
export async function retry(x: Explorer, checkHealth: () => Promise<void>): Promise<void> {
  const pending = x.queue.pendingReplace;
  if (pending) {
    await pending;
    return;
  }
  await checkHealth();
  // Coming back up may itself have started a restore (see effects.ts): join that one.
  const started = x.queue.pendingReplace;
  if (started) {
    await started;
    return;
  }
  if (x.store.get().connection.phase === "up" && x.model.nodes.size === 0) await restore(x);
}
