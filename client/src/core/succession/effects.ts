/** The selected node's succession follows the selection: its panel names predecessors and successors. */

import type { AppState } from "../app/state.ts";
import { isRelationshipId } from "../relationship/index.ts";
import type { Store } from "../store/store.ts";
import { loadSuccession } from "./actions.ts";

export function syncSuccession(store: Store<AppState>): () => void {
  const load = (id: string | null) => {
    // Relationships have no succession.
    if (id && !isRelationshipId(id)) void loadSuccession(store, id);
  };
  load(store.get().view.selected);
  return store.subscribe((state, previous) => {
    if (state.view.selected !== previous.view.selected) load(state.view.selected);
  });
}
