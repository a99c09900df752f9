/** Keeps the API client's day in step with the view: every query then reads the graph as of it. */
import { setAsOf } from "../api/index.ts";
import type { Explorer } from "../app/state.ts";

export function syncAsOf(x: Explorer): () => void {
  setAsOf(x.store.get().view.asOf);
  return x.store.subscribe((state, previous) => {
    if (state.view.asOf !== previous.view.asOf) setAsOf(state.view.asOf);
  });
}
