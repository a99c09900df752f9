/**
 * Loads what took over from a node and what it took over from, for the node's panel ("formerly
 * …", "merged into …"): a succession query by id, never a text search.
 */
import { api } from "../api/index.ts";
import type { AppState } from "../app/state.ts";
import type { Succession } from "../graph/contract.ts";
import type { Store } from "../store/store.ts";
import type { SuccessionCache, SuccessionLoad } from "./types.ts";

let tickets = 0;

type Holder = Store<Pick<AppState, "succession">>;

function put(store: Holder, id: string, load: SuccessionLoad): void {
  store.set((state) => ({ succession: new Map(state.succession).set(id, load) }));
}

/** Loads `id`'s succession unless it is loaded or loading; only the newest load for an id lands. */
export async function loadSuccession(
  store: Holder,
  id: string,
  fetch: (id: string) => Promise<Succession> = api.succession,
): Promise<void> {
  const held = store.get().succession.get(id);
  if (held && held.phase !== "failed") return;
  const ticket = ++tickets;
  put(store, id, { phase: "loading", ticket });
  let next: SuccessionLoad;
  try {
    next = { phase: "ready", succession: await fetch(id) };
  } catch {
    // The panel then says nothing of a succession; the next selection of the node tries again.
    next = { phase: "failed" };
  }
  const now = store.get().succession.get(id);
  if (now?.phase === "loading" && now.ticket === ticket) put(store, id, next);
}

/** The loaded succession of `id`, or null while it loads, failed or was never asked for. */
export function successionOf(cache: SuccessionCache, id: string): Succession | null {
  const load = cache.get(id);
  return load?.phase === "ready" ? load.succession : null;
}
