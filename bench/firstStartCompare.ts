/**
 * A fresh machine's first start, before and after, side by side: `npx tsx
 * bench/firstStartCompare.ts <before checkout> <after checkout> [runs] [later starts]`. Each run
 * removes the checkout's platform/launcher/target (class path, compiled launcher, class-data
 * archive) and points Maven at an empty temporary repository (MAVEN_OPTS=-Dmaven.repo.local=…),
 * so that everything a fresh machine lacks is downloaded and built again, without touching the
 * shared ~/.m2. It then times `npm start` to "Ready:" on a fresh data dir, waits for the class-data
 * archive (built before Ready by the old code, after it by the new), stops, and times the later
 * starts on the same data dir, Maven repository and archive. Variants alternate, so that the
 * noise of a shared machine falls on both alike. Pass two exported checkouts, never the working
 * tree other processes use: their launcher target is deleted.
 */
import { rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { type RunningServer, startServer, stopServer, tempDir } from "./startup.ts";

interface FirstStartRun {
  readonly firstMs: number;
  /** CPU seconds at Ready: Node, the Neo4j JVM and every child already exited (Maven, javac, a build). */
  readonly firstCpu: number;
  readonly laterCpu: readonly number[];
  /** Maven's part of the first start ("neo4j-launcher: ready after … s"). */
  readonly mavenMs: number;
  /** "Ready:" → the archive's "ready" line; negative when it came before Ready (the old code). */
  readonly archiveAfterReadyMs: number;
  readonly downloaded: number;
  readonly laterMs: readonly number[];
  /** Whether each later start's JVM mapped the archive. */
  readonly laterWithArchive: readonly boolean[];
}

const ARCHIVE_DONE = /class-data archive ready|could not (?:build|prepare) a class-data archive/;
const ARCHIVE_WAIT_MS = 900_000;

/** Milliseconds from Ready until the archive line appears (bounded wait), or NaN. */
async function archiveLine(server: RunningServer, readyAt: number): Promise<number> {
  const deadline = performance.now() + ARCHIVE_WAIT_MS;
  for (;;) {
    const index = server.stderr.findIndex((line) => ARCHIVE_DONE.test(line));
    if (index >= 0) {
      const readyIndex = server.stderr.findIndex((line) => line.startsWith("Ready:"));
      return index < readyIndex ? -1 : performance.now() - readyAt;
    }
    if (performance.now() > deadline) return Number.NaN;
    await new Promise((r) => setTimeout(r, 250));
  }
}

function cpuAtReady(server: RunningServer): number {
  return server.readyCpu.node + server.readyCpu.java + server.readyCpu.reapedChildren;
}

async function measure(root: string, laterStarts: number): Promise<FirstStartRun> {
  const dataDir = tempDir("bench-first-start-");
  const m2 = tempDir("bench-first-start-m2-");
  rmSync(join(root, "platform/launcher/target"), { recursive: true, force: true });
  // On a loaded machine Neo4j alone can take longer than the default 90 s to answer.
  const env = { MAVEN_OPTS: `-Dmaven.repo.local=${m2}`, NEO4J_START_TIMEOUT_MS: "600000" };
  try {
    // A shared machine under load can take minutes over a fresh start.
    const first = await startServer(dataDir, 900_000, env, root);
    const readyAt = performance.now();
    const archiveAfterReadyMs = await archiveLine(first, readyAt);
    const downloadedLine = first.stderr.find((line) => /files downloaded\)/.test(line)) ?? "";
    await stopServer(first);
    const mavenLine = first.stderr.find((line) => /neo4j-launcher: ready after/.test(line)) ?? "";
    const laterMs: number[] = [];
    const laterWithArchive: boolean[] = [];
    const laterCpu: number[] = [];
    for (let i = 0; i < laterStarts; i++) {
      const later = await startServer(dataDir, 600_000, env, root);
      laterMs.push(later.readyMs);
      laterCpu.push(cpuAtReady(later));
      laterWithArchive.push(!later.stderr.some((line) => line.includes("without a class-data archive")));
      await stopServer(later);
    }
    return {
      firstMs: first.readyMs,
      firstCpu: cpuAtReady(first),
      laterCpu,
      mavenMs: 1000 * Number(/ready after ([\d.]+) s/.exec(mavenLine)?.[1] ?? Number.NaN),
      archiveAfterReadyMs,
      downloaded: Number(/\((\d+) files downloaded\)/.exec(downloadedLine)?.[1] ?? Number.NaN),
      laterMs,
      laterWithArchive,
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(m2, { recursive: true, force: true });
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
const archiveWhen = (ms: number): string =>
  ms < 0 ? "before Ready" : Number.isNaN(ms) ? "not seen" : `${seconds(ms)} after Ready`;

const [before, after] = process.argv.slice(2, 4);
const runs = Number(process.argv[4] ?? 3);
const laterStarts = Number(process.argv[5] ?? 1);
if (!before || !after) {
  process.stderr.write(
    "usage: npx tsx bench/firstStartCompare.ts <before checkout> <after checkout> [runs] [later starts]\n",
  );
  process.exit(2);
}
const variants = { before: resolve(before), after: resolve(after) } as const;
const results: Record<keyof typeof variants, FirstStartRun[]> = { before: [], after: [] };
for (let run = 0; run < runs; run++) {
  const order: (keyof typeof variants)[] = run % 2 === 0 ? ["before", "after"] : ["after", "before"];
  for (const name of order) {
    const result = await measure(variants[name], laterStarts);
    results[name].push(result);
    process.stderr.write(
      `run ${run + 1} ${name}: first start ${seconds(result.firstMs)} (CPU ${result.firstCpu.toFixed(1)} s; Maven ${seconds(result.mavenMs)}, ${result.downloaded} files downloaded), archive ${archiveWhen(result.archiveAfterReadyMs)}, later ${result.laterMs.map((ms, i) => `${seconds(ms)}${result.laterWithArchive[i] ? "" : " (no archive!)"}`).join(", ")} (CPU ${result.laterCpu.map((c) => c.toFixed(1)).join(", ")} s)\n`,
    );
  }
}
process.stdout.write(
  "| | first start to Ready, fresh machine (median) | … of which Maven (median) | CPU s at Ready, first / later (median) | class-data archive built | later starts (median) | runs: first; later |\n|---|---|---|---|---|---|---|\n",
);
for (const name of ["before", "after"] as const) {
  const list = results[name];
  const later = list.flatMap((r) => r.laterMs);
  process.stdout.write(
    `| ${name} | ${seconds(median(list.map((r) => r.firstMs)))} | ${seconds(median(list.map((r) => r.mavenMs)))} | ${median(list.map((r) => r.firstCpu)).toFixed(1)} / ${median(list.flatMap((r) => r.laterCpu)).toFixed(1)} | ${list.map((r) => archiveWhen(r.archiveAfterReadyMs)).join("; ")} | ${seconds(median(later))} | ${list.map((r) => seconds(r.firstMs)).join(", ")}; ${later.map(seconds).join(", ")} |\n`,
  );
}
