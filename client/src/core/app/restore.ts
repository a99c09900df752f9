/**
 * Rebuilding the whole picture from the view state: what a shared link, Reset and reconnecting
 * do. One request (api.restore) brings the tree or the listed nodes, the expansions' nodes and
 * the trace; restores are serialised and the newest wins (TaskQueue.replace).
 */
import { ApiError, api } from "../api/index.ts";
import type { Subgraph } from "../graph/index.ts";
import { fetchComparison, mergeComparison } from "../time/compare.ts";
import { highlightOf } from "../trace/index.ts";
import { DEFAULT_STATE, type ViewState } from "../url-state/types.ts";
import { busy, commitModel, updateView } from "./commit.ts";
import type { Explorer } from "./state.ts";

/** The restore request's variables for a view. */
function variablesOf(view: ViewState) {
  const ids = [...new Set([...view.nodes, ...view.expanded.flatMap((e) => [e.id, ...e.nodes])])];
  return {
    rootId: view.root,
    withTree: view.nodes.length === 0,
    ids,
    traceId: view.trace ?? "",
    withTrace: view.trace !== null,
  };
}

/**
 * What a link names that the graph does not hold, and the view to show instead: the link's view
 * without it, or the default view when nothing of it is left (never a blank canvas).
 */
function withoutMissing(view: ViewState, found: ReadonlySet<string>): { view: ViewState; missing: string[] } {
  const named = [...new Set([...view.nodes, ...view.expanded.map((e) => e.id)])];
  const missing = named.filter((id) => !found.has(id));
  if (missing.length === 0) return { view, missing };
  const nodes = view.nodes.filter((id) => found.has(id));
  const expanded = view.expanded.filter((e) => found.has(e.id));
  const empty = nodes.length === 0 && expanded.length === 0 && view.trace === null;
  const kept = empty
    ? { ...view, nodes: [], expanded: [], positions: {}, viewport: null, selected: null }
    : {
        ...view,
        nodes,
        expanded,
        selected: view.selected && missing.includes(view.selected) ? null : view.selected,
      };
  return { view: kept, missing };
}

const isNotFound = (error: unknown): boolean => error instanceof ApiError && error.code === "NOT_FOUND";

/** Says, where the page shows it, what the link named that is not in the graph. */
function noticeMissing(x: Explorer, missing: readonly string[], instead: "rest" | "default"): void {
  x.store.set({ linkNotice: { missing, instead } });
}

export function restore(x: Explorer): Promise<void> {
  return x.queue
    .replace((signal) =>
      busy(x, async () => {
        // Only the link that opened the page is checked: later views are the user's own.
        const fromLink = !x.store.get().ready;
        let view = x.store.get().view;
        const load = (shown: ViewState) => {
          const variables = variablesOf(shown);
          // Compare mode asks for the same view as of the second day at the same time.
          return Promise.all([
            api.restore(variables, signal),
            shown.compareTo ? fetchComparison(variables, shown.asOf, shown.compareTo, signal) : null,
          ]);
        };
        let answer: Awaited<ReturnType<typeof load>>;
        try {
          answer = await load(view);
        } catch (error) {
          // A trace or a root the graph does not hold: the link's picture without it.
          const unknown = view.trace ?? (view.root === DEFAULT_STATE.root ? null : view.root);
          if (!fromLink || !isNotFound(error) || unknown === null) throw error;
          view = { ...view, trace: null, traceSdg: null, root: DEFAULT_STATE.root };
          updateView(x, { trace: null, traceSdg: null, root: DEFAULT_STATE.root });
          noticeMissing(
            x,
            [unknown],
            view.nodes.length === 0 && view.expanded.length === 0 ? "default" : "rest",
          );
          answer = await load(view);
        }
        if (fromLink) {
          const checked = withoutMissing(view, new Set(answer[0].subgraph.nodes.map((n) => n.id)));
          if (checked.missing.length > 0) {
            const nothingLeft = checked.view.nodes.length === 0 && checked.view.expanded.length === 0;
            noticeMissing(x, checked.missing, nothingLeft ? "default" : "rest");
            if (checked.view.nodes.length === 0 && view.nodes.length > 0) answer = await load(checked.view);
            view = checked.view;
            updateView(x, checked.view);
          }
        }
        signal.throwIfAborted();
        const [data, second] = answer;
        const withTree = view.nodes.length === 0;
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
