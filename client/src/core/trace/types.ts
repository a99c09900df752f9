export { STRENGTHS, type Strength } from "@model/strengths.ts";

/** What a trace highlights in the graph. */
export interface Highlight {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

export interface MatrixCellView {
  readonly objectiveId: string;
  readonly sdgId: string;
  readonly strength: string | null;
  /** The strategy's own word for the contribution, where recorded. */
  readonly wording: string | null;
  /** The reason in the view's language (the English one where no Norwegian text is written). */
  readonly reason: string | null;
  /** 0 (none) … 3 (key): the heat map's intensity. */
  readonly level: number;
}
