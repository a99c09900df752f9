export const EXPORT_FORMATS = ["png", "svg", "json", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A node as drawn: what the SVG export needs. */
export interface DrawnNode {
  readonly id: string;
  readonly label: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly color: string;
  readonly shape: string;
  readonly dimmed: boolean;
}

export interface DrawnEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly label: string;
  readonly dashed: boolean;
  readonly conflict: boolean;
  readonly dimmed: boolean;
}
