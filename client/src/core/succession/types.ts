import type { Succession } from "../graph/contract.ts";

/**
 * One node's succession as loaded for its panel. `ticket` marks the load under way, so that only
 * its own answer settles it (a retry after a failure starts a newer one).
 */
export type SuccessionLoad =
  | { readonly phase: "loading"; readonly ticket: number }
  | { readonly phase: "ready"; readonly succession: Succession }
  | { readonly phase: "failed" };

/** By node id. Succession does not depend on the day, so nothing here is dropped when it changes. */
export type SuccessionCache = ReadonlyMap<string, SuccessionLoad>;

export const EMPTY_SUCCESSION: SuccessionCache = new Map();
