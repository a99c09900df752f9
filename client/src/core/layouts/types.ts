import type { LayoutOptions } from "cytoscape";

export const LAYOUT_NAMES = ["governance", "force", "concentric"] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export interface LayoutContext {
  /** The node a concentric layout centres on (the selected one). */
  readonly focusId: string | null;
  readonly animate: boolean;
}

export interface LayoutPreset {
  readonly name: LayoutName;
  readonly label: string;
  readonly description: string;
  options(context: LayoutContext): LayoutOptions;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}
