/**
 * Actions that change the graph: show a node, expand and collapse, trace to the SDGs, open a
 * query result. Each is queued (TaskQueue) so it never interleaves with a restore.
 */
import { api } from "../api/index.ts";
import type { GraphNode } from "../graph/index.ts";
import { freshness } from "../store/freshness.ts";
import { highlightOf } from "../trace/index.ts";
import type { ViewName } from "../url-state/types.ts";
import { busy, commitModel, updateView } from "./commit.ts";
import type { Explorer } from "./state.ts";

/** Selects a node or edge; the panel's effect (core/panel) loads a node's neighbourhood. */
export function select(x: Explorer, id: string | null): void {
  updateView(x, { selected: id });
}

/** Adds a node and its links to what is shown; returns the ids new on the canvas. */
async function addNode(x: Explorer, id: string, signal: AbortSignal, known?: GraphNode): Promise<string[]> {
  const neighbourhood = await api.neighbourhood(id, { asOf: x.store.get().view.asOf, signal });
  signal.throwIfAborted();
  x.store.set((state) => ({ neighbourhoods: new Map(state.neighbourhoods).set(id, neighbourhood) }));
  const node = known ?? neighbourhood.nodes.find((n) => n.id === id);
  if (!node) return [];
  const { model } = x;
  const result = model.merge({
    nodes: [node],
    edges: neighbourhood.edges.filter((edge) => model.nodes.has(edge.source) || model.nodes.has(edge.target)),
  });
  commitModel(x);
  return [...result.addedNodes];
}

/** Focuses a node, adding it to the graph first if it is not there. */
export async function show(
  x: Explorer,
  setView: (view: ViewName) => Promise<void>,
  id: string,
  known?: GraphNode,
): Promise<void> {
  if (x.store.get().view.view !== "graph") await setView("graph");
  await x.queue.enqueue((signal) =>
    busy(x, async () => {
      if (!x.model.nodes.has(id)) {
        const added = await addNode(x, id, signal, known);
        x.canvas.placeNear(null, added);
      }
      select(x, id);
      x.canvas.centre(id);
    }),
  );
}

export function expand(x: Explorer, id: string, types: readonly string[] | null): Promise<void> {
  return x.queue
    .enqueue((signal) =>
      busy(x, async () => {
        const subgraph = await api.neighbourhood(id, { asOf: x.store.get().view.asOf, signal }, types);
        signal.throwIfAborted();
        const result = x.model.expand(id, subgraph, types);
        if (types === null) {
          x.store.set((state) => ({ neighbourhoods: new Map(state.neighbourhoods).set(id, subgraph) }));
        }
        commitModel(x);
        x.canvas.placeNear(id, result.addedNodes);
        x.canvas.fit([id, ...result.addedNodes]);
      }),
    )
    .then(() => undefined);
}

export function collapse(x: Explorer, id: string): void {
  const removed = x.model.collapse(id);
  const gone = new Set(removed.addedNodes);
  const view = x.store.get().view;
  updateView(x, {
    positions: Object.fromEntries(Object.entries(view.positions).filter(([node]) => !gone.has(node))),
    selected: view.selected && gone.has(view.selected) ? id : view.selected,
  });
  commitModel(x);
}

export function toggleExpand(x: Explorer, id: string): void {
  if (x.model.expansions.has(id)) collapse(x, id);
  else void expand(x, id, null);
}

/** Traces a node to the SDGs (narrowed to one SDG from a matrix cell) and highlights the paths. */
export async function traceFrom(
  x: Explorer,
  setView: (view: ViewName) => Promise<void>,
  id: string,
  sdgId: string | null = null,
): Promise<void> {
  if (x.store.get().view.view !== "graph") await setView("graph");
  updateView(x, { trace: id, traceSdg: sdgId, selected: id });
  // A newer trace, or clearing this one, makes this one's answer stale.
  const ticket = freshness(x.store, "trace").begin();
  await x.queue.enqueue((signal) =>
    busy(x, async () => {
      if (!ticket.isCurrent()) return;
      const trace = await api.traceToSdgs(id, { asOf: x.store.get().view.asOf, signal });
      if (!ticket.isCurrent()) return;
      const result = x.model.merge(trace.subgraph);
      x.store.set({ trace });
      commitModel(x);
      if (result.addedNodes.length > 0) {
        updateView(x, { positions: {} });
        await x.canvas.layout(x.store.get().view.layout, id, true);
      }
      x.canvas.fit([...highlightOf(trace, sdgId).nodes], true);
    }),
  );
}

export function clearTrace(x: Explorer): void {
  freshness(x.store, "trace").invalidate();
  x.store.set({ trace: null });
  updateView(x, { trace: null, traceSdg: null });
}

/** Opens the nodes of a query result in the graph, each with its links to what is shown. */
export async function openNodesInGraph(
  x: Explorer,
  setView: (view: ViewName) => Promise<void>,
  ids: readonly string[],
): Promise<void> {
  await setView("graph");
  await x.queue.enqueue((signal) =>
    busy(x, async () => {
      const missing = ids.filter((id) => !x.model.nodes.has(id));
      if (missing.length > 0) {
        const all = [...x.model.nodes.keys(), ...missing];
        // One request: the new nodes and every relationship among them and what is shown
        // (only among the new ones when that would pass subgraph's 500-id bound).
        const read = { asOf: x.store.get().view.asOf, signal };
        const subgraph = await api.subgraph(all.length <= 500 ? all : missing, read);
        signal.throwIfAborted();
        const result = x.model.merge(subgraph);
        commitModel(x);
        x.canvas.placeNear(null, result.addedNodes);
      }
      x.canvas.fit(ids);
    }),
  );
}
