/** RESPONSE_MAX_BYTES: read and validated with the rest of the configuration, named when wrong. */
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "#platform/config.ts";

describe("RESPONSE_MAX_BYTES", () => {
  it("defaults to 2 MiB", () => {
    expect(loadConfig({}).RESPONSE_MAX_BYTES).toBe(2 * 1024 * 1024);
  });

  it("takes a size in bytes", () => {
    expect(loadConfig({ RESPONSE_MAX_BYTES: "1048576" }).RESPONSE_MAX_BYTES).toBe(1_048_576);
  });

  it("refuses a ceiling too small for the explorer's answers, or not a number, naming the variable", () => {
    for (const value of ["1000", "2MB", "-1", String(128 * 1024 * 1024)]) {
      expect(() => loadConfig({ RESPONSE_MAX_BYTES: value })).toThrow(ConfigError);
      expect(() => loadConfig({ RESPONSE_MAX_BYTES: value })).toThrow(/RESPONSE_MAX_BYTES/);
    }
  });
});
