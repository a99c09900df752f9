/** The graph's vocabulary (model/vocabulary.ts, shared with the seed and the server) and the explorer's languages. */
import { NODE_LABELS, RELATIONSHIP_TYPES } from "@model/vocabulary.ts";

export const NODE_TYPES = NODE_LABELS;
export const EDGE_TYPES = RELATIONSHIP_TYPES;
export type NodeType = (typeof NODE_TYPES)[number];
export type EdgeType = (typeof EDGE_TYPES)[number];

export const LANGUAGES = ["en", "no"] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Filters {
  /** Node types hidden from view. */
  readonly hiddenNodeTypes: readonly string[];
  /** Relationship types hidden from view. */
  readonly hiddenEdgeTypes: readonly string[];
  readonly showInferred: boolean;
}

export interface TypeStyle {
  readonly color: string;
  readonly shape: string;
  /** The group the legend lists the type under. */
  readonly group: "Organisation" | "Strategy" | "Solution" | "Other";
}
