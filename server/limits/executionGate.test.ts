import { describe, expect, it, vi } from "vitest";
import { createExecutionGate } from "./executionGate.ts";

describe("the execution gate", () => {
  it("lets in executions while their weights fit and makes the next one wait for a release", async () => {
    const gate = createExecutionGate({ capacity: 2, maxWaiting: 10, maxWaitMs: 1_000 });
    const first = await gate.enter();
    const second = await gate.enter();
    let thirdIn = false;
    const third = gate.enter().then((release) => {
      thirdIn = true;
      return release;
    });
    await Promise.resolve();
    expect(thirdIn).toBe(false);
    expect(gate.load).toEqual({ used: 2, waiting: 1 });
    first?.();
    expect(await third).toBeTypeOf("function");
    expect(gate.load).toEqual({ used: 2, waiting: 0 });
    second?.();
    (await third)?.();
    expect(gate.load).toEqual({ used: 0, waiting: 0 });
  });

  it("lets many light executions run beside each other where one heavy one fills the gate", async () => {
    const gate = createExecutionGate({ capacity: 16, maxWaiting: 10, maxWaitMs: 1_000 });
    const light = await Promise.all(Array.from({ length: 16 }, () => gate.enter(1)));
    expect(light.every((release) => typeof release === "function")).toBe(true);
    let heavyIn = false;
    const heavy = gate.enter(16).then((release) => {
      heavyIn = true;
      return release;
    });
    for (const release of light.slice(0, 15)) release?.();
    await Promise.resolve();
    expect(heavyIn).toBe(false);
    light[15]?.();
    expect(await heavy).toBeTypeOf("function");
    expect(gate.load.used).toBe(16);
  });

  it("lets no light newcomer overtake a heavy waiter", async () => {
    const gate = createExecutionGate({ capacity: 4, maxWaiting: 10, maxWaitMs: 1_000 });
    const held = await gate.enter(3);
    const heavy = gate.enter(4);
    let lightIn = false;
    const light = gate.enter(1).then((release) => {
      lightIn = true;
      return release;
    });
    await Promise.resolve();
    // One unit is free, but the heavy request came first.
    expect(lightIn).toBe(false);
    held?.();
    (await heavy)?.();
    expect(await light).toBeTypeOf("function");
  });

  it("counts a weight above the capacity as the whole capacity", async () => {
    const gate = createExecutionGate({ capacity: 4, maxWaiting: 10, maxWaitMs: 1_000 });
    const release = await gate.enter(100);
    expect(gate.load.used).toBe(4);
    release?.();
    expect(gate.load.used).toBe(0);
  });

  it("refuses at once when the queue is full", async () => {
    const gate = createExecutionGate({ capacity: 1, maxWaiting: 1, maxWaitMs: 1_000 });
    await gate.enter();
    void gate.enter();
    await expect(gate.enter()).resolves.toBeUndefined();
  });

  it("refuses a waiter that waited too long, forgets it, and lets in the lighter ones behind it", async () => {
    vi.useFakeTimers();
    try {
      const gate = createExecutionGate({ capacity: 2, maxWaiting: 5, maxWaitMs: 500 });
      const held = await gate.enter(1);
      const heavy = gate.enter(2);
      vi.advanceTimersByTime(300);
      const light = gate.enter(1);
      vi.advanceTimersByTime(201);
      await expect(heavy).resolves.toBeUndefined();
      expect(await light).toBeTypeOf("function");
      expect(gate.load).toEqual({ used: 2, waiting: 0 });
      held?.();
      expect(gate.load.used).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it("counts a release once, however often it is called", async () => {
    const gate = createExecutionGate({ capacity: 1, maxWaiting: 5, maxWaitMs: 500 });
    const release = await gate.enter();
    release?.();
    release?.();
    expect(gate.load.used).toBe(0);
    await gate.enter();
    expect(gate.load.used).toBe(1);
  });
});
