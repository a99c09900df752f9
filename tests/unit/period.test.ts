import { describe, expect, it } from "vitest";
import { inForceOn, isIsoDate, periodEnd, periodStart } from "#model/period.ts";

describe("the time model's dates", () => {
  it("accepts year, month and day precision and rejects anything else", () => {
    for (const good of ["2024", "2024-01", "2024-02-29", "2023-12-31"]) expect(isIsoDate(good)).toBe(true);
    for (const bad of ["24", "2024-13", "2023-02-29", "2024-1-01", "2024-01-01T00:00", "", "2024/01"]) {
      expect(isIsoDate(bad)).toBe(false);
    }
  });

  it("widens a partial date to its whole period", () => {
    expect(periodStart("2020")).toBe("2020-01-01");
    expect(periodEnd("2023")).toBe("2023-12-31");
    expect(periodEnd("2024-02")).toBe("2024-02-29");
    expect(periodEnd("2023-02")).toBe("2023-02-28");
    expect(periodStart("2024-05-17")).toBe("2024-05-17");
  });

  it("counts both ends as in force and treats a missing end as open", () => {
    expect(inForceOn("2020", "2023", "2020-01-01")).toBe(true);
    expect(inForceOn("2020", "2023", "2023-12-31")).toBe(true);
    expect(inForceOn("2020", "2023", "2024-01-01")).toBe(false);
    expect(inForceOn("2020", "2023", "2019-12-31")).toBe(false);
    expect(inForceOn(undefined, "2023-12-31", "1990-06-01")).toBe(true);
    expect(inForceOn("2024-01-01", null, "2030-01-01")).toBe(true);
  });
});
