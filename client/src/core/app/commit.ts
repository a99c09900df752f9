/** Small steps every action shares: patch the view state, publish model changes, run with a spinner. */
import { describeError } from "../api/index.ts";
import type { ViewState } from "../url-state/types.ts";
import type { Explorer } from "./state.ts";

const FLASH_MS = 6000;

export function updateView(explorer: Explorer, patch: Partial<ViewState>): void {
  explorer.store.set((state) => ({ view: { ...state.view, ...patch } }));
}

/**
 * Publishes a change of the graph model: views redraw (synchronously, so the canvas holds the
 * new elements when this returns) and the URL's node lists follow the model. The view names its
 * subjects, not every node drawn: the root's tree and each expansion stand for the nodes they
 * bring, so that another day evaluates them again (its own tree, its own neighbours).
 */
export function commitModel(explorer: Explorer): void {
  const { model } = explorer;
  const fromExpansions = new Set([...model.expansions.values()].flatMap((e) => e.addedNodes));
  const drawn = [...model.nodes.keys()].filter((id) => !fromExpansions.has(id) && !model.tree.has(id));
  const nodes = [...new Set([...drawn, ...model.absentSubjects])];
  const expanded = [...model.expansions.values()].map((e) => ({
    id: e.nodeId,
    types: e.types,
    nodes: e.addedNodes.filter((id) => model.nodes.has(id)),
  }));
  explorer.store.set((state) => ({
    revision: state.revision + 1,
    treeOnly: nodes.length === 0 && expanded.length === 0 && state.view.trace === null,
    view: { ...state.view, nodes, expanded },
  }));
}

export function flash(explorer: Explorer, message: string): void {
  explorer.store.set({ flash: message });
  setTimeout(() => {
    if (explorer.store.get().flash === message) explorer.store.set({ flash: null });
  }, FLASH_MS);
}

/** Runs work with the spinner on; a failure becomes a message, never an unhandled rejection. */
export async function busy<T>(explorer: Explorer, work: () => Promise<T>): Promise<T | undefined> {
  explorer.store.set((state) => ({ pending: state.pending + 1 }));
  try {
    return await work();
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") return undefined;
    flash(explorer, describeError(error, explorer.store.get().view.language));
    return undefined;
  } finally {
    explorer.store.set((state) => ({ pending: state.pending - 1 }));
  }
}
