import type { SearchHit } from "../graph/contract.ts";

/** Autocomplete lifecycle, as one union rather than a heap of booleans. */
export type SearchState =
  | { readonly phase: "idle" }
  | { readonly phase: "loading"; readonly text: string }
  | { readonly phase: "results"; readonly text: string; readonly hits: readonly SearchHit[] }
  | { readonly phase: "failed"; readonly text: string; readonly message: string };

export const IDLE_SEARCH: SearchState = { phase: "idle" };

/** Fewer characters than this search nothing: one letter matches half the graph. */
export const MIN_SEARCH_TEXT = 2;
