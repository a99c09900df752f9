/**
 * Actions of the path between two nodes: choosing its ends from a node's panel, finding it with
 * shortestPath (as of the graph's date), drawing its nodes, and clearing it.
 */
import { api, describeError } from "../api/index.ts";
import { busy, commitModel, updateView } from "../app/commit.ts";
import type { Explorer } from "../app/state.ts";
import type { PathEnd } from "./types.ts";
import { orderPath } from "./utils.ts";

/** Chooses one end; once both ends are known the path is looked up. */
export async function choosePathEnd(x: Explorer, end: PathEnd, id: string): Promise<void> {
  const current = x.store.get().path;
  const other = current.phase === "idle" ? null : end === "from" ? current.to : current.from;
  if (other === null || other === id) {
    x.store.set({
      path: { phase: "choosing", from: end === "from" ? id : null, to: end === "to" ? id : null },
    });
    updateView(x, { path: null });
    return;
  }
  await findPath(x, end === "from" ? id : other, end === "to" ? id : other);
}

export async function findPath(x: Explorer, from: string, to: string): Promise<void> {
  x.store.set({ path: { phase: "loading", from, to } });
  updateView(x, { path: [from, to] });
  // A restore (a reconnect, Back) aborts queued work; the path is still wanted, so it is looked up
  // again after it rather than left "loading" for ever.
  for (let attempt = 0; attempt < 3 && isLoading(x, from, to); attempt++) await lookUp(x, from, to);
}

async function lookUp(x: Explorer, from: string, to: string): Promise<void> {
  await x.queue.enqueue((signal) =>
    busy(x, async () => {
      try {
        const subgraph = await api.shortestPath(from, to);
        if (signal.aborted || !isLoading(x, from, to)) return;
        const { nodes, steps } = orderPath(subgraph, from, to);
        const result = x.model.merge(subgraph);
        x.store.set({ path: { phase: "ready", from, to, subgraph, nodes, steps } });
        commitModel(x);
        if (result.addedNodes.length > 0) x.canvas.placeNear(from, result.addedNodes);
        if (nodes.length > 0) x.canvas.fit(nodes, true);
      } catch (error) {
        if (isLoading(x, from, to))
          x.store.set({
            path: { phase: "failed", from, to, message: describeError(error, x.store.get().view.language) },
          });
      }
    }),
  );
}

function isLoading(x: Explorer, from: string, to: string): boolean {
  const path = x.store.get().path;
  return path.phase === "loading" && path.from === from && path.to === to;
}

export function clearPath(x: Explorer): void {
  x.store.set({ path: { phase: "idle" } });
  updateView(x, { path: null });
}
