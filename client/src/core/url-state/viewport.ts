/**
 * Zoom and pan in a link (`vp=zoom_x_y_width_height`), with the size of the canvas they were
 * taken on: a window of the same size shows exactly that picture, another size (a phone's link
 * on a desktop, or the reverse) shows the same part of the graph fitted to itself.
 */
import type { Viewport } from "./types.ts";

const NUMBER = /^-?\d{1,7}(?:\.\d{1,6})?$/;
const SIZE = /^\d{1,5}$/;

export function encodeViewport(viewport: Viewport): string {
  const { zoom, x, y, width, height } = viewport;
  const base = `${Number(zoom.toFixed(4))}_${Math.round(x)}_${Math.round(y)}`;
  return width && height ? `${base}_${Math.round(width)}_${Math.round(height)}` : base;
}

/** The viewport of a `vp` value, or null for a malformed one (the view is then fitted). */
export function decodeViewport(value: string | null): Viewport | null {
  const parts = (value ?? "").split("_");
  if (parts.length !== 3 && parts.length !== 5) return null;
  const [zoom, x, y, width, height] = parts;
  if (!zoom || !x || !y || ![zoom, x, y].every((part) => NUMBER.test(part))) return null;
  const viewport = { zoom: Number(zoom), x: Number(x), y: Number(y) };
  if (!(viewport.zoom > 0 && viewport.zoom <= 100)) return null;
  if (parts.length === 3) return viewport;
  if (!width || !height || !SIZE.test(width) || !SIZE.test(height)) return null;
  const size = { width: Number(width), height: Number(height) };
  return size.width > 0 && size.height > 0 ? { ...viewport, ...size } : null;
}

/** True when a canvas of this size shows the viewport as it was taken (a pixel either way). */
export function sameCanvas(viewport: Viewport, width: number, height: number): boolean {
  if (!viewport.width || !viewport.height) return true;
  return Math.abs(viewport.width - width) <= 1 && Math.abs(viewport.height - height) <= 1;
}
