/**
 * The picture export's frame: a title, the day drawn and the data release above the graph, a
 * legend of the node types drawn and the key of numbered relationships below it, and the
 * relationship labels placed by labelPlacement.ts, around the SVG cytoscape-svg writes. A file
 * passed on without its page must still say what it shows, as of when and from which data.
 */
import type { Box, Measure, PlacedLabel } from "./labelPlacement.ts";

export interface FrameText {
  readonly title: string;
  /** Lines under the title: the day drawn, the data release. */
  readonly lines: readonly string[];
  readonly legendTitle: string;
  readonly legend: readonly { readonly label: string; readonly colour: string }[];
  readonly keyTitle: string;
  /** The picture's one-line description (an SVG's <desc>). */
  readonly description: string;
}

export interface DrawnGraph {
  /** cytoscape-svg's output: the graph drawn from `bounds.x1, bounds.y1` at scale 1. */
  readonly svg: string;
  readonly bounds: Box;
}

const PAD = 16;
const TITLE_SIZE = 16;
const LINE_SIZE = 12;
const LEGEND_SIZE = 11;
const FONT = "system-ui, sans-serif";
/** Taller than the font, so that a viewer never reads two lines as one wrapped label. */
const ROW = 20;

export const escapeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const text = (x: number, y: number, size: number, content: string, extra = "") =>
  `<text x="${x}" y="${y}" font-family="${FONT}" font-size="${size}" fill="#111827"${extra}>${escapeXml(content)}</text>`;

/** Legend entries in rows that fit the width: a swatch, then the type's name. */
function legendRows(
  frame: FrameText,
  width: number,
  top: number,
  measure: Measure,
): { svg: string; bottom: number } {
  const parts = [text(PAD, top + LEGEND_SIZE, LEGEND_SIZE, frame.legendTitle, ' font-weight="bold"')];
  let x = PAD;
  let y = top + ROW;
  for (const entry of frame.legend) {
    const entryWidth = 14 + measure(entry.label, LEGEND_SIZE) + 18;
    if (x > PAD && x + entryWidth > width - PAD) {
      x = PAD;
      y += ROW;
    }
    parts.push(
      `<rect class="legend-swatch" x="${x}" y="${y}" width="10" height="10" rx="2" fill="${entry.colour}" stroke="#1f2937" stroke-width="0.75"/>`,
      text(x + 14, y + 9.5, LEGEND_SIZE, entry.label),
    );
    x += entryWidth;
  }
  return { svg: parts.join(""), bottom: frame.legend.length > 0 ? y + ROW : y };
}

function keyRows(
  labels: readonly PlacedLabel[],
  title: string,
  top: number,
): { svg: string; bottom: number } {
  const numbered = labels.filter((label) => label.number !== null);
  if (numbered.length === 0) return { svg: "", bottom: top };
  const parts = [text(PAD, top + LEGEND_SIZE, LEGEND_SIZE, title, ' font-weight="bold"')];
  numbered.forEach((label, i) => {
    parts.push(
      text(PAD, top + ROW * (i + 1) + LEGEND_SIZE, LEGEND_SIZE, `${label.number}  ${label.keyText}`),
    );
  });
  return { svg: parts.join(""), bottom: top + ROW * (numbered.length + 1) };
}

/** A label on a white band, as the canvas draws it; a number in a ring, so it reads as a key's. */
function labelSvg(label: PlacedLabel): string {
  const { box, centre } = label;
  const band =
    label.number === null
      ? `<rect x="${box.x1}" y="${box.y1}" width="${box.x2 - box.x1}" height="${box.y2 - box.y1}" rx="2" fill="#ffffff" fill-opacity="0.92"/>`
      : `<rect x="${box.x1}" y="${box.y1}" width="${box.x2 - box.x1}" height="${box.y2 - box.y1}" rx="${(box.y2 - box.y1) / 2}" fill="#ffffff" stroke="#374151" stroke-width="0.75"/>`;
  return `${band}<text x="${centre.x}" y="${centre.y}" font-family="${FONT}" font-size="${label.fontSize}" fill="#374151" text-anchor="middle" dominant-baseline="central" data-edge="${escapeXml(label.id)}">${escapeXml(label.text)}</text>`;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The framed picture, as one standalone SVG document. */
export function framedSvg(
  graph: DrawnGraph,
  labels: readonly PlacedLabel[],
  frame: FrameText,
  measure: Measure,
): string {
  const content = labels.reduce(
    (all, { box }) => ({
      x1: Math.min(all.x1, box.x1),
      y1: Math.min(all.y1, box.y1),
      x2: Math.max(all.x2, box.x2),
      y2: Math.max(all.y2, box.y2),
    }),
    graph.bounds,
  );
  const headerHeight = PAD + TITLE_SIZE + frame.lines.length * ROW + PAD / 2;
  const textWidth = Math.max(
    measure(frame.title, TITLE_SIZE, true),
    ...frame.lines.map((line) => measure(line, LINE_SIZE)),
    ...labels.filter((l) => l.number !== null).map((l) => measure(`${l.number}  ${l.keyText}`, LEGEND_SIZE)),
  );
  // A viewer's font may run a little wider than the one measured: keep some room.
  const width = Math.ceil(Math.max(content.x2 - content.x1, textWidth * 1.08, 360) + 2 * PAD);
  const left = PAD - content.x1;
  const graphTop = headerHeight - content.y1;
  const graphBottom = headerHeight + (content.y2 - content.y1);
  const legend = legendRows(frame, width, graphBottom + PAD, measure);
  const key = keyRows(labels, frame.keyTitle, legend.bottom + PAD / 2);
  const height = Math.ceil(key.bottom + PAD);
  // cytoscape-svg's document, nested at its place: its own coordinates start at the graph's corner.
  const inner = graph.svg
    .replace(/<\?xml[^>]*\?>/, "")
    .replace(/<!DOCTYPE[^>]*>/i, "")
    .replace(/<svg\b/, `<svg x="${round(left + graph.bounds.x1)}" y="${round(graphTop + graph.bounds.y1)}"`);
  const header = [
    text(PAD, PAD + TITLE_SIZE, TITLE_SIZE, frame.title, ' font-weight="bold"'),
    ...frame.lines.map((line, i) => text(PAD, PAD + TITLE_SIZE + ROW * (i + 1), LINE_SIZE, line)),
  ].join("");
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(frame.title)}</title><desc>${escapeXml(frame.description)}</desc>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    header,
    inner.trim(),
    `<g transform="translate(${round(left)} ${round(graphTop)})">${labels.map(labelSvg).join("")}</g>`,
    legend.svg,
    key.svg,
    "</svg>",
  ].join("\n");
}
