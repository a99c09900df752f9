/**
 * Tells a busy Neo4j (slow, still answering) from one that is down, for /healthz.
 *
 * The probe (a trivial read) runs on its own small pool (database.ts createProbeDriver), so a
 * query pool full of slow requests cannot make it wait. At most one probe runs at a time; a check
 * waits for it only briefly (`answerWithinMs`), so /healthz answers within about a second whatever
 * Neo4j does — an orchestrator's probe times out at 1 s by default. A probe still unanswered then
 * means "busy" until it has been out for `downAfterMs`, which means "down"; a probe that fails
 * (connection refused, authentication) means "down" at once. After a failure, the next probe
 * opens a new connection (a second or more on a loaded machine), so it is given `recoverWithinMs`
 * to show that Neo4j is back before "down" is repeated. The probe itself is abandoned at
 * `probeDeadlineMs`, so a Neo4j that stopped answering does not keep the probe pool's connections.
 */
import type { Driver } from "neo4j-driver";
import { withDeadline } from "./queryDeadline.ts";

export type Neo4jState =
  | { readonly state: "up"; readonly latencyMs: number }
  | { readonly state: "slow"; readonly waitingMs: number }
  | { readonly state: "down" };

export interface HealthTimings {
  /** How long a check waits for the running probe before answering from what it knows. */
  readonly answerWithinMs: number;
  /** The same, when the last probe failed. */
  readonly recoverWithinMs: number;
  /** A probe unanswered this long means Neo4j is down, not busy. */
  readonly downAfterMs: number;
  /**
   * A probe that took longer than this means Neo4j is busy. 2 s, the budget /healthz always had
   * for "ok": the first probe after an outage also opens a connection, which takes a loaded
   * machine over a second.
   */
  readonly slowMs: number;
}

export const HEALTH_TIMINGS: HealthTimings = {
  answerWithinMs: 800,
  recoverWithinMs: 2_000,
  downAfterMs: 5_000,
  slowMs: 2_000,
};

export interface Neo4jHealth {
  check(): Promise<Neo4jState>;
}

/** The monitor over any probe (exported for tests: the probe and the clock are theirs). */
export function probeMonitor(
  probe: () => Promise<void>,
  timings: HealthTimings = HEALTH_TIMINGS,
  now: () => number = () => performance.now(),
): Neo4jHealth {
  let running: { readonly started: number; readonly done: Promise<Neo4jState> } | undefined;
  /** What the last probe to finish found: a failure stays "down" while the next probe waits. */
  let last: Neo4jState | undefined;

  function start(): { readonly started: number; readonly done: Promise<Neo4jState> } {
    const started = now();
    const done = probe().then(
      (): Neo4jState => ({ state: "up", latencyMs: Math.round(now() - started) }),
      (): Neo4jState => ({ state: "down" }),
    );
    const current = { started, done };
    running = current;
    void done.then((found) => {
      last = found;
      if (running === current) running = undefined;
    });
    return current;
  }

  return {
    async check() {
      const current = running ?? start();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const answered = await Promise.race([
        current.done,
        new Promise<undefined>((resolve) => {
          const within = last?.state === "down" ? timings.recoverWithinMs : timings.answerWithinMs;
          timer = setTimeout(() => resolve(undefined), within);
        }),
      ]);
      clearTimeout(timer);
      if (answered) return answered;
      if (last?.state === "down") return last;
      const waitingMs = Math.round(now() - current.started);
      return waitingMs >= timings.downAfterMs ? { state: "down" } : { state: "slow", waitingMs };
    },
  };
}

/** The monitor over Neo4j itself: `RETURN 1` on the probe driver. */
export function neo4jHealth(
  probeDriver: Driver,
  database: string,
  timings: HealthTimings = HEALTH_TIMINGS,
): Neo4jHealth {
  return probeMonitor(async () => {
    const session = probeDriver.session({ database, defaultAccessMode: "READ" });
    try {
      // An auto-commit query, not a managed transaction: the driver retries those after a
      // connection error (about a second later), which would turn "refused" into "busy".
      await withDeadline(session, timings.downAfterMs * 2, async () => {
        await session.run("RETURN 1", {}, { timeout: timings.downAfterMs });
      });
    } finally {
      session.close().catch(() => {});
    }
  }, timings);
}
