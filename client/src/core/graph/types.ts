/** The graph's vocabulary (the seed's own lists, seed/vocabulary.ts) and its data shapes. */
import { NODE_LABELS, RELATIONSHIP_TYPES } from "@model/vocabulary.ts";

export const NODE_TYPES = NODE_LABELS;
export const EDGE_TYPES = RELATIONSHIP_TYPES;

export type NodeType = (typeof NODE_TYPES)[number];

export type EdgeType = (typeof EDGE_TYPES)[number];

export const LANGUAGES = ["en", "no"] as const;
export type Language = (typeof LANGUAGES)[number];

export interface SourceRef {
  readonly document: string;
  readonly title: string;
  readonly section: string;
  readonly url?: string | null;
}

export interface GraphNode {
  readonly id: string;
  readonly type: string;
  readonly name: string;
  readonly nameNo?: string | null;
  readonly aliases: readonly string[];
  readonly description?: string | null;
  readonly properties: Readonly<Record<string, unknown>>;
  readonly sources: readonly SourceRef[];
}

export interface GraphEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly basis: string;
  readonly strength?: string | null;
  readonly reason?: string | null;
  readonly conflict?: string | null;
  readonly sources: readonly SourceRef[];
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface Subgraph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

/** Which nodes and edges one expansion added, so that collapsing removes exactly those. */
export interface Expansion {
  readonly nodeId: string;
  readonly types: readonly string[] | null;
  readonly addedNodes: readonly string[];
  readonly addedEdges: readonly string[];
}

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
