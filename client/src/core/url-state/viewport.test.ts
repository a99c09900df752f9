import { describe, expect, it } from "vitest";
import { isMove, isNewStep } from "./index.ts";
import { DEFAULT_STATE } from "./types.ts";
import { decodeViewport, encodeViewport, sameCanvas } from "./viewport.ts";

describe("the viewport in a shared link", () => {
  it("round-trips zoom, pan and the canvas size it was taken on", () => {
    const viewport = { zoom: 0.8765, x: -312, y: 45, width: 1180, height: 716 };
    expect(encodeViewport(viewport)).toBe("0.8765_-312_45_1180_716");
    expect(decodeViewport(encodeViewport(viewport))).toEqual(viewport);
  });

  it("still reads an older link's zoom and pan without a size", () => {
    expect(decodeViewport("1.250_-40_310")).toEqual({ zoom: 1.25, x: -40, y: 310 });
  });

  it("rejects malformed values", () => {
    for (const bad of [
      "",
      "1_2",
      "0_1_2",
      "-1_1_2",
      "abc_1_2",
      "1_2_3_4",
      "1_2_3_0_5",
      "1_2_3_1e3_5",
      "1_2_3_4_5_6",
    ])
      expect(decodeViewport(bad), bad).toBeNull();
  });

  it("shows the viewport exactly on a canvas of its size, and fits it on another", () => {
    const viewport = { zoom: 1, x: 0, y: 0, width: 1180, height: 716 };
    expect(sameCanvas(viewport, 1181, 716)).toBe(true);
    expect(sameCanvas(viewport, 390, 600)).toBe(false);
    expect(sameCanvas({ zoom: 1, x: 0, y: 0 }, 390, 600)).toBe(true);
  });
});

describe("history steps and positions", () => {
  const a = { x: 1, y: 2 };
  const b = { x: 5, y: 6 };
  it("takes one node moved by hand for a step, and a layout's many moves for none", () => {
    expect(isMove({ n1: a, n2: a }, { n1: a, n2: b })).toBe(true);
    expect(isMove({ n1: a }, {})).toBe(true);
    expect(isMove({ n1: b, n2: b }, { n1: a, n2: a })).toBe(false);
    expect(isMove({ n1: a, n2: a, n3: a }, { n1: a })).toBe(false);
    expect(isMove({ n1: a }, { n1: a, n2: a })).toBe(false);
  });

  it("makes no history entry of the positions a layout leaves after a step", () => {
    const before = { ...DEFAULT_STATE, positions: { n1: a, n2: a } };
    expect(isNewStep({ ...before, positions: { n1: b, n2: b } }, before)).toBe(false);
    expect(isNewStep({ ...before, positions: { n1: b, n2: a } }, before)).toBe(true);
    expect(isNewStep({ ...before, statedOnly: true }, before)).toBe(true);
  });
});
