/**
 * The search slice: its state in a store of its own, and the one action that loads hits into it.
 * Every load is fresh or dropped (latest.ts): typing "helse" then "helsenorge" can never leave
 * the hits for "helse" on screen because their answer came last.
 */
import type { SearchHit } from "../graph/contract.ts";
import { createStore } from "../store/store.ts";
import { createLatest } from "./latest.ts";
import { IDLE_SEARCH, MIN_SEARCH_TEXT, type SearchState } from "./types.ts";

export interface SearchLoader {
  /** The hits for `text` (the API covers every date). */
  hits(text: string): Promise<readonly SearchHit[]>;
  /** A failure in the user's words. */
  describe(error: unknown): string;
}

export interface SearchSlice {
  get(): SearchState;
  /** Calls `listener` after every change of the search state. */
  subscribe(listener: (state: SearchState) => void): () => void;
  /** Searches `text`; resolves with the state this load left, or the newer one that replaced it. */
  run(text: string): Promise<SearchState>;
  reset(): void;
}

export function createSearchSlice(loader: SearchLoader): SearchSlice {
  // One field, replaced whole: a union's phases must not merge their fields.
  const store = createStore<{ readonly state: SearchState }>({ state: IDLE_SEARCH });
  const latest = createLatest();
  const put = (state: SearchState) => store.set({ state });
  const get = () => store.get().state;
  return {
    get,
    subscribe: (listener) => store.subscribe((next) => listener(next.state)),
    async run(text) {
      const trimmed = text.trim();
      const ticket = latest.next();
      if (trimmed.length < MIN_SEARCH_TEXT) {
        put(IDLE_SEARCH);
        return IDLE_SEARCH;
      }
      put({ phase: "loading", text: trimmed });
      let next: SearchState;
      try {
        next = { phase: "results", text: trimmed, hits: await loader.hits(trimmed) };
      } catch (error) {
        next = { phase: "failed", text: trimmed, message: loader.describe(error) };
      }
      if (latest.isCurrent(ticket)) put(next);
      return get();
    },
    reset() {
      latest.next();
      put(IDLE_SEARCH);
    },
  };
}
