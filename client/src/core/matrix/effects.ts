/**
 * The matrix follows the date: while the Matrix tab is shown, a matrix for any other day than the
 * view's (or none) is replaced by the view's. A failed load waits for Retry or another date.
 */
import type { Explorer } from "../app/state.ts";
import { loadMatrix } from "./actions.ts";

export function syncMatrix(explorer: Explorer): () => void {
  return explorer.store.subscribe((state) => {
    const { view, matrix } = state;
    if (view.tab !== "matrix") return;
    if (matrix.phase !== "idle" && matrix.asOf === view.asOf) return;
    void loadMatrix(explorer, view.asOf);
  });
}
