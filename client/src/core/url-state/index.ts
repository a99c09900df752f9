import { DEFAULT_STATE, type ViewState } from "./types.ts";
import { decodeState, encodeState } from "./utils.ts";

export * from "./types.ts";
export { decodeState, encodeState } from "./utils.ts";

/** The address of a link that opens `state` on this page. */
export function shareUrl(state: ViewState, location: Pick<Location, "origin" | "pathname">): string {
  const encoded = encodeState(state);
  return `${location.origin}${location.pathname}${encoded ? `?${encoded}` : ""}`;
}

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
 * True when two states differ in more than the viewport, the query text and variables, the
 * release recorded (learning the release is not a step of the user's) and the positions a
 * layout leaves (they follow the step that ran it); moving one node by hand is a step.
 */
export function isNewStep(a: ViewState, b: ViewState): boolean {
  const { viewport: _va, query: _qa, queryVariables: _qva, release: _ra, positions: pa, ...restA } = a;
  const { viewport: _vb, query: _qb, queryVariables: _qvb, release: _rb, positions: pb, ...restB } = b;
  const same = encodeState({ ...DEFAULT_STATE, ...restA }) === encodeState({ ...DEFAULT_STATE, ...restB });
  return !same || isMove(pa, pb);
}

/**
 * True when exactly one node was moved or given a position and none lost one: a drag (in the
 * untouched tree a dragged node is the only one recorded). A layout moves many nodes at once.
 */
export function isMove(a: ViewState["positions"], b: ViewState["positions"]): boolean {
  if (a === b || Object.keys(b).some((id) => !(id in a))) return false;
  const moved = Object.entries(a).filter(([id, p]) => {
    const q = b[id];
    return !q || p.x !== q.x || p.y !== q.y;
  });
  return moved.length === 1;
}
