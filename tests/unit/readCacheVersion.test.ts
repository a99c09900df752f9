/**
 * The graph-version probe's batching rules, over a fake probe whose answers the test controls:
 * a caller never gets the answer of a probe that started before it asked (so a write committed
 * before it asked is always seen), and probes start at least the spacing apart.
 */
import { describe, expect, it } from "vitest";
import { batchedProbe } from "#server/cache/graphVersion.ts";

/** A probe that answers with the graph's version when it *starts*, and resolves when released. */
function controlledProbe() {
  let graph = 1;
  const starts: number[] = [];
  const pending: (() => void)[] = [];
  return {
    write: () => graph++,
    starts,
    releaseAll: () => {
      for (const release of pending.splice(0)) release();
    },
    probe: () => {
      const seen = `v${graph}`;
      starts.push(performance.now());
      return new Promise<string>((resolve) => pending.push(() => resolve(seen)));
    },
  };
}

async function settle(control: ReturnType<typeof controlledProbe>, until: Promise<unknown>): Promise<void> {
  let done = false;
  void until.then(() => (done = true));
  while (!done) {
    control.releaseAll();
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

describe("graph version probe", () => {
  it("never answers a caller with a probe that started before it asked", async () => {
    const control = controlledProbe();
    const version = batchedProbe(control.probe, 0);
    const before = version.current();
    // The write commits while the first probe is in flight; a caller asking now must see it.
    control.write();
    const after = version.current();
    await settle(control, Promise.all([before, after]));
    expect(await before).toBe("v1");
    expect(await after).toBe("v2");
  });

  it("lets every caller that asked while a probe ran share the next one", async () => {
    const control = controlledProbe();
    const version = batchedProbe(control.probe, 0);
    const first = version.current();
    const waiting = Array.from({ length: 20 }, () => version.current());
    await settle(control, Promise.all([first, ...waiting]));
    expect(control.starts).toHaveLength(2);
  });

  it("starts probes at least the spacing apart", async () => {
    const control = controlledProbe();
    const version = batchedProbe(control.probe, 20);
    for (let i = 0; i < 4; i++) await settle(control, version.current());
    const gaps = control.starts.slice(1).map((start, i) => start - (control.starts[i] ?? 0));
    expect(gaps).toHaveLength(3);
    // setTimeout may fire a hair early against performance.now(); 19 ms is 20 ms on the timer.
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(19);
  });

  it("recovers after a probe fails: the next caller gets a fresh probe", async () => {
    let fail = true;
    const version = batchedProbe(async () => {
      if (fail) throw new Error("Neo4j unreachable");
      return "v9";
    }, 0);
    await expect(version.current()).rejects.toThrow("unreachable");
    fail = false;
    await expect(version.current()).resolves.toBe("v9");
  });
});
