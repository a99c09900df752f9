export const STRENGTHS = ["key", "most direct", "also"] as const;
export type Strength = (typeof STRENGTHS)[number];

/** What a trace highlights in the graph. */
export interface Highlight {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

export interface MatrixCellView {
  readonly objectiveId: string;
  readonly sdgId: string;
  readonly strength: string | null;
  readonly reason: string | null;
  /** 0 (none) … 3 (key): the heat map's intensity. */
  readonly level: number;
}
