/**
 * Freshness of asynchronous loads: one guard per slice, bumped by every load it starts (graphiql's
 * `queryId`). A load holds a ticket; its answer is applied only while the ticket is still the
 * newest, so an older answer that arrives late can never overwrite the state a newer load (or a
 * reset of the slice) has made. Starting a load also aborts the one before it, so its request
 * stops too.
 *
 * Use it from any slice:
 *
 *   const guard = freshness(explorer.store, "matrix");
 *   const ticket = guard.begin();
 *   const answer = await load(ticket.signal);
 *   if (ticket.isCurrent()) explorer.store.set(...answer...);
 */
export interface Ticket {
  /** Aborted as soon as a newer load starts or the slice is reset. */
  readonly signal: AbortSignal;
  /** True while no newer load has started and the slice has not been reset since. */
  isCurrent(): boolean;
}

export class Freshness {
  private counter = 0;
  private controller: AbortController | null = null;

  /** Starts a load: every ticket handed out before this one stops being current. */
  begin(): Ticket {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const id = ++this.counter;
    return {
      signal: controller.signal,
      isCurrent: () => id === this.counter,
    };
  }

  /** Makes every ticket handed out so far stale (the slice was cleared or reset). */
  invalidate(): void {
    this.controller?.abort();
    this.controller = null;
    this.counter++;
  }

  /**
   * Runs one load under a new ticket: `apply` gets the answer, `fail` the error, each only while
   * the ticket is current. Resolves true when the answer (or the error) was applied.
   */
  async load<T>(
    fetch: (signal: AbortSignal) => Promise<T>,
    apply: (value: T) => void,
    fail: (error: unknown) => void = () => {},
  ): Promise<boolean> {
    const ticket = this.begin();
    let value: T;
    try {
      value = await fetch(ticket.signal);
    } catch (error) {
      if (!ticket.isCurrent()) return false;
      fail(error);
      return true;
    }
    if (!ticket.isCurrent()) return false;
    apply(value);
    return true;
  }
}

const guards = new WeakMap<object, Map<string, Freshness>>();

/** The guard of one slice of one owner (a store): the same object for the same pair. */
export function freshness(owner: object, slice: string): Freshness {
  let slices = guards.get(owner);
  if (!slices) {
    slices = new Map();
    guards.set(owner, slices);
  }
  let guard = slices.get(slice);
  if (!guard) {
    guard = new Freshness();
    slices.set(slice, guard);
  }
  return guard;
}
