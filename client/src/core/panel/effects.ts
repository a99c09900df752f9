/**
 * The open panel follows the view. A node's panel lists its neighbourhood as of the drawn day:
 * whenever the selected node is drawn and its neighbourhood is missing (first selected, or
 * emptied because the graph was rebuilt for a new date, a comparison or a reconnect), it is
 * loaded. A new date makes every answer still on its way stale, and reloads an open
 * relationship's evidence for that date.
 */
import { openEvidence } from "../app/evidenceActions.ts";
import type { Explorer } from "../app/state.ts";
import { isRelationshipId } from "../relationship/index.ts";
import { freshness } from "../store/freshness.ts";
import { loadNeighbourhood, PANEL_SLICE } from "./actions.ts";

export function syncPanel(explorer: Explorer): () => void {
  // One try per node, day and emptying of the cache: a failed load waits for the next change.
  let tried: { key: string; cache: ReadonlyMap<string, unknown> } | null = null;
  const check = () => {
    const state = explorer.store.get();
    const { selected, asOf } = state.view;
    if (!selected || state.neighbourhoods.has(selected) || !explorer.model.nodes.has(selected)) return;
    // Until the graph is rebuilt for the view's day, the drawn node may not be in force on it.
    if (state.drawn === null || state.drawn.asOf !== asOf) return;
    const key = `${selected}@${asOf ?? ""}`;
    if (tried && tried.key === key && tried.cache === state.neighbourhoods) return;
    tried = { key, cache: state.neighbourhoods };
    void loadNeighbourhood(explorer, selected, asOf);
  };
  const stop = explorer.store.subscribe((state, previous) => {
    if (state.view.asOf !== previous.view.asOf) {
      freshness(explorer.store, PANEL_SLICE).invalidate();
      // The panel says "loading" until the new day's neighbourhood is in, never the old day's.
      if (state.neighbourhoods.size > 0) explorer.store.set({ neighbourhoods: new Map() });
      const { evidence } = state;
      if (evidence.phase !== "idle" && evidence.id === state.view.selected && isRelationshipId(evidence.id))
        void openEvidence(explorer, evidence.id);
    }
    check();
  });
  check();
  return stop;
}
