import { describe, expect, it, vi } from "vitest";
import { createExecutionGate } from "./executionGate.ts";

describe("the execution gate", () => {
  it("lets in as many executions as it has slots and makes the next one wait for a release", async () => {
    const gate = createExecutionGate({ slots: 2, maxWaiting: 10, maxWaitMs: 1_000 });
    const first = await gate.enter();
    const second = await gate.enter();
    let thirdIn = false;
    const third = gate.enter().then((release) => {
      thirdIn = true;
      return release;
    });
    await Promise.resolve();
    expect(thirdIn).toBe(false);
    expect(gate.load).toEqual({ running: 2, waiting: 1 });
    first?.();
    expect(await third).toBeTypeOf("function");
    expect(gate.load).toEqual({ running: 2, waiting: 0 });
    second?.();
    (await third)?.();
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it("refuses at once when the queue is full", async () => {
    const gate = createExecutionGate({ slots: 1, maxWaiting: 1, maxWaitMs: 1_000 });
    await gate.enter();
    void gate.enter();
    await expect(gate.enter()).resolves.toBeUndefined();
  });

  it("refuses a waiter that waited too long and forgets it", async () => {
    vi.useFakeTimers();
    try {
      const gate = createExecutionGate({ slots: 1, maxWaiting: 5, maxWaitMs: 500 });
      const held = await gate.enter();
      const waiting = gate.enter();
      vi.advanceTimersByTime(501);
      await expect(waiting).resolves.toBeUndefined();
      expect(gate.load.waiting).toBe(0);
      held?.();
      expect(gate.load.running).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it("counts a release once, however often it is called", async () => {
    const gate = createExecutionGate({ slots: 1, maxWaiting: 5, maxWaitMs: 500 });
    const release = await gate.enter();
    release?.();
    release?.();
    expect(gate.load.running).toBe(0);
    await gate.enter();
    expect(gate.load.running).toBe(1);
  });
});
