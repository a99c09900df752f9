import { describe, expect, it } from "vitest";
import { decodeState } from "../url-state/utils.ts";
import type { Correction, DataRelease } from "./types.ts";
import { correctionsOf, correctionsSince, linkShowsData, noticeFor } from "./utils.ts";

const correction = (item: string, release: string): Correction => ({
  item,
  field: "description",
  was: "old",
  now: "new",
  why: "because",
  date: "2026-12-05",
  release,
});
const releases = ["2026.11.0", "2026.12.1", "2027.01.1"];
const log = [correction("a", "2026.12.1"), correction("b", "2026.12.1"), correction("a", "2027.01.1")];
const current: DataRelease = { version: "2027.01.1", date: "2027-01-10", releases, correctionCount: 3 };

describe("corrections since a release", () => {
  it("keeps only those first carried by a later release", () => {
    expect(correctionsSince(log, releases, "2026.12.1").map((c) => c.item)).toEqual(["a"]);
    expect(correctionsSince(log, releases, "2026.11.0")).toHaveLength(3);
    expect(correctionsSince(log, releases, "2027.01.1")).toEqual([]);
  });

  it("gives a link made before releases were recorded every correction", () => {
    expect(correctionsSince(log, releases, null)).toHaveLength(3);
  });

  it("lists one fact's corrections", () => {
    expect(correctionsOf(log, "a").map((c) => c.release)).toEqual(["2026.12.1", "2027.01.1"]);
  });
});

describe("the notice an opened link gets", () => {
  it("is nothing for a plain visit or a link of the current release", () => {
    expect(noticeFor({ release: null, hasView: false }, current, log)).toBeNull();
    expect(noticeFor({ release: "2027.01.1", hasView: true }, current, log)).toBeNull();
  });

  it("lists what came since an older link's release", () => {
    expect(noticeFor({ release: "2026.12.1", hasView: true }, current, log)).toEqual({
      since: "2026.12.1",
      corrections: [log[2]],
    });
    expect(noticeFor({ release: null, hasView: true }, current, log)?.corrections).toHaveLength(3);
  });
});

describe("whether an opened link shows data", () => {
  it("is false for a plain visit that only picks the language or the tab", () => {
    expect(linkShowsData(decodeState(""))).toBe(false);
    expect(linkShowsData(decodeState("?lang=no&v=query"))).toBe(false);
  });

  it("is true for a link naming a node, a date or a query", () => {
    expect(linkShowsData(decodeState("?s=helsenorge"))).toBe(true);
    expect(linkShowsData(decodeState("?lang=no&asOf=2015-01-01"))).toBe(true);
  });
});
