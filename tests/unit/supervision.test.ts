import { describe, expect, it } from "vitest";
import { exitCause } from "#server/supervision/exitCause.ts";
import { restartPolicy } from "#server/supervision/restartPolicy.ts";

describe("restartPolicy", () => {
  const settings = { firstDelayMs: 500, maxDelayMs: 30_000, stableMs: 60_000 };

  it("doubles the pause for each crash that follows quickly, up to the cap", () => {
    const policy = restartPolicy(settings);
    const delays = Array.from({ length: 9 }, () => policy.nextDelay(1_000));
    expect(delays).toEqual([500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
    expect(policy.crashesInARow).toBe(9);
  });

  it("starts counting afresh after a run that lasted stableMs", () => {
    const policy = restartPolicy(settings);
    policy.nextDelay(1_000);
    policy.nextDelay(1_000);
    expect(policy.nextDelay(settings.stableMs)).toBe(500);
    expect(policy.crashesInARow).toBe(1);
  });
});

describe("exitCause", () => {
  it("names the signal and the last stderr line", () => {
    expect(exitCause(null, "SIGKILL", ["Ready: …", ""])).toBe('signal SIGKILL; last stderr line: "Ready: …"');
  });

  it("picks V8's out-of-memory line over the native stack trace printed after it", () => {
    const stderr = [
      "<--- Last few GCs --->",
      "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory",
      "----- Native stack trace -----",
      " 1: 0xb8ced1 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]",
    ];
    expect(exitCause(null, "SIGABRT", stderr)).toBe(
      'signal SIGABRT; last stderr line: "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory"',
    );
  });

  it("names the exit code when nothing was written", () => {
    expect(exitCause(1, null, [])).toBe("exit code 1");
  });
});
