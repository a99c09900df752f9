import { describe, expect, it } from "vitest";
import {
  dayNumber,
  dayOf,
  fractionOf,
  nearestStop,
  scaleOf,
  stepStop,
  stepYear,
  yearTicks,
} from "./scale.ts";

const TODAY = "2026-12-06";
const timeline = ["2001-06-01", "2016-01-01", "2023-12-31", "2024-01-01", "2035-12-31"];

describe("the time slider's chronological scale", () => {
  it("counts days both ways", () => {
    expect(dayNumber("1970-01-02")).toBe(1);
    expect(dayOf(dayNumber("2024-02-29"))).toBe("2024-02-29");
    expect(dayNumber("2025-01-01") - dayNumber("2024-01-01")).toBe(366);
  });

  it("puts today among the stops where it falls, before a plan that ends in 2035", () => {
    const scale = scaleOf(timeline, TODAY, null);
    expect(scale.stops.indexOf(TODAY)).toBe(4);
    expect(scale.last).toBe("2035-12-31");
    expect(fractionOf(scale, TODAY)).toBeLessThan(fractionOf(scale, "2035-12-31"));
  });

  it("places stops by their date, not evenly", () => {
    const scale = scaleOf(timeline, TODAY);
    expect(fractionOf(scale, "2001-06-01")).toBe(0);
    expect(fractionOf(scale, "2035-12-31")).toBe(1);
    // Two days apart on the calendar, two days apart on the scale.
    const gap = fractionOf(scale, "2024-01-01") - fractionOf(scale, "2023-12-31");
    expect(gap * scale.span).toBeCloseTo(1, 6);
    expect(fractionOf(scale, "2016-01-01")).toBeCloseTo(
      (dayNumber("2016-01-01") - dayNumber("2001-06-01")) / scale.span,
      9,
    );
  });

  it("adds a day a link names between two stops, and ignores what is not a day", () => {
    expect(scaleOf(["2016-01-01", "nope"], TODAY, "2019-06-01").stops).toEqual([
      "2016-01-01",
      "2019-06-01",
      TODAY,
    ]);
  });

  it("steps to the neighbouring stop, and stays at either end", () => {
    const scale = scaleOf(timeline, TODAY);
    expect(stepStop(scale, TODAY, -1)).toBe("2024-01-01");
    expect(stepStop(scale, TODAY, 1)).toBe("2035-12-31");
    expect(stepStop(scale, "2001-06-01", -1)).toBe("2001-06-01");
    expect(stepStop(scale, "2035-12-31", 1)).toBe("2035-12-31");
    expect(stepStop(scale, "2010-05-05", 1)).toBe("2016-01-01");
  });

  it("steps a year, within the scale, 29 February to the 28th", () => {
    const scale = scaleOf(timeline, TODAY);
    expect(stepYear(scale, TODAY, -1)).toBe("2025-12-06");
    expect(stepYear(scale, "2024-02-29", 1)).toBe("2025-02-28");
    expect(stepYear(scale, "2002-03-01", -1)).toBe("2001-06-01");
    expect(stepYear(scale, "2035-06-01", 1)).toBe("2035-12-31");
  });

  it("lands a dragged thumb on the nearest stop", () => {
    const scale = scaleOf(timeline, TODAY);
    expect(nearestStop(scale, "2015-06-01")).toBe("2016-01-01");
    expect(nearestStop(scale, "2030-01-01")).toBe(TODAY);
  });

  it("ticks each 1 January, labelling a few round years in ascending places", () => {
    const ticks = yearTicks(scaleOf(timeline, TODAY), 8);
    expect(ticks[0]?.year).toBe(2002);
    expect(ticks.at(-1)?.year).toBe(2035);
    const labelled = (max: number) =>
      yearTicks(scaleOf(timeline, TODAY), max)
        .filter((tick) => tick.labelled)
        .map((tick) => tick.year);
    expect(labelled(8)).toEqual([2005, 2010, 2015, 2020, 2025, 2030, 2035]);
    expect(labelled(4)).toEqual([2010, 2020, 2030]);
    const fractions = ticks.map((tick) => tick.fraction);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });
});
