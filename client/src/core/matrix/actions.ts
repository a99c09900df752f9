/**
 * Loading the SDG matrix as of a day. Each load names its day and holds a ticket of the matrix
 * slice's freshness guard: a load for an earlier date that answers after a newer one started
 * (the date moved while the matrix loaded) is dropped, never drawn for the new date.
 */
import { api, describeError } from "../api/index.ts";
import type { Explorer } from "../app/state.ts";
import { freshness } from "../store/freshness.ts";

/** Loads the matrix as of `asOf` (the view's date unless named), unless it is loaded or loading for it. */
export async function loadMatrix(
  explorer: Explorer,
  asOf: string | null = explorer.store.get().view.asOf,
): Promise<void> {
  const current = explorer.store.get().matrix;
  if ((current.phase === "ready" || current.phase === "loading") && current.asOf === asOf) return;
  explorer.store.set({ matrix: { phase: "loading", asOf } });
  await freshness(explorer.store, "matrix").load(
    (signal) => api.sdgMatrix({ asOf, signal }),
    (matrix) => explorer.store.set({ matrix: { phase: "ready", asOf, matrix } }),
    (error) =>
      explorer.store.set({
        matrix: { phase: "failed", asOf, message: describeError(error, explorer.store.get().view.language) },
      }),
  );
}
