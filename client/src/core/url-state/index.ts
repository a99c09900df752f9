import type { ViewState } from "./types.ts";
import { decodeState, encodeState } from "./utils.ts";

export * from "./types.ts";
export { decodeState, encodeState } from "./utils.ts";

/** Reads the state from the current address. */
export function readUrlState(): ViewState {
  return decodeState(window.location.search);
}

/** Writes the state to the address without adding a history entry per change. */
export function writeUrlState(state: ViewState): void {
  const encoded = encodeState(state);
  const url = `${window.location.pathname}${encoded ? `?${encoded}` : ""}`;
  if (url !== `${window.location.pathname}${window.location.search}`)
    window.history.replaceState(null, "", url);
}
