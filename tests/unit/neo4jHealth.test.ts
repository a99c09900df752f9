import { describe, expect, it } from "vitest";
import { probeMonitor } from "#server/neo4j/neo4jHealth.ts";

const timings = { answerWithinMs: 20, recoverWithinMs: 60, downAfterMs: 150, slowMs: 50 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("probeMonitor", () => {
  it("reports up with the probe's latency when the probe answers in time", async () => {
    const health = probeMonitor(async () => {}, timings);
    expect(await health.check()).toMatchObject({ state: "up" });
  });

  it("reports a probe still waiting as slow (busy), not down, until downAfterMs", async () => {
    let answer = () => {};
    const health = probeMonitor(() => new Promise<void>((resolve) => (answer = resolve)), timings);
    expect(await health.check()).toMatchObject({ state: "slow" });
    expect(await health.check()).toMatchObject({ state: "slow" });
    await sleep(timings.downAfterMs);
    expect(await health.check()).toEqual({ state: "down" });
    const waiting = health.check();
    answer();
    expect(await waiting).toMatchObject({ state: "up" });
  });

  it("runs one probe at a time however many checks arrive", async () => {
    let probes = 0;
    const health = probeMonitor(async () => {
      probes++;
      await sleep(60);
    }, timings);
    await Promise.all(Array.from({ length: 10 }, () => health.check()));
    expect(probes).toBe(1);
  });

  it("reports Neo4j back as soon as a probe after a failure answers within recoverWithinMs", async () => {
    let calls = 0;
    const health = probeMonitor(async () => {
      calls++;
      if (calls === 1) throw new Error("ECONNREFUSED");
      await sleep(40);
    }, timings);
    expect(await health.check()).toEqual({ state: "down" });
    expect(await health.check()).toMatchObject({ state: "up" });
  });

  it("keeps reporting down while the probe after a failed one waits", async () => {
    let calls = 0;
    const health = probeMonitor(async () => {
      calls++;
      if (calls === 1) throw new Error("ECONNREFUSED");
      await sleep(10_000);
    }, timings);
    expect(await health.check()).toEqual({ state: "down" });
    expect(await health.check()).toEqual({ state: "down" });
  });
});
