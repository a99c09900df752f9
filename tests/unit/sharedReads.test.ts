/**
 * Identical reads in flight are computed once: a second read under the same version waits for
 * the first one's answer; another version, or a first read that fails, shares nothing.
 */
import { describe, expect, it } from "vitest";
import type { CachedAnswer } from "#server/cache/readCache.ts";
import { sharedReads } from "#server/cache/sharedReads.ts";

const answer = (text: string): CachedAnswer => ({ status: 200, body: Buffer.from(text), etag: `"${text}"` });

describe("shared reads", () => {
  it("gives a read that arrives while an identical one runs that one's answer", async () => {
    const reads = sharedReads();
    const finish = reads.begin("v1", "key");
    const waiting = reads.running("v1", "key");
    expect(waiting).toBeDefined();
    finish(answer("first"));
    expect((await waiting)?.body.toString()).toBe("first");
    expect(reads.size).toBe(0);
  });

  it("shares nothing across graph versions or keys", () => {
    const reads = sharedReads();
    reads.begin("v1", "key");
    expect(reads.running("v2", "key")).toBeUndefined();
    expect(reads.running("v1", "other")).toBeUndefined();
  });

  it("lets waiters run their own read when the first one's answer is not to be shared", async () => {
    const reads = sharedReads();
    const finish = reads.begin("v1", "key");
    const waiting = reads.running("v1", "key");
    finish(undefined);
    expect(await waiting).toBeUndefined();
    expect(reads.running("v1", "key")).toBeUndefined();
  });

  it("keeps the first end of a read: a second call (from a finally) changes nothing", async () => {
    const reads = sharedReads();
    const finish = reads.begin("v1", "key");
    const waiting = reads.running("v1", "key");
    finish(answer("kept"));
    finish(undefined);
    expect((await waiting)?.body.toString()).toBe("kept");
  });

  it("does not let a later read that ends drop an identical read still running", () => {
    const reads = sharedReads();
    const first = reads.begin("v1", "key");
    // A waiter whose shared answer failed runs its own read while the first is still registered.
    const second = reads.begin("v1", "key");
    second(undefined);
    expect(reads.running("v1", "key")).toBeDefined();
    first(undefined);
    expect(reads.size).toBe(0);
  });
});
