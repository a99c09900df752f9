/** Placement of nodes added by an expansion: near the expanded node, away from what is already there. */
import type { Point } from "./types.ts";

/**
 * Positions for `count` new nodes on rings around `center`, skipping spots closer than
 * `minGap` to an existing node, so an expansion grows in place instead of re-laying out.
 */
export function ringPositions(
  center: Point,
  count: number,
  existing: readonly Point[] = [],
  radius = 110,
  minGap = 45,
): Point[] {
  const placed: Point[] = [];
  let ring = 0;
  while (placed.length < count && ring < 20) {
    const r = radius + ring * 70;
    const slots = Math.max(6, Math.floor((2 * Math.PI * r) / 60));
    const offset = ring % 2 === 0 ? 0 : Math.PI / slots;
    for (let i = 0; i < slots && placed.length < count; i++) {
      const angle = offset + (2 * Math.PI * i) / slots - Math.PI / 2;
      const candidate = { x: center.x + r * Math.cos(angle), y: center.y + r * Math.sin(angle) };
      const blocked = [...existing, ...placed].some(
        (p) => Math.hypot(p.x - candidate.x, p.y - candidate.y) < minGap,
      );
      if (!blocked) placed.push(candidate);
    }
    ring++;
  }
  // Crowded beyond 20 rings: stack the rest below rather than lose them.
  while (placed.length < count) placed.push({ x: center.x, y: center.y + radius + placed.length * 50 });
  return placed;
}
