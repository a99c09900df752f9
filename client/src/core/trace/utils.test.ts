import { describe, expect, it } from "vitest";
import { edge, node } from "../../testing/fixtures.ts";
import type { SdgMatrix, SdgTrace } from "../graph/contract.ts";
import { highlightOf, matrixRows } from "./utils.ts";

const n = (id: string, type = "SDG") => node(id, { type });
const e = (source: string, target: string, strength?: string) =>
  edge(source, "CONTRIBUTES_TO", target, { strength: strength ?? null });

const trace: SdgTrace = {
  from: n("objective-3", "Objective"),
  sdgs: [n("sdg-3"), n("sdg-9")],
  paths: [
    { sdg: n("sdg-3"), steps: [e("objective-3", "sdg-3")] },
    { sdg: n("sdg-9"), steps: [e("objective-3", "sdg-9")] },
  ],
  subgraph: { nodes: [], edges: [] },
};

describe("trace highlight", () => {
  it("highlights every SDG a trace reaches", () => {
    const highlight = highlightOf(trace);
    expect([...highlight.nodes].sort()).toEqual(["objective-3", "sdg-3", "sdg-9"]);
    expect(highlight.edges.size).toBe(2);
  });

  it("narrows the highlight to one SDG for a matrix cell", () => {
    const highlight = highlightOf(trace, "sdg-9");
    expect([...highlight.nodes].sort()).toEqual(["objective-3", "sdg-9"]);
    expect([...highlight.edges]).toEqual(["objective-3|CONTRIBUTES_TO|sdg-9"]);
  });
});

describe("matrix", () => {
  it("fills every objective × SDG, with a heat level by strength", () => {
    const matrix: SdgMatrix = {
      objectives: [n("objective-1", "Objective"), n("objective-2", "Objective")],
      sdgs: [n("sdg-3"), n("sdg-10")],
      cells: [
        {
          objective: n("objective-1"),
          sdg: n("sdg-3"),
          strength: "most direct",
          wording: null,
          reason: "r",
          reasonNo: null,
          sources: [],
        },
        {
          objective: n("objective-2"),
          sdg: n("sdg-10"),
          strength: "key",
          wording: null,
          reason: "r",
          reasonNo: null,
          sources: [],
        },
      ],
    };
    // Levels count up the derived strengths (model/strengths.ts), "key" the highest of six.
    expect(matrixRows(matrix).map((row) => row.map((cell) => cell.level))).toEqual([
      [5, 0],
      [0, 6],
    ]);
  });
});
