/**
 * End-to-end tests wait for states, never for fixed times: a fixed wait is either too
 * short on a slow machine or wasted on a fast one.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

describe("the end-to-end tests", () => {
  it("never wait for a fixed time", () => {
    const dir = import.meta.dirname;
    const offenders = readdirSync(dir)
      .filter((name) => name.endsWith(".ts") && name !== "noFixedWaits.spec.ts")
      .filter((name) =>
        /waitForTimeout\(|new Promise\(\(resolve\) => setTimeout/.test(readFileSync(join(dir, name), "utf8")),
      );
    expect(offenders).toEqual([]);
  });
});
