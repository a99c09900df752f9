/**
 * Keeps the path in step with the view state when something other than a path action changes it:
 * Back/Forward to a scene with another path or none, and a new date (the path is found as of the
 * graph's date, so another day may join the ends differently or not at all).
 */
import type { Explorer } from "../app/state.ts";
import { findPath } from "./actions.ts";
import { IDLE_PATH } from "./types.ts";

export function syncPath(explorer: Explorer): () => void {
  return explorer.store.subscribe((state, previous) => {
    const { view } = state;
    const dayChanged = view.asOf !== previous.view.asOf;
    if (view.path === previous.view.path && !dayChanged) return;
    const { path } = state;
    // Path actions set the path state before the view, so their own view changes match it here.
    const shown = path.phase === "idle" || path.phase === "choosing" ? null : path;
    const wanted = view.path;
    if (wanted === null) {
      if (shown) explorer.store.set({ path: IDLE_PATH });
      return;
    }
    if (shown && shown.from === wanted[0] && shown.to === wanted[1] && !dayChanged) return;
    // After this change has reached every subscriber, so the path state it reads is settled.
    queueMicrotask(() => {
      const now = explorer.store.get().view.path;
      if (now && now[0] === wanted[0] && now[1] === wanted[1]) void findPath(explorer, wanted[0], wanted[1]);
    });
  });
}
