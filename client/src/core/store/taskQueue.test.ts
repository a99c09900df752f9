import { describe, expect, it } from "vitest";
import { TaskQueue } from "./taskQueue.ts";

/** A task whose end the test controls, recording when it starts and ends. */
function gate(log: string[], name: string) {
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  const task = async (signal: AbortSignal) => {
    log.push(`start ${name}`);
    await opened;
    log.push(signal.aborted ? `aborted ${name}` : `end ${name}`);
    signal.throwIfAborted();
    return name;
  };
  return { task, open: () => open() };
}

describe("TaskQueue", () => {
  it("never lets two restores interleave: the second starts after the first has ended", async () => {
    const queue = new TaskQueue();
    const log: string[] = [];
    const first = gate(log, "a");
    const second = gate(log, "b");
    const a = queue.replace(first.task);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const b = queue.replace(second.task);
    second.open();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(log).toEqual(["start a"]);
    first.open();
    await expect(a).resolves.toBeUndefined();
    await expect(b).resolves.toBe("b");
    expect(log).toEqual(["start a", "aborted a", "start b", "end b"]);
  });

  it("aborts a queued task before it starts when a newer one replaces it", async () => {
    const queue = new TaskQueue();
    const log: string[] = [];
    const first = gate(log, "a");
    const second = gate(log, "b");
    const third = gate(log, "c");
    void queue.enqueue(first.task);
    const b = queue.enqueue(second.task);
    const c = queue.replace(third.task);
    first.open();
    third.open();
    await expect(b).resolves.toBeUndefined();
    await expect(c).resolves.toBe("c");
    expect(log).not.toContain("start b");
  });

  it("exposes the replacing task while it runs, and none after", async () => {
    const queue = new TaskQueue();
    const first = gate([], "a");
    const run = queue.replace(first.task);
    expect(queue.pendingReplace).not.toBeNull();
    first.open();
    await run;
    await Promise.resolve();
    expect(queue.pendingReplace).toBeNull();
  });

  it("keeps running later tasks after one fails", async () => {
    const queue = new TaskQueue();
    const failed = queue.enqueue(async () => {
      throw new Error("boom");
    });
    const next = queue.enqueue(async () => "ok");
    await expect(failed).rejects.toThrow("boom");
    await expect(next).resolves.toBe("ok");
  });
});
