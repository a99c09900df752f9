/**
 * Actions of the path between two nodes: choosing its ends from a node's panel, finding it with
 * shortestPath (as of the view's date), drawing its nodes, and clearing it.
 *
 * Finding and drawing are kept apart so that a path request always ends in a visible state
 * (ready, with or without steps, or failed). The lookup is a read that changes nothing, so it
 * does not wait in the task queue, where a restore (Back, a new date, a reconnect) could abort it
 * or a task that never ends could hold it; the panel shows its answer as soon as it arrives. Only
 * adding the path's nodes to the graph model is queued, so it never interleaves with a restore's
 * rebuild; a restore that aborts it is followed by another try.
 */
import { api, describeError } from "../api/index.ts";
import { busy, commitModel, updateView } from "../app/commit.ts";
import type { Explorer } from "../app/state.ts";
import { freshness } from "../store/freshness.ts";
import type { PathEnd, PathState } from "./types.ts";
import { orderPath } from "./utils.ts";

type Ready = Extract<PathState, { phase: "ready" }>;

/** Chooses one end; once both ends are known the path is looked up. */
export async function choosePathEnd(explorer: Explorer, end: PathEnd, id: string): Promise<void> {
  const current = explorer.store.get().path;
  const other = current.phase === "idle" ? null : end === "from" ? current.to : current.from;
  if (other === null || other === id) {
    freshness(explorer.store, "path").invalidate();
    explorer.store.set({
      path: { phase: "choosing", from: end === "from" ? id : null, to: end === "to" ? id : null },
    });
    updateView(explorer, { path: null });
    return;
  }
  await findPath(explorer, end === "from" ? id : other, end === "to" ? id : other);
}

/**
 * Looks the path up as of the view's day and shows it. Each call holds a ticket of the path's
 * freshness guard: a newer request, or clearing the path, makes an older answer stale, and a
 * stale answer is dropped.
 */
export async function findPath(explorer: Explorer, from: string, to: string): Promise<void> {
  const request: PathState = { phase: "loading", from, to };
  const ticket = freshness(explorer.store, "path").begin();
  explorer.store.set({ path: request });
  updateView(explorer, { path: [from, to] });
  const asOf = explorer.store.get().view.asOf;
  // One spinner until the path is drawn, so that "at rest" means the canvas shows it.
  await busy(explorer, async () => {
    let ready: Ready;
    try {
      const subgraph = await api.shortestPath(from, to, { asOf, signal: ticket.signal });
      if (!ticket.isCurrent()) return;
      ready = { phase: "ready", from, to, subgraph, ...orderPath(subgraph, from, to) };
    } catch (error) {
      if (ticket.isCurrent())
        explorer.store.set({
          path: {
            phase: "failed",
            from,
            to,
            message: describeError(error, explorer.store.get().view.language),
          },
        });
      return;
    }
    explorer.store.set({ path: ready });
    await drawPath(explorer, ready);
  });
}

/**
 * Adds the path's nodes and steps to the graph and brings them into view. Queued behind any
 * restore; when a restore aborts it before it ran, it is queued again (after that restore), as
 * long as this path is still the one shown. Each new try needs a new restore, so this ends.
 */
async function drawPath(explorer: Explorer, path: Ready): Promise<void> {
  for (;;) {
    const ran = await explorer.queue.enqueue(async () => {
      if (explorer.store.get().path !== path) return true;
      const result = explorer.model.merge(path.subgraph);
      commitModel(explorer);
      if (result.addedNodes.length > 0) explorer.canvas.placeNear(path.from, result.addedNodes);
      if (path.nodes.length > 0) explorer.canvas.fit(path.nodes, true);
      return true;
    });
    if (ran || explorer.store.get().path !== path) return;
  }
}

export function clearPath(explorer: Explorer): void {
  freshness(explorer.store, "path").invalidate();
  explorer.store.set({ path: { phase: "idle" } });
  updateView(explorer, { path: null });
}
