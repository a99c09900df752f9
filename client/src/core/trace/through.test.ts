import { describe, expect, it } from "vitest";
import { node } from "../../testing/fixtures.ts";
import { passersThrough, upstreamOf } from "./through.ts";

const e = (source: string, type: string, target: string) => ({ source, type, target });

const edges = [
  e("ministry", "OVERSEES", "nhn"),
  e("nhn", "RUNS", "helsenorge"),
  e("helsenorge", "SUPPORTS", "objective-1"),
  e("objective-1", "CONTRIBUTES_TO", "sdg-3"),
  // Not followed by a trace: PART_OF, and DEPENDS_ON between objectives.
  e("department", "PART_OF", "ministry"),
  e("objective-4", "DEPENDS_ON", "objective-1"),
];

describe("who passes through a matrix cell", () => {
  it("walks trace relationships backwards from the objective, nearest first", () => {
    expect([...upstreamOf("objective-1", edges)]).toEqual([
      ["helsenorge", 1],
      ["nhn", 2],
      ["ministry", 3],
    ]);
  });

  it("never follows relationships a trace does not, nor goes past the path bound", () => {
    const upstream = upstreamOf("objective-1", edges);
    expect(upstream.has("department")).toBe(false);
    expect(upstream.has("objective-4")).toBe(false);
    expect([...upstreamOf("objective-1", edges, 2).keys()]).toEqual(["helsenorge", "nhn"]);
  });

  it("lists only organisations and solutions", () => {
    const nodes = [
      node("helsenorge", { type: "Solution" }),
      node("nhn", { type: "Agency" }),
      node("ministry", { type: "Ministry" }),
      node("strategy", { type: "Strategy" }),
    ];
    const upstream = new Map([
      ["helsenorge", 1],
      ["nhn", 2],
      ["ministry", 3],
      ["strategy", 1],
    ]);
    expect(passersThrough(upstream, nodes).map((n) => n.id)).toEqual(["helsenorge", "nhn", "ministry"]);
  });
});
