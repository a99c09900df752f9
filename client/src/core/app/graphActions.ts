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
export function select(explorer: Explorer, id: string | null): void {
  updateView(explorer, { selected: id });
}

/** Adds a node and its links to what is shown; returns the ids new on the canvas. */
async function addNode(
  explorer: Explorer,
  id: string,
  signal: AbortSignal,
  known?: GraphNode,
): Promise<string[]> {
  const neighbourhood = await api.neighbourhood(id, { asOf: explorer.store.get().view.asOf, signal });
  signal.throwIfAborted();
  explorer.store.set((state) => ({ neighbourhoods: new Map(state.neighbourhoods).set(id, neighbourhood) }));
  const node = known ?? neighbourhood.nodes.find((n) => n.id === id);
  if (!node) return [];
  const { model } = explorer;
  const result = model.merge({
    nodes: [node],
    edges: neighbourhood.edges.filter((edge) => model.nodes.has(edge.source) || model.nodes.has(edge.target)),
  });
  commitModel(explorer);
  return [...result.addedNodes];
}

/** Focuses a node, adding it to the graph first if it is not there. */
export async function show(
  explorer: Explorer,
  setView: (view: ViewName) => Promise<void>,
  id: string,
  known?: GraphNode,
): Promise<void> {
  if (explorer.store.get().view.tab !== "graph") await setView("graph");
  await explorer.queue.enqueue((signal) =>
    busy(explorer, async () => {
      if (!explorer.model.nodes.has(id)) {
        const added = await addNode(explorer, id, signal, known);
        explorer.canvas.placeNear(null, added);
      }
      select(explorer, id);
      explorer.canvas.centre(id);
    }),
  );
}

export function expand(explorer: Explorer, id: string, types: readonly string[] | null): Promise<void> {
  return explorer.queue
    .enqueue((signal) =>
      busy(explorer, async () => {
        const subgraph = await api.neighbourhood(id, { asOf: explorer.store.get().view.asOf, signal }, types);
        signal.throwIfAborted();
        const result = explorer.model.expand(id, subgraph, types);
        if (types === null) {
          explorer.store.set((state) => ({
            neighbourhoods: new Map(state.neighbourhoods).set(id, subgraph),
          }));
        }
        commitModel(explorer);
        explorer.canvas.placeNear(id, result.addedNodes);
        explorer.canvas.fit([id, ...result.addedNodes]);
      }),
    )
    .then(() => undefined);
}

export function collapse(explorer: Explorer, id: string): void {
  const removed = explorer.model.collapse(id);
  const gone = new Set(removed.addedNodes);
  const view = explorer.store.get().view;
  updateView(explorer, {
    positions: Object.fromEntries(Object.entries(view.positions).filter(([node]) => !gone.has(node))),
    selected: view.selected && gone.has(view.selected) ? id : view.selected,
  });
  commitModel(explorer);
}

export function toggleExpand(explorer: Explorer, id: string): void {
  if (explorer.model.expansions.has(id)) collapse(explorer, id);
  else void expand(explorer, id, null);
}

/** Traces a node to the SDGs (narrowed to one SDG from a matrix cell) and highlights the paths. */
export async function traceFrom(
  explorer: Explorer,
  setView: (view: ViewName) => Promise<void>,
  id: string,
  sdgId: string | null = null,
): Promise<void> {
  if (explorer.store.get().view.tab !== "graph") await setView("graph");
  updateView(explorer, { trace: id, traceSdg: sdgId, selected: id });
  // A newer trace, or clearing this one, makes this one's answer stale.
  const ticket = freshness(explorer.store, "trace").begin();
  await explorer.queue.enqueue((signal) =>
    busy(explorer, async () => {
      if (!ticket.isCurrent()) return;
      const trace = await api.traceToSdgs(id, { asOf: explorer.store.get().view.asOf, signal });
      if (!ticket.isCurrent()) return;
      const result = explorer.model.merge(trace.subgraph);
      explorer.store.set({ trace });
      commitModel(explorer);
      if (result.addedNodes.length > 0) {
        updateView(explorer, { positions: {} });
        await explorer.canvas.layout(explorer.store.get().view.layout, id, true);
      }
      explorer.canvas.fit([...highlightOf(trace, sdgId).nodes], true);
    }),
  );
}

export function clearTrace(explorer: Explorer): void {
  freshness(explorer.store, "trace").invalidate();
  explorer.store.set({ trace: null });
  updateView(explorer, { trace: null, traceSdg: null });
}

/** Opens the nodes of a query result in the graph, each with its links to what is shown. */
export async function openNodesInGraph(
  explorer: Explorer,
  setView: (view: ViewName) => Promise<void>,
  ids: readonly string[],
): Promise<void> {
  await setView("graph");
  await explorer.queue.enqueue((signal) =>
    busy(explorer, async () => {
      const missing = ids.filter((id) => !explorer.model.nodes.has(id));
      if (missing.length > 0) {
        const all = [...explorer.model.nodes.keys(), ...missing];
        // One request: the new nodes and every relationship among them and what is shown
        // (only among the new ones when that would pass subgraph's 500-id bound).
        const read = { asOf: explorer.store.get().view.asOf, signal };
        const subgraph = await api.subgraph(all.length <= 500 ? all : missing, read);
        signal.throwIfAborted();
        const result = explorer.model.merge(subgraph);
        commitModel(explorer);
        explorer.canvas.placeNear(null, result.addedNodes);
      }
      explorer.canvas.fit(ids);
    }),
  );
}
