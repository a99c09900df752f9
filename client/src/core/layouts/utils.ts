/** Placement of nodes added by an expansion: near the expanded node, in free space. */
import type { Point } from "./types.ts";

/**
 * The room a node needs with its label below it (labels wrap at about 100 px, two or three
 * lines): two nodes closer than this in both directions would overlap.
 */
export const NODE_ROOM = { width: 125, height: 85 } as const;

const overlaps = (a: Point, b: Point): boolean =>
  Math.abs(a.x - b.x) < NODE_ROOM.width && Math.abs(a.y - b.y) < NODE_ROOM.height;

/**
 * Positions for `count` new nodes on rings around `center`, skipping any spot whose node and
 * label would overlap an existing node or one already placed, so an expansion grows into free
 * space while everything else stays put.
 */
export function ringPositions(
  center: Point,
  count: number,
  existing: readonly Point[] = [],
  radius = 130,
): Point[] {
  const placed: Point[] = [];
  let ring = 0;
  while (placed.length < count && ring < 40) {
    const r = radius + ring * NODE_ROOM.height;
    const slots = Math.max(6, Math.floor((2 * Math.PI * r) / (NODE_ROOM.width * 0.75)));
    const offset = ring % 2 === 0 ? 0 : Math.PI / slots;
    for (let i = 0; i < slots && placed.length < count; i++) {
      const angle = offset + (2 * Math.PI * i) / slots - Math.PI / 2;
      const candidate = { x: center.x + r * Math.cos(angle), y: center.y + r * Math.sin(angle) };
      if (!existing.some((p) => overlaps(p, candidate)) && !placed.some((p) => overlaps(p, candidate)))
        placed.push(candidate);
    }
    ring++;
  }
  // Crowded beyond 40 rings: stack the rest below everything rather than lose them.
  const bottom = Math.max(center.y, ...existing.map((p) => p.y), ...placed.map((p) => p.y));
  for (let row = 1; placed.length < count; row++)
    placed.push({ x: center.x, y: bottom + row * NODE_ROOM.height });
  return placed;
}
