import { describe, expect, it } from "vitest";
import { retryWhileUnreachable } from "#platform/neo4j/retryWhileUnreachable.ts";

/** The driver's own wording when a busy server hands out no connection in time. */
const acquisitionTimeout = () =>
  Object.assign(
    new Error(
      "Connection acquisition timed out in 3000 ms. Pool status: Active conn count = 1, Idle conn count = 0.",
    ),
    { code: "N/A" },
  );

describe("a start that meets a busy Neo4j", () => {
  it("tries again after connection-acquisition timeouts and returns the answer that follows", async () => {
    let calls = 0;
    const answer = await retryWhileUnreachable(
      async () => {
        calls++;
        if (calls < 3) throw acquisitionTimeout();
        return 42;
      },
      { timeoutMs: 5_000, pauseMs: 1 },
    );
    expect(answer).toBe(42);
    expect(calls).toBe(3);
  });

  it("throws a query mistake at once, without a second attempt", async () => {
    let calls = 0;
    const mistake = Object.assign(new Error("Invalid input 'MATC'"), {
      code: "Neo.ClientError.Statement.SyntaxError",
    });
    await expect(
      retryWhileUnreachable(
        async () => {
          calls++;
          throw mistake;
        },
        { timeoutMs: 5_000, pauseMs: 1 },
      ),
    ).rejects.toBe(mistake);
    expect(calls).toBe(1);
  });

  it("gives up with the driver's error once the budget is spent", async () => {
    let calls = 0;
    const started = Date.now();
    await expect(
      retryWhileUnreachable(
        async () => {
          calls++;
          throw acquisitionTimeout();
        },
        { timeoutMs: 200, pauseMs: 20 },
      ),
    ).rejects.toThrow(/acquisition timed out/);
    expect(calls).toBeGreaterThan(1);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
