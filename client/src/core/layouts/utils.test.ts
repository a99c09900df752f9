import { describe, expect, it } from "vitest";
import { NODE_ROOM, ringPositions } from "./utils.ts";

const apart = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.abs(a.x - b.x) >= NODE_ROOM.width || Math.abs(a.y - b.y) >= NODE_ROOM.height;

describe("ringPositions", () => {
  it("places every new node near the centre and never where its label would overlap another node", () => {
    const existing = [
      { x: 0, y: -110 },
      { x: 110, y: 0 },
    ];
    const spots = ringPositions({ x: 0, y: 0 }, 12, existing);
    expect(spots).toHaveLength(12);
    for (const spot of spots) {
      expect(Math.hypot(spot.x, spot.y)).toBeLessThan(500);
      for (const other of existing) expect(apart(spot, other)).toBe(true);
    }
  });

  it("keeps 23 neighbours of a node in a crowded row clear of that row and of each other", () => {
    // The regional health authorities in a row, as the governance tree draws them.
    const row = Array.from({ length: 9 }, (_, i) => ({ x: -500 + i * 125, y: 0 }));
    const center = { x: 0, y: 0 };
    const spots = ringPositions(center, 23, row);
    expect(spots).toHaveLength(23);
    for (const [i, spot] of spots.entries()) {
      for (const other of row) expect(apart(spot, other)).toBe(true);
      for (const later of spots.slice(i + 1)) expect(apart(spot, later)).toBe(true);
    }
  });
});
