/** Camera moves of the canvas. */
import type { Viewport } from "@core/url-state/types.ts";
import { sameCanvas } from "@core/url-state/viewport.ts";
import type { Core } from "cytoscape";

/** Room left around a fitted graph, in pixels (also the large-graph benchmark's fit). */
export const FIT_PADDING = 40;

interface Area {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

const size = (area: Area) => Math.max(area.x2 - area.x1, 0) * Math.max(area.y2 - area.y1, 0);

/**
 * The part of the canvas no panel lies over. A panel drawn over the canvas (marked
 * `data-covers-canvas`, like compare mode's list of changes) would hide the very nodes it is
 * about: the graph is fitted beside it, on whichever side leaves the most room.
 */
export function freeArea(cy: Core): Area {
  let area: Area = { x1: 0, y1: 0, x2: cy.width(), y2: cy.height() };
  const container = cy.container();
  if (!container?.parentElement) return area;
  const box = container.getBoundingClientRect();
  for (const cover of container.parentElement.querySelectorAll<HTMLElement>("[data-covers-canvas]")) {
    const rect = cover.getBoundingClientRect();
    if (cover.hidden || rect.width === 0 || rect.height === 0) continue;
    const left = rect.left - box.left;
    const top = rect.top - box.top;
    const right = left + rect.width;
    const bottom = top + rect.height;
    const sides: Area[] = [
      { ...area, x2: Math.min(area.x2, left) },
      { ...area, x1: Math.max(area.x1, right) },
      { ...area, y2: Math.min(area.y2, top) },
      { ...area, y1: Math.max(area.y1, bottom) },
    ];
    area = sides.reduce((best, side) => (size(side) > size(best) ? side : best));
  }
  return size(area) > 0 ? area : { x1: 0, y1: 0, x2: cy.width(), y2: cy.height() };
}

/** Fits the given nodes (all visible ones when empty) into the free area, never zooming in past 1.5. */
export function fitTo(cy: Core, ids: readonly string[], animate: boolean): void {
  // The container may have changed size since cytoscape last looked (a panel opened): measure now.
  cy.resize();
  let target = ids.length ? cy.collection() : cy.elements().not(".filtered");
  for (const id of ids) target = target.union(cy.getElementById(id));
  if (target.empty()) return;
  const box = target.boundingBox();
  const free = freeArea(cy);
  const padding = FIT_PADDING;
  const width = Math.max(free.x2 - free.x1 - 2 * padding, 1);
  const height = Math.max(free.y2 - free.y1 - 2 * padding, 1);
  const zoom = Math.min(1.5, Math.max(cy.minZoom(), Math.min(width / (box.w || 1), height / (box.h || 1))));
  const pan = {
    x: (free.x1 + free.x2) / 2 - zoom * (box.x1 + box.w / 2),
    y: (free.y1 + free.y2) / 2 - zoom * (box.y1 + box.h / 2),
  };
  if (animate) cy.animate({ zoom, pan }, { duration: 350 });
  else cy.viewport({ zoom, pan });
}

/** Brings a node to the middle, zooming in to at least 1. */
export function centreOn(cy: Core, id: string): void {
  const node = cy.getElementById(id);
  if (node.empty()) return;
  cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, { duration: 350 });
}

/** Zooms by a factor around the middle of the canvas. */
export function zoomAtCentre(cy: Core, factor: number): void {
  const level = cy.zoom() * factor;
  cy.animate(
    { zoom: { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } },
    { duration: 200 },
  );
}

/**
 * Shows a shared viewport: on a canvas of the size it was taken on, exactly; on another size (a
 * phone's link on a desktop, or the reverse) the zoom and pan would show another part of the
 * graph, so the whole of it is fitted to this canvas, every node and with them the subject in view.
 */
export function showViewport(cy: Core, viewport: Viewport): void {
  cy.resize();
  if (sameCanvas(viewport, cy.width(), cy.height()))
    cy.viewport({ zoom: viewport.zoom, pan: { x: viewport.x, y: viewport.y } });
  else fitTo(cy, [], false);
}
