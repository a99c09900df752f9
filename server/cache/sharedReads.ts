/**
 * Identical reads in flight, computed once. Under load many clients ask for the same answer at
 * the same moment (a popular node, the matrix); before it is in the read cache each of them would
 * run the same Cypher, which is where a burst of new keys spends the database's CPU. A read that
 * finds an identical one already running under the same graph version waits for that answer.
 *
 * The freshness rule of graphVersion.ts still holds: the waiter's own version probe started after
 * it asked and returned the same version as the running read's probe, so no write committed
 * between the two, and the running read (which began after its probe) saw every write the waiter
 * must see. Only answers the cache would keep are shared; a failure of the moment (a time limit,
 * a database error) lets each waiter run its own read.
 */
import type { CachedAnswer } from "./readCache.ts";

export interface SharedReads {
  /** The answer of an identical read running under `version`, or undefined when none runs. */
  running(version: string, key: string): Promise<CachedAnswer | undefined> | undefined;
  /**
   * Marks a read as running; the returned function ends it with its answer (undefined when the
   * answer is not to be shared). Only the first call counts, so a `finally` may call it again.
   */
  begin(version: string, key: string): (answer: CachedAnswer | undefined) => void;
  /** How many reads are running (for tests: nothing may stay behind). */
  readonly size: number;
}

export function sharedReads(): SharedReads {
  const inFlight = new Map<string, Promise<CachedAnswer | undefined>>();
  const slot = (version: string, key: string) => `${version}\n${key}`;
  return {
    get size() {
      return inFlight.size;
    },
    running(version, key) {
      return inFlight.get(slot(version, key));
    },
    begin(version, key) {
      const name = slot(version, key);
      let settle: (answer: CachedAnswer | undefined) => void = () => {};
      const answer = new Promise<CachedAnswer | undefined>((resolve) => {
        settle = resolve;
      });
      // Waiters whose shared answer failed run their own reads; only the first of those is shared.
      if (!inFlight.has(name)) inFlight.set(name, answer);
      let done = false;
      return (result) => {
        if (done) return;
        done = true;
        if (inFlight.get(name) === answer) inFlight.delete(name);
        settle(result);
      };
    },
  };
}
