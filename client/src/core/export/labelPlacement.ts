/**
 * Where an exported picture writes each relationship's label. Drawn at full size, a trace's
 * converging "contributes to" labels all sit on one another at their edges' midpoints; dropping
 * the crowded ones kept 1 label in 17. Here each label tries places along its edge and to either
 * side of it, then a smaller size; a label that fits nowhere becomes a number on its edge,
 * spelled out in a key beside the picture. Nothing placed overlaps a node, a node's label or
 * another placed label.
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface LabelRequest {
  readonly id: string;
  readonly text: string;
  /** The label with its ends, for the key: "Helsenorge — run by → Norsk helsenett". */
  readonly keyText: string;
  /** The edge as drawn, as a polyline from source to target (at least two points). */
  readonly path: readonly Point[];
}

export interface PlacedLabel {
  readonly id: string;
  /** What is written on the picture: the label, or its number in the key. */
  readonly text: string;
  /** The key's line for a numbered label. */
  readonly keyText: string;
  readonly centre: Point;
  readonly fontSize: number;
  readonly box: Box;
  /** Set when the label is written as a number. */
  readonly number: number | null;
}

/** The width of a text at a font size (bold or not), as the picture's renderer measures it. */
export type Measure = (text: string, fontSize: number, bold?: boolean) => number;

/** Text is measured slightly differently by the canvas and by an SVG viewer: keep a margin. */
const MARGIN = 2;
/** Fractions of the edge's length, from its middle outwards. */
const ALONG = [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78] as const;
/** Distances to either side of the edge, in px. */
const ASIDE = [0, 10, -10, 18, -18] as const;
const LABEL_SIZES = [10, 8] as const;
const NUMBER_SIZE = 9;
/** A text box's height per px of font size, as an SVG viewer draws it (ascent and descent). */
const LINE_HEIGHT = 1.3;
const PADDING = 1.5;

export const overlaps = (a: Box, b: Box, margin = MARGIN): boolean =>
  a.x1 < b.x2 + margin && b.x1 < a.x2 + margin && a.y1 < b.y2 + margin && b.y1 < a.y2 + margin;

/** The point at a fraction of a polyline's length, and the unit normal there. */
export function pointAlong(path: readonly Point[], fraction: number): { point: Point; normal: Point } {
  const lengths = path.slice(1).map((p, i) => Math.hypot(p.x - (path[i]?.x ?? 0), p.y - (path[i]?.y ?? 0)));
  const total = lengths.reduce((sum, l) => sum + l, 0);
  let left = total * fraction;
  for (const [i, length] of lengths.entries()) {
    const a = path[i];
    const b = path[i + 1];
    if (!a || !b) break;
    if (left <= length || i === lengths.length - 1) {
      const t = length === 0 ? 0 : Math.min(1, left / length);
      const dx = length === 0 ? 1 : (b.x - a.x) / length;
      const dy = length === 0 ? 0 : (b.y - a.y) / length;
      return { point: { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t }, normal: { x: -dy, y: dx } };
    }
    left -= length;
  }
  const only = path[0] ?? { x: 0, y: 0 };
  return { point: only, normal: { x: 0, y: 1 } };
}

function boxAt(centre: Point, width: number, fontSize: number): Box {
  const w = width + 2 * PADDING;
  const h = fontSize * LINE_HEIGHT + 2 * PADDING;
  return { x1: centre.x - w / 2, y1: centre.y - h / 2, x2: centre.x + w / 2, y2: centre.y + h / 2 };
}

/** The first place along the edge where a text of this width fits, or null. */
function firstFree(
  path: readonly Point[],
  width: number,
  fontSize: number,
  taken: readonly Box[],
): { centre: Point; box: Box } | null {
  for (const fraction of ALONG)
    for (const aside of ASIDE) {
      const { point, normal } = pointAlong(path, fraction);
      const centre = { x: point.x + normal.x * aside, y: point.y + normal.y * aside };
      const box = boxAt(centre, width, fontSize);
      if (!taken.some((other) => overlaps(box, other))) return { centre, box };
    }
  return null;
}

/**
 * Places the labels in the order given (the caller puts the important ones first): written out
 * where they fit, numbered where only a number fits; the ids of labels left out altogether are
 * returned too (a number that fits nowhere).
 */
export function placeEdgeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Box[],
  measure: Measure,
): { readonly placed: readonly PlacedLabel[]; readonly dropped: readonly string[] } {
  const taken: Box[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  const waiting: LabelRequest[] = [];
  for (const request of requests) {
    let done = false;
    for (const fontSize of LABEL_SIZES) {
      const spot = firstFree(request.path, measure(request.text, fontSize), fontSize, taken);
      if (!spot) continue;
      taken.push(spot.box);
      placed.push({
        id: request.id,
        text: request.text,
        keyText: request.keyText,
        fontSize,
        number: null,
        ...spot,
      });
      done = true;
      break;
    }
    if (!done) waiting.push(request);
  }
  // Numbers go on after every written label, so that a number never takes a label's place.
  const dropped: string[] = [];
  let next = 1;
  for (const request of waiting) {
    const text = String(next);
    const spot = firstFree(request.path, measure(text, NUMBER_SIZE), NUMBER_SIZE, taken);
    if (!spot) {
      dropped.push(request.id);
      continue;
    }
    taken.push(spot.box);
    placed.push({
      id: request.id,
      text,
      keyText: request.keyText,
      fontSize: NUMBER_SIZE,
      number: next,
      ...spot,
    });
    next += 1;
  }
  return { placed, dropped };
}
