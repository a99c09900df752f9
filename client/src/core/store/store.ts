/**
 * A minimal store: one immutable state, replaced by `set`, with synchronous `subscribe`. Views
 * subscribe and render themselves; nothing else needs to remember to call them.
 */
export type Listener<S> = (state: S, previous: S) => void;

export interface Store<S> {
  get(): S;
  set(patch: Partial<S> | ((state: S) => Partial<S>)): void;
  subscribe(listener: Listener<S>): () => void;
}

export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<Listener<S>>();
  return {
    get: () => state,
    set(patch) {
      const previous = state;
      const change = typeof patch === "function" ? patch(state) : patch;
      state = { ...state, ...change };
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Equal when both lists hold the same items by identity: for selectors that pick several slices. */
export function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, index) => Object.is(item, b[index]));
}

/** Calls `render` once at once, then whenever the selected slice changes. */
export function watch<S, T>(
  store: Store<S>,
  select: (state: S) => T,
  render: (value: T, state: S) => void,
  equal: (a: T, b: T) => boolean = Object.is,
): () => void {
  let last = select(store.get());
  render(last, store.get());
  return store.subscribe((state) => {
    const next = select(state);
    if (equal(next, last)) return;
    last = next;
    render(next, state);
  });
}
