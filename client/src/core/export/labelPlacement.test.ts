import { describe, expect, it } from "vitest";
import { type Box, type LabelRequest, overlaps, placeEdgeLabels, pointAlong } from "./labelPlacement.ts";

const measure = (text: string, size: number) => text.length * size * 0.6;

/** Edges converging on one target from a fan of sources, as a trace's "contributes to" steps do. */
function fan(count: number): LabelRequest[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `e${i}`,
    text: "contributes to",
    keyText: `n${i} — contributes to → sdg`,
    path: [
      { x: i * 60, y: 0 },
      { x: 300, y: 200 },
    ],
  }));
}

describe("relationship labels in an exported picture", () => {
  it("finds the point halfway along a bent edge", () => {
    const { point } = pointAlong(
      [
        { x: 0, y: 0 },
        { x: 10, y: 0 },
        { x: 10, y: 10 },
      ],
      0.5,
    );
    expect(point).toEqual({ x: 10, y: 0 });
  });

  it("keeps every label of converging edges, none on another or on a node", () => {
    const target: Box = { x1: 285, y1: 185, x2: 315, y2: 230 };
    const requests = fan(11);
    const { placed, dropped } = placeEdgeLabels(requests, [target], measure);
    expect(dropped).toEqual([]);
    expect(placed.map((label) => label.id).sort()).toEqual(requests.map((r) => r.id).sort());
    for (const [i, a] of placed.entries()) {
      expect(overlaps(a.box, target, 0), a.id).toBe(false);
      for (const b of placed.slice(i + 1)) expect(overlaps(a.box, b.box, 0), `${a.id} × ${b.id}`).toBe(false);
    }
    // Most are written out; the midpoints alone would have kept one.
    expect(placed.filter((label) => label.number === null).length).toBeGreaterThanOrEqual(8);
  });

  it("numbers a label that fits nowhere written out, for the key to spell out", () => {
    // A short edge boxed in by two nodes: only a number fits beside it.
    const request: LabelRequest = {
      id: "short",
      text: "is responsible for",
      keyText: "a — is responsible for → b",
      path: [
        { x: 0, y: 0 },
        { x: 30, y: 0 },
      ],
    };
    const walls: Box[] = [
      { x1: -60, y1: -60, x2: -4, y2: 60 },
      { x1: 34, y1: -60, x2: 90, y2: 60 },
    ];
    const { placed } = placeEdgeLabels([request], walls, measure);
    expect(placed).toHaveLength(1);
    expect(placed[0]).toMatchObject({ number: 1, text: "1", keyText: "a — is responsible for → b" });
  });

  it("places the labels it is given first before the others", () => {
    const requests = fan(2).map((r) => ({
      ...r,
      path: [
        { x: 0, y: 0 },
        { x: 100, y: 0 },
      ],
    }));
    const { placed } = placeEdgeLabels(requests, [], measure);
    expect(placed[0]?.centre).toEqual({ x: 50, y: 0 });
    expect(placed[1]?.centre).not.toEqual({ x: 50, y: 0 });
  });
});
