import { describe, expect, it } from "vitest";
import { deferred } from "../../testing/deferred.ts";
import { Freshness, freshness } from "./freshness.ts";

describe("Freshness", () => {
  it("keeps the newer answer when two loads resolve in reverse order", async () => {
    const guard = new Freshness();
    const older = deferred<string>();
    const newer = deferred<string>();
    let shown = "";
    const first = guard.load(
      () => older.promise,
      (value) => {
        shown = value;
      },
    );
    const second = guard.load(
      () => newer.promise,
      (value) => {
        shown = value;
      },
    );
    newer.resolve("new");
    await second;
    older.resolve("old");
    await expect(first).resolves.toBe(false);
    expect(shown).toBe("new");
  });

  it("aborts the older load's request when a newer one starts", () => {
    const guard = new Freshness();
    const first = guard.begin();
    const second = guard.begin();
    expect(first.signal.aborted).toBe(true);
    expect(first.isCurrent()).toBe(false);
    expect(second.isCurrent()).toBe(true);
  });

  it("drops an answer, and an error, that arrive after the slice was reset", async () => {
    const guard = new Freshness();
    const pending = deferred<string>();
    const failing = deferred<string>();
    const applied: string[] = [];
    const a = guard.load(
      () => pending.promise,
      (value) => applied.push(value),
    );
    guard.invalidate();
    pending.resolve("late");
    await expect(a).resolves.toBe(false);
    const b = guard.load(
      () => failing.promise,
      () => {},
      () => applied.push("error"),
    );
    guard.invalidate();
    failing.reject(new Error("late"));
    await expect(b).resolves.toBe(false);
    expect(applied).toEqual([]);
  });

  it("gives one guard per owner and slice", () => {
    const owner = {};
    expect(freshness(owner, "matrix")).toBe(freshness(owner, "matrix"));
    expect(freshness(owner, "matrix")).not.toBe(freshness(owner, "path"));
    expect(freshness({}, "matrix")).not.toBe(freshness(owner, "matrix"));
  });
});
