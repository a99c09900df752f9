/**
 * Rebuilding the whole picture from the view state: what a shared link, Reset, reconnecting and a
 * new date do. One request (api.restore) brings the root's tree, the listed nodes, the
 * expansions' nodes and the trace, all as of the view's day; restores are serialised and the
 * newest wins (TaskQueue.replace aborts the older one, whose answer is then dropped).
 */
import { ApiCallError, api } from "../api/index.ts";
import type { Subgraph } from "../graph/index.ts";
import { fetchComparison, mergeComparison } from "../time/compare.ts";
import { standInsOf } from "../time/lineage.ts";
import type { Change } from "../time/types.ts";
import { ordered } from "../time/utils.ts";
import { highlightOf } from "../trace/index.ts";
import { DEFAULT_STATE, type ViewState } from "../url-state/types.ts";
import { busy, commitModel, updateView } from "./commit.ts";
import type { Explorer } from "./state.ts";

export interface RestoreOptions {
  /**
   * Evaluate the expansions again as of the view's day (a date change) instead of replaying the
   * nodes each one brought when it was made (a link, Back, a reconnect).
   */
  readonly reevaluate?: boolean;
  /** The day the view was drawn for before (with `reevaluate`): between the two, lineage is looked up. */
  readonly previousAsOf?: string | null;
}

/**
 * Adds, as of the view's day, the predecessors or successors of the subjects not in force on it,
 * found among the changes between the previous day and this one. They join the view's subjects.
 */
async function addStandIns(
  explorer: Explorer,
  view: ViewState,
  changes: readonly Change[],
  signal: AbortSignal,
) {
  const standIns = standInsOf(explorer.model.absentSubjects, changes).filter(
    (id) => !explorer.model.nodes.has(id),
  );
  if (standIns.length === 0) return;
  // With what is drawn, so that a stand-in comes with its relationships to it (within subgraph's bound).
  const ids = [...standIns, ...explorer.model.nodes.keys()].slice(0, 500);
  const found = await api.subgraph(ids, { asOf: view.asOf, signal });
  signal.throwIfAborted();
  const wanted = new Set(standIns);
  explorer.model.merge({ nodes: found.nodes.filter((n) => wanted.has(n.id)), edges: found.edges });
}

/** Each expansion's neighbourhood as of the day, in order; null where its node was not in force. */
function expansionsAsOf(view: ViewState, signal: AbortSignal): Promise<(Subgraph | null)[]> {
  return Promise.all(
    view.expanded.map((expansion) =>
      api
        .neighbourhood(expansion.id, { asOf: view.asOf, signal }, expansion.types)
        .catch((error: unknown) => {
          if (signal.aborted) throw error;
          return null;
        }),
    ),
  );
}

const isNotFound = (error: unknown): boolean => error instanceof ApiCallError && error.code === "NOT_FOUND";

/**
 * Says, where the page shows it, what the opening link named that the graph does not hold on the
 * view's day, and whether anything of the link's own view is left beside the default tree.
 */
function noticeMissing(explorer: Explorer, missing: readonly string[], instead: "rest" | "default"): void {
  if (missing.length > 0) explorer.store.set({ linkNotice: { missing, instead } });
}

export function restore(explorer: Explorer, options: RestoreOptions = {}): Promise<void> {
  return explorer.queue
    .replace((signal) =>
      busy(explorer, async () => {
        // Only the link that opened the page is checked: later views are the user's own.
        const fromLink = !explorer.store.get().ready;
        let view = explorer.store.get().view;
        const load = (view: ViewState) => {
          const reevaluate = options.reevaluate === true;
          const replayed = reevaluate ? [] : view.expanded.flatMap((e) => [e.id, ...e.nodes]);
          const ids = [...new Set([...view.nodes, ...view.expanded.map((e) => e.id), ...replayed])];
          // The root's tree is always part of the view: as of each day, its own tree.
          const variables = {
            rootId: view.root,
            withTree: true,
            ids,
            traceId: view.trace ?? "",
            withTrace: view.trace !== null,
            asOf: view.asOf,
          };
          // Compare mode asks for the same view as of the second day at the same time.
          const lineage = reevaluate && view.nodes.length > 0 && options.previousAsOf !== view.asOf;
          return Promise.all([
            api.restore(variables, signal),
            view.compareTo ? fetchComparison(variables, view.asOf, view.compareTo, signal) : null,
            reevaluate ? expansionsAsOf(view, signal) : null,
            lineage ? api.changes(...ordered(options.previousAsOf ?? null, view.asOf), signal) : null,
          ]);
        };
        let answer: Awaited<ReturnType<typeof load>>;
        try {
          answer = await load(view);
        } catch (error) {
          // A trace or a root the graph does not hold: the link's picture without it, and why.
          const unknown = view.trace ?? (view.root === DEFAULT_STATE.root ? null : view.root);
          if (!fromLink || !isNotFound(error) || unknown === null) throw error;
          view = { ...view, trace: null, traceSdg: null, root: DEFAULT_STATE.root };
          updateView(explorer, { trace: null, traceSdg: null, root: DEFAULT_STATE.root });
          noticeMissing(explorer, [unknown], view.nodes.length === 0 ? "default" : "rest");
          answer = await load(view);
        }
        const [data, second, neighbourhoods, changes] = answer;
        if (fromLink) {
          const found = new Set(data.subgraph.nodes.map((n) => n.id));
          const named = [...new Set([...view.nodes, ...view.expanded.map((e) => e.id)])];
          const missing = named.filter((id) => !found.has(id));
          noticeMissing(
            explorer,
            missing,
            missing.length === named.length && !view.trace ? "default" : "rest",
          );
        }
        signal.throwIfAborted();
        const { model } = explorer;
        model.clear();
        if (data.governanceTree) model.mergeTree(data.governanceTree);
        const loaded = data.subgraph;
        const listed = new Set(view.nodes);
        model.merge({ nodes: loaded.nodes.filter((n) => listed.has(n.id)), edges: loaded.edges });
        for (const id of listed) if (!model.nodes.has(id)) model.absentSubjects.add(id);
        view.expanded.forEach((expansion, index) => {
          const members = new Set([expansion.id, ...expansion.nodes]);
          const asked = neighbourhoods?.[index];
          // An expansion whose node is not drawn that day brings nothing (no floating neighbours),
          // but stays in the view for the days it is drawn.
          const part: Subgraph =
            neighbourhoods === null
              ? { nodes: loaded.nodes.filter((n) => members.has(n.id)), edges: loaded.edges }
              : asked && model.nodes.has(expansion.id)
                ? { nodes: asked.nodes, edges: [...asked.edges, ...loaded.edges] }
                : { nodes: [], edges: [] };
          model.expand(expansion.id, part, expansion.types);
        });
        if (changes) await addStandIns(explorer, view, changes, signal);
        const trace = data.traceToSdgs ?? null;
        if (trace) model.merge(trace.subgraph);
        const comparison = second ? mergeComparison(explorer, data, second, listed) : null;
        explorer.store.set((state) => ({ time: { ...state.time, comparison } }));
        // The graph is rebuilt from the server as of this day: cached neighbourhoods may be stale.
        explorer.store.set({ trace, neighbourhoods: new Map(), drawn: { asOf: view.asOf } });
        commitModel(explorer);
        await explorer.canvas.layout(view.layout, view.selected, false);
        signal.throwIfAborted();
        explorer.canvas.setPositions(view.positions);
        // The link's own zoom and pan if it has them; else a trace is what it is about.
        if (view.viewport) explorer.canvas.setViewport(view.viewport);
        else explorer.canvas.fit(trace ? [...highlightOf(trace, view.traceSdg).nodes] : [], false);
      }),
    )
    .then(() => undefined);
}

/** Back to the tree of the root, keeping the tab, language and filters. */
export function reset(explorer: Explorer): Promise<void> {
  updateView(explorer, {
    nodes: [],
    expanded: [],
    trace: null,
    traceSdg: null,
    positions: {},
    selected: null,
    layout: DEFAULT_STATE.layout,
    viewport: null,
  });
  explorer.store.set({ trace: null });
  return restore(explorer);
}

/** Retry now: joins a restore already under way instead of starting a second one. */
export async function retry(explorer: Explorer, checkHealth: () => Promise<void>): Promise<void> {
  const pending = explorer.queue.pendingReplace;
  if (pending) {
    await pending;
    return;
  }
  await checkHealth();
  // Coming back up may itself have started a restore (see effects.ts): join that one.
  const started = explorer.queue.pendingReplace;
  if (started) {
    await started;
    return;
  }
  if (explorer.store.get().connection.phase === "up" && explorer.model.nodes.size === 0)
    await restore(explorer);
}
