/**
 * Node positions in a link, kept short: the nodes the link lists (`n`, then each expansion's
 * `xn`) are already in the link in a fixed order, so their positions go in that order as bare
 * rounded numbers (`pp=x_y.x_y..x_y`, an empty slot for a node without one); any other node's
 * position goes with its id (`p=id_x_y~id_x_y`, a node dragged in the untouched tree).
 */
import type { Point } from "../layouts/types.ts";
import type { ViewState } from "./types.ts";

/** Larger than any drawing needs; a bigger number in a link is taken for a malformed one. */
const LIMIT = 1_000_000;
const COORDINATE = /^-?\d{1,7}$/;
const ID = /^[a-z0-9-]+$/;

/** The order in which a link lists its nodes: `nodes`, then each expansion's, each id once. */
export function linkedOrder(view: Pick<ViewState, "nodes" | "expanded">): string[] {
  return [...new Set([...view.nodes, ...view.expanded.flatMap((e) => e.nodes)])];
}

const rounded = (point: Point): string => `${Math.round(point.x)}_${Math.round(point.y)}`;

/** `pp` (by order) and `p` (by id) for the positions; empty strings when there are none. */
export function encodePositions(
  positions: Readonly<Record<string, Point>>,
  order: readonly string[],
): { ordered: string; byId: string } {
  const slots = order.map((id) => {
    const point = positions[id];
    return point ? rounded(point) : "";
  });
  while (slots.length > 0 && slots[slots.length - 1] === "") slots.pop();
  const inOrder = new Set(order);
  const byId = Object.entries(positions)
    .filter(([id]) => !inOrder.has(id))
    .map(([id, point]) => `${id}_${rounded(point)}`);
  return { ordered: slots.join("."), byId: byId.join("~") };
}

function coordinates(x: string | undefined, y: string | undefined): Point | null {
  if (!x || !y || !COORDINATE.test(x) || !COORDINATE.test(y)) return null;
  const point = { x: Number(x), y: Number(y) };
  return Math.abs(point.x) < LIMIT && Math.abs(point.y) < LIMIT ? point : null;
}

/** Reads `pp` and `p` back; a malformed entry is skipped, never a broken view. */
export function decodePositions(
  ordered: string | null,
  byId: string | null,
  order: readonly string[],
): Record<string, Point> {
  const positions: Record<string, Point> = {};
  for (const entry of (byId ?? "").split("~")) {
    const [id, x, y, ...rest] = entry.split("_");
    const point = rest.length === 0 ? coordinates(x, y) : null;
    if (id && ID.test(id) && point) positions[id] = point;
  }
  const slots = ordered ? ordered.split(".") : [];
  // More slots than listed nodes: the link was cut or edited, and no slot can be trusted.
  if (slots.length > order.length) return positions;
  slots.forEach((slot, index) => {
    const id = order[index];
    const [x, y, ...rest] = slot.split("_");
    const point = rest.length === 0 ? coordinates(x, y) : null;
    if (id && point) positions[id] = point;
  });
  return positions;
}
