/**
 * Start-up before and after, side by side in one run: `npx tsx bench/startupCompare.ts <other
 * checkout> [runs]` starts the other checkout's `npm start` (for instance main's code, exported
 * with `git archive main` and built) and this one's alternately, each run a cold start on a fresh
 * data dir (jars cached, seeding), SIGTERM, then a second start on the same dir and SIGTERM, and
 * prints the medians. Alternating, so that the noise of a shared machine falls on both alike.
 */
import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { ROOT, startServer, stopServer, tempDir } from "./startup.ts";

interface Run {
  readonly coldCpu: number;
  readonly secondCpu: number;
  readonly coldMs: number;
  readonly secondMs: number;
  readonly stopMs: number;
  readonly reseeded: boolean;
}

async function measure(root: string): Promise<Run> {
  const dataDir = tempDir("bench-startup-compare-");
  try {
    const cold = await startServer(dataDir, 240_000, {}, root);
    const stopMs = await stopServer(cold);
    const second = await startServer(dataDir, 240_000, {}, root);
    const secondStopMs = await stopServer(second);
    return {
      coldCpu: cold.readyCpu.node + cold.readyCpu.java,
      secondCpu: second.readyCpu.node + second.readyCpu.java,
      coldMs: cold.readyMs,
      secondMs: second.readyMs,
      stopMs: Math.max(stopMs, secondStopMs),
      reseeded: !second.alreadySeeded,
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

const other = process.argv[2];
const runs = Number(process.argv[3] ?? 3);
if (!other) {
  process.stderr.write("usage: npx tsx bench/startupCompare.ts <other checkout> [runs]\n");
  process.exit(2);
}
const variants = { before: resolve(other), after: ROOT } as const;
const results: Record<keyof typeof variants, Run[]> = { before: [], after: [] };
for (let run = 0; run < runs; run++) {
  // Alternate which goes first, so that neither always starts on a cooler machine.
  const order: (keyof typeof variants)[] = run % 2 === 0 ? ["before", "after"] : ["after", "before"];
  for (const name of order) {
    const result = await measure(variants[name]);
    results[name].push(result);
    process.stderr.write(
      `run ${run + 1} ${name}: cold ${seconds(result.coldMs)} (CPU ${result.coldCpu.toFixed(1)} s), second ${seconds(result.secondMs)} (CPU ${result.secondCpu.toFixed(1)} s), stop ${seconds(result.stopMs)}${result.reseeded ? " (second start re-seeded!)" : ""}\n`,
    );
  }
}
process.stdout.write(
  "| | cold start to Ready (median) | second start | stop (max of the two, median) | CPU s at Ready, Node + java: cold / second (median) | runs |\n|---|---|---|---|---|---|\n",
);
for (const name of ["before", "after"] as const) {
  const list = results[name];
  process.stdout.write(
    `| ${name} (${variants[name]}) | ${seconds(median(list.map((r) => r.coldMs)))} | ${seconds(median(list.map((r) => r.secondMs)))} | ${seconds(median(list.map((r) => r.stopMs)))} | ${median(list.map((r) => r.coldCpu)).toFixed(1)} / ${median(list.map((r) => r.secondCpu)).toFixed(1)} | cold ${list.map((r) => seconds(r.coldMs)).join(", ")}; second ${list.map((r) => seconds(r.secondMs)).join(", ")} |\n`,
  );
}
