/**
 * The graph's version: Neo4j's own bookmark of its last committed transaction, read with an
 * empty read transaction. Every write that commits — a seed, an import, an admin mutation, a
 * cypher-shell session, from this process or any other sharing the database — changes it, and
 * it changes atomically with the commit, so nothing has to remember to bump a counter.
 *
 * Reads are batched but never reused across a commit: a caller only ever gets the answer of a
 * probe that *started after it asked*. A write committed before the caller asked is therefore
 * always seen, while under load one probe (one Bolt round trip, about 1 ms) serves every request
 * that arrived while the previous probe was in flight.
 */
import type { Driver } from "neo4j-driver";

export interface GraphVersion {
  /** The current version; rejects when Neo4j cannot be asked (callers then skip the cache). */
  current(): Promise<string>;
}

export function graphVersion(driver: Driver, database: string): GraphVersion {
  let inFlight: Promise<string> | undefined;
  let next: Promise<string> | undefined;

  async function probe(): Promise<string> {
    const session = driver.session({ database, defaultAccessMode: "READ" });
    try {
      const transaction = await session.beginTransaction({ timeout: 2_000 });
      await transaction.commit();
      return session.lastBookmarks().join(",");
    } finally {
      await session.close();
    }
  }

  function start(): Promise<string> {
    const running = probe().finally(() => {
      if (inFlight === running) inFlight = undefined;
    });
    inFlight = running;
    return running;
  }

  return {
    current() {
      if (!inFlight) return start();
      // A probe is already running but may have begun before this call: wait for the next one.
      if (!next) {
        next = inFlight
          .catch(() => undefined)
          .then(() => {
            next = undefined;
            return start();
          });
      }
      return next;
    },
  };
}
