import { describe, expect, it } from "vitest";
import { type Answer, QueryRuns, type Run } from "./run.ts";

function deferred() {
  let resolve: (answer: Answer) => void = () => undefined;
  const promise = new Promise<Answer>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe("the query tab's runs", () => {
  it("shows the newer run's answer when two runs resolve in reverse order", async () => {
    const shown: Run[] = [];
    const runs = new QueryRuns((run) => shown.push(run));
    const older = deferred();
    const newer = deferred();
    const first = runs.start(() => older.promise, String);
    const second = runs.start(() => newer.promise, String);
    newer.resolve({ response: { data: { which: "newer" } }, typed: null });
    await second;
    older.resolve({ response: { data: { which: "older" } }, typed: null });
    await first;
    expect(runs.run).toEqual({ phase: "done", response: { data: { which: "newer" } }, typed: null });
    expect(shown.at(-1)).toEqual({ phase: "done", response: { data: { which: "newer" } }, typed: null });
  });

  it("aborts the older run's request when a newer one starts", async () => {
    const runs = new QueryRuns(() => undefined);
    let firstSignal: AbortSignal | null = null;
    const older = deferred();
    const first = runs.start((signal) => {
      firstSignal = signal;
      return older.promise;
    }, String);
    const second = runs.start(async () => ({ response: { data: {} }, typed: null }), String);
    await second;
    expect((firstSignal as AbortSignal | null)?.aborted).toBe(true);
    older.resolve({ response: { data: {} }, typed: null });
    await first;
  });

  it("reports a failed run with the error described", async () => {
    const runs = new QueryRuns(() => undefined);
    await runs.start(
      () => Promise.reject(new Error("down")),
      (error) => `failed: ${(error as Error).message}`,
    );
    expect(runs.run).toEqual({ phase: "failed", message: "failed: down" });
  });
});
