/**
 * The graph's version: Neo4j's own bookmark of its last committed transaction, read with an
 * empty read transaction. Every write that commits — a seed, an import, an admin mutation, a
 * cypher-shell session, from this process or any other sharing the database — changes it, and
 * it changes atomically with the commit, so nothing has to remember to bump a counter. Neo4j
 * Community has no change feed to push it, so it is asked for.
 *
 * Reads are batched but never reused across a commit: a caller only ever gets the answer of a
 * probe that *started after it asked*. A write committed before the caller asked is therefore
 * always seen, while under load one probe serves every request that arrived while the previous
 * probe was in flight. A probe is not free: one Bolt round trip costs about 1 ms of the JVM's CPU
 * and 0.5 ms of this process's (measured on the 2-core bench machine), so probes start at least
 * `spacingMs` apart. At 10 ms that is at most 100 probes a second, a tenth of a core, whatever the
 * request rate; a request waits at most that long (5 ms on average) and only under load, since
 * an idle server probes at once. The spacing never weakens the rule above.
 */
import type { Driver } from "neo4j-driver";
import { withDeadline } from "../neo4j/queryDeadline.ts";

export interface GraphVersion {
  /** The current version; rejects when Neo4j cannot be asked (callers then skip the cache). */
  current(): Promise<string>;
}

/** Default gap between probe starts, in ms. */
export const PROBE_SPACING_MS = 10;

/**
 * Neo4j's timeout for the empty transaction. Every read waits for a probe, so a probe Neo4j does
 * not answer is also abandoned on the client side soon after (queryDeadline.ts): the requests
 * waiting for it then skip the cache instead of hanging with it.
 */
const PROBE_TIMEOUT_MS = 2_000;

export function graphVersion(driver: Driver, database: string, spacingMs = PROBE_SPACING_MS): GraphVersion {
  return batchedProbe(async () => {
    const session = driver.session({ database, defaultAccessMode: "READ" });
    try {
      // An empty transaction has no query for Neo4j to time out: one second past is enough.
      return await withDeadline(session, PROBE_TIMEOUT_MS + 1_000, async () => {
        const transaction = await session.beginTransaction({ timeout: PROBE_TIMEOUT_MS });
        await transaction.commit();
        return session.lastBookmarks().join(",");
      });
    } finally {
      await session.close();
    }
  }, spacingMs);
}

/** The batching rules over any probe (exported for tests). */
export function batchedProbe(probe: () => Promise<string>, spacingMs: number): GraphVersion {
  let inFlight: Promise<string> | undefined;
  /** A probe that has not started yet: whoever asks now may share it. */
  let next: Promise<string> | undefined;
  let lastStart = Number.NEGATIVE_INFINITY;

  function start(): Promise<string> {
    lastStart = performance.now();
    const running = probe().finally(() => {
      if (inFlight === running) inFlight = undefined;
    });
    inFlight = running;
    return running;
  }

  return {
    current() {
      if (next) return next;
      if (!inFlight && performance.now() - lastStart >= spacingMs) return start();
      // A probe is running (it may have begun before this call) or has just begun: the caller
      // waits for the next one, which starts once that one is done and the spacing has passed.
      const scheduled = (inFlight ?? Promise.resolve(""))
        .catch(() => "")
        .then(async () => {
          const wait = lastStart + spacingMs - performance.now();
          if (wait > 0) await new Promise((resolve) => setTimeout(resolve, Math.ceil(wait)));
          // Cleared in the same turn as the probe starts, so no later caller joins a started probe.
          next = undefined;
          return start();
        });
      next = scheduled;
      return scheduled;
    },
  };
}
