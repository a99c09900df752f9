/**
 * The open node panel's neighbourhood: every relationship of the selected node as of the view's
 * day. Each load names its day and holds a ticket of the panel's freshness guard, so an answer
 * for another node or another day never fills the panel.
 */
import { api, describeError } from "../api/index.ts";
import { flash } from "../app/commit.ts";
import type { Explorer } from "../app/state.ts";
import { freshness } from "../store/freshness.ts";

export const PANEL_SLICE = "panel";

export async function loadNeighbourhood(explorer: Explorer, id: string, asOf: string | null): Promise<void> {
  await freshness(explorer.store, PANEL_SLICE).load(
    (signal) => api.neighbourhood(id, { asOf, signal }),
    (subgraph) => {
      if (explorer.store.get().view.asOf !== asOf) return;
      explorer.store.set((state) => ({ neighbourhoods: new Map(state.neighbourhoods).set(id, subgraph) }));
    },
    (error) => flash(explorer, describeError(error, explorer.store.get().view.language)),
  );
}
