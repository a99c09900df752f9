/**
 * Progress lines while `npm start` starts: whenever 2.5 s pass without a line, says which step
 * it is waiting for. The ticker runs in a worker thread and writes straight to stderr, because
 * building the GraphQL schema holds the main thread for seconds at a time and a timer there
 * would stay silent exactly when it is needed.
 */
import { Worker } from "node:worker_threads";

export const STARTUP_STEPS = [
  "starting",
  "waiting for Neo4j",
  "seeding",
  "building the GraphQL schema",
  "listening",
] as const;
export type StartupStep = (typeof STARTUP_STEPS)[number];

export interface StartupProgress {
  /** Writes a line (and restarts the silence count). */
  log(line: string): void;
  step(step: StartupStep): void;
  stop(): void;
}

const QUIET_MS = 2_500;

// Plain CommonJS: an `eval` worker needs no file on disk next to the bundle.
const TICKER = `
const { workerData } = require("node:worker_threads");
const { writeSync } = require("node:fs");
const { shared, startedAt, steps, quietMs } = workerData;
const timer = setInterval(() => {
  if (Atomics.load(shared, 2) === 1) return clearInterval(timer);
  const now = Date.now() - startedAt;
  if (now - Atomics.load(shared, 0) < quietMs) return;
  Atomics.store(shared, 0, now);
  writeSync(2, "  … " + steps[Atomics.load(shared, 1)] + " (" + (now / 1000).toFixed(0) + " s since start)\\n");
}, 250);
`;

export function startupProgress(startedAt = Date.now()): StartupProgress {
  // [ms of the last line since start, index of the current step, 1 when stopped]
  const shared = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
  const worker = new Worker(TICKER, {
    eval: true,
    workerData: { shared, startedAt, steps: STARTUP_STEPS, quietMs: QUIET_MS },
  });
  worker.unref();
  return {
    log(line) {
      Atomics.store(shared, 0, Date.now() - startedAt);
      process.stderr.write(`${line}\n`);
    },
    step(step) {
      Atomics.store(shared, 1, STARTUP_STEPS.indexOf(step));
    },
    stop() {
      Atomics.store(shared, 2, 1);
      void worker.terminate();
    },
  };
}
