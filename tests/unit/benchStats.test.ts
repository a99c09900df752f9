import { describe, expect, it } from "vitest";
import { formatMs, formatRatio, median, percentile, ratio, summarize } from "../../bench/stats.ts";

describe("percentile (nearest rank)", () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted on purpose

  it("picks the nearest-rank sample", () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile(hundred, 1)).toBe(1);
  });

  it("is always one of the samples", () => {
    expect(percentile([3, 1, 2], 50)).toBe(2);
    expect(percentile([10, 20], 50)).toBe(10);
    expect(percentile([10, 20], 51)).toBe(20);
    expect(percentile([7], 99)).toBe(7);
  });

  it("p99 of 200 samples is the 198th smallest", () => {
    const samples = Array.from({ length: 200 }, (_, i) => i + 1);
    expect(percentile(samples, 99)).toBe(198);
  });

  it("does not reorder its input", () => {
    const input = [3, 1, 2];
    percentile(input, 50);
    expect(input).toEqual([3, 1, 2]);
  });

  it("is NaN without samples and rejects p outside (0, 100]", () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe("median", () => {
  it("averages the middle pair for an even count", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([])).toBeNaN();
  });
});

describe("summarize", () => {
  it("gives n, min, p50, p99, max and mean", () => {
    expect(summarize([1, 2, 3, 4])).toEqual({ n: 4, min: 1, p50: 2, p99: 4, max: 4, mean: 2.5 });
    expect(summarize([]).n).toBe(0);
  });
});

describe("ratio and formatting", () => {
  it("divides, and is NaN on a zero or missing denominator", () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(1, 0)).toBeNaN();
    expect(ratio(Number.NaN, 1)).toBeNaN();
  });

  it("formats milliseconds and ratios", () => {
    expect(formatMs(0.41234)).toBe("0.412");
    expect(formatMs(12.345)).toBe("12.3");
    expect(formatMs(1534.4)).toBe("1534");
    expect(formatMs(Number.NaN)).toBe("—");
    expect(formatRatio(1.234)).toBe("1.23×");
    expect(formatRatio(Number.NaN)).toBe("—");
  });
});
