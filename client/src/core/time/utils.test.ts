import { describe, expect, it } from "vitest";
import { badDayParam, difference, isDay, ordered, stopsOf } from "./utils.ts";

describe("time slider dates", () => {
  it("accepts only real calendar days", () => {
    expect(isDay("2019-06-01")).toBe(true);
    expect(isDay("2024-02-29")).toBe(true);
    for (const bad of ["2023-02-30", "2019-13-01", "2019-6-1", "2019", "yesterday", "2019-06-01x", ""])
      expect(isDay(bad), bad).toBe(false);
  });

  it("names a malformed asOf in an address, and nothing for a good or missing one", () => {
    expect(badDayParam("?asOf=2019-99-01", "asOf")).toBe("2019-99-01");
    expect(badDayParam("?asOf=%3Cscript%3E", "asOf")).toBe("<script>");
    expect(badDayParam("?asOf=2019-06-01", "asOf")).toBeNull();
    expect(badDayParam("?v=matrix", "asOf")).toBeNull();
  });

  it("stops at every timeline day and the dates in use, with today last", () => {
    expect(stopsOf(["2016-01-01", "2024-01-01"], "2019-06-01", null)).toEqual([
      "2016-01-01",
      "2019-06-01",
      "2024-01-01",
      null,
    ]);
  });

  it("orders two dates, today standing for null", () => {
    expect(ordered(null, "2019-06-01", "2026-01-01")).toEqual(["2019-06-01", "2026-01-01"]);
    expect(ordered("2020-01-01", "2019-06-01")).toEqual(["2019-06-01", "2020-01-01"]);
  });

  it("calls what only the later date has started and what only the earlier has ended", () => {
    const { started, ended } = difference(new Set(["a", "b"]), new Set(["b", "c"]));
    expect([...started]).toEqual(["c"]);
    expect([...ended]).toEqual(["a"]);
  });
});
