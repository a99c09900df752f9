/**
 * The SVG export: the canvas as drawn (trace, conflict and comparison colours are styles, so
 * cytoscape-svg keeps them), minus the relationship labels that would sit on another label or
 * node. On the canvas such labels shrink away when zoomed out (min-zoomed-font-size); a file is
 * drawn at full size, where dozens of "contributes to" labels on a trace's converging edges pile up.
 */
import type { Core, EdgeCollection } from "cytoscape";

/** Edges whose label the export leaves out (style.ts gives them an empty label). */
export const HIDDEN_LABEL_CLASS = "export-label-hidden";

interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** Text is measured slightly differently by the canvas and by an SVG viewer: keep a margin. */
const MARGIN = 3;

const overlaps = (a: Box, b: Box) =>
  a.x1 < b.x2 + MARGIN && b.x1 < a.x2 + MARGIN && a.y1 < b.y2 + MARGIN && b.y1 < a.y2 + MARGIN;

/** The edges whose labels would overlap a node, a node's label or an edge label kept before them. */
export function crowdedEdgeLabels(cy: Core): EdgeCollection {
  const seen = (element: { visible(): boolean; hasClass(name: string): boolean }) =>
    element.visible() && !element.hasClass("dimmed");
  const taken: Box[] = cy
    .nodes()
    .filter(seen)
    .map((node) => node.boundingBox({ includeLabels: true, includeOverlays: false }));
  // A traced step's label is the story of the picture: it is placed first.
  const edges = cy
    .edges()
    .filter((edge) => seen(edge) && Boolean(edge.style("label")))
    .sort((a, b) => Number(b.hasClass("traced")) - Number(a.hasClass("traced")));
  const crowded = cy.collection();
  for (const edge of edges) {
    const box = edge.boundingBox({ includeEdges: false, includeLabels: true, includeOverlays: false });
    if (box.w === 0 || box.h === 0) continue;
    if (taken.some((other) => overlaps(box, other))) crowded.merge(edge);
    else taken.push(box);
  }
  return crowded;
}

export function exportSvg(cy: Core, release: string | null = null): string {
  const crowded = crowdedEdgeLabels(cy);
  crowded.addClass(HIDDEN_LABEL_CLASS);
  try {
    const svg = cy.svg({ full: true, scale: 1, bg: "#ffffff" });
    // The data release travels inside the picture, where a viewer's "properties" can show it.
    return release === null
      ? svg
      : svg.replace(
          /<svg\b[^>]*>/,
          (open) => `${open}<desc>Norway eHealth governance graph, data release ${release}</desc>`,
        );
  } finally {
    crowded.removeClass(HIDDEN_LABEL_CLASS);
  }
}
