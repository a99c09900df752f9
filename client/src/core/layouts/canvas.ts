/**
 * What actions ask of the drawn graph beyond what it renders from the store by itself: layouts,
 * placing new nodes, and the camera. The cytoscape view implements it.
 */
import type { Viewport } from "../url-state/types.ts";
import type { LayoutName, Point } from "./types.ts";

export interface Canvas {
  /** Runs a layout over the visible elements; resolves when it has finished. */
  layout(name: LayoutName, focusId: string | null, animate: boolean): Promise<void>;
  /** Puts new nodes into free space around `centerId` (or near what they connect to). */
  placeNear(centerId: string | null, ids: readonly string[]): void;
  setPositions(positions: Readonly<Record<string, Point>>): void;
  /** Fits the given nodes (all visible when empty) on screen. */
  fit(ids?: readonly string[], animate?: boolean): void;
  centre(id: string): void;
  /** Shows a shared viewport; one taken on a canvas of another size fits the whole graph instead. */
  setViewport(viewport: Viewport): void;
  visibleCount(): number;
}
