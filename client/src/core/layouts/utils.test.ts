import { describe, expect, it } from "vitest";
import { ringPositions } from "./utils.ts";

describe("ringPositions", () => {
  it("places every new node near the centre and never on top of an existing one", () => {
    const existing = [
      { x: 0, y: -110 },
      { x: 110, y: 0 },
    ];
    const spots = ringPositions({ x: 0, y: 0 }, 12, existing);
    expect(spots).toHaveLength(12);
    for (const spot of spots) {
      expect(Math.hypot(spot.x, spot.y)).toBeLessThan(400);
      for (const other of existing)
        expect(Math.hypot(spot.x - other.x, spot.y - other.y)).toBeGreaterThanOrEqual(45);
    }
    const keys = new Set(spots.map((s) => `${Math.round(s.x)},${Math.round(s.y)}`));
    expect(keys.size).toBe(12);
  });
});
