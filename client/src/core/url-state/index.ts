import { DEFAULT_STATE, type ViewState } from "./types.ts";
import { decodeState, encodeState } from "./utils.ts";

export * from "./types.ts";
export { decodeState, encodeState } from "./utils.ts";

/** Reads the state from the current address. */
export function readUrlState(): ViewState {
  return decodeState(window.location.search);
}

/**
 * Writes the state to the address: a new history entry for a user's step (so Back and Ctrl-Z
 * undo it), in place for what merely follows along (zoom and pan, the query text being typed).
 */
export function writeUrlState(state: ViewState, newEntry = false): void {
  const encoded = encodeState(state);
  const url = `${window.location.pathname}${encoded ? `?${encoded}` : ""}`;
  if (url === `${window.location.pathname}${window.location.search}`) return;
  if (newEntry) window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
}

/**
 * True when two states differ in more than the viewport, the query text and variables, and the
 * release recorded (learning the release is not a step of the user's).
 */
export function isNewStep(a: ViewState, b: ViewState): boolean {
  const { viewport: _va, query: _qa, queryVariables: _qva, release: _ra, ...restA } = a;
  const { viewport: _vb, query: _qb, queryVariables: _qvb, release: _rb, ...restB } = b;
  return encodeState({ ...DEFAULT_STATE, ...restA }) !== encodeState({ ...DEFAULT_STATE, ...restB });
}
