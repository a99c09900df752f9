import { describe, expect, it } from "vitest";
import { periodOf } from "./period.ts";

describe("a relationship's period in a query result", () => {
  it("is ended when its last day is before the day asked about", () => {
    expect(periodOf({ validFrom: "2011", validTo: "2015-12-31" }, "2026-01-01")).toEqual({
      from: "2011",
      to: "2015-12-31",
      ended: true,
    });
  });

  it("counts a year or a month as lasting to its last day", () => {
    expect(periodOf({ validFrom: null, validTo: "2026" }, "2026-06-30")?.ended).toBe(false);
    expect(periodOf({ validFrom: null, validTo: "2026-06" }, "2026-06-30")?.ended).toBe(false);
    expect(periodOf({ validFrom: null, validTo: "2026-05" }, "2026-06-01")?.ended).toBe(true);
  });

  it("is still running without an end, and unknown without either date", () => {
    expect(periodOf({ validFrom: "2020-01-01", validTo: null }, "2026-01-01")?.ended).toBe(false);
    expect(periodOf({ validFrom: null, validTo: null }, "2026-01-01")).toBeNull();
  });
});
