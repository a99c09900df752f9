import type { Subgraph } from "../graph/contract.ts";

export interface PresetQuery {
  readonly id: string;
  readonly title: string;
  readonly query: string;
}

/** A result table: one row per object with an id, columns the union of their scalar fields. */
export interface ResultTable {
  /** Where the list sits in the result ('conflicts.edges'). */
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly Record<string, string>[];
}

export type ResultGraph = Subgraph;
