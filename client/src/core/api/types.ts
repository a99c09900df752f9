/** What the GraphQL API answers, and how it fails. */
import type { GraphEdge, GraphNode, SourceRef, Subgraph } from "../graph/types.ts";

export const ERROR_CODES = [
  "NOT_FOUND",
  "BAD_USER_INPUT",
  "LIMIT_EXCEEDED",
  "SERVICE_UNAVAILABLE",
  "FORBIDDEN",
  /** The server could not be reached at all (client-side code). */
  "NETWORK",
  /** Anything the server reported without a known code. */
  "INTERNAL",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface GraphQLErrorShape {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly extensions?: { readonly code?: string } & Record<string, unknown>;
}

export interface CypherStatement {
  readonly query: string;
  readonly params: Record<string, unknown>;
}

export interface GraphQLResponse<T = unknown> {
  readonly data?: T | null;
  readonly errors?: readonly GraphQLErrorShape[];
  readonly extensions?: { readonly cypher?: readonly CypherStatement[] } & Record<string, unknown>;
}

export interface SearchHit {
  readonly node: GraphNode;
  readonly score: number;
}

export interface TracePath {
  readonly sdg: GraphNode;
  readonly steps: readonly GraphEdge[];
}

export interface SdgTrace {
  readonly from: GraphNode;
  readonly sdgs: readonly GraphNode[];
  readonly paths: readonly TracePath[];
  readonly subgraph: Subgraph;
}

export interface SdgMatrixCell {
  readonly objective: GraphNode;
  readonly sdg: GraphNode;
  readonly strength: string;
  readonly reason: string;
  readonly sources: readonly SourceRef[];
}

export interface SdgMatrix {
  readonly objectives: readonly GraphNode[];
  readonly sdgs: readonly GraphNode[];
  readonly cells: readonly SdgMatrixCell[];
}

export type Health =
  | { readonly status: "ok" }
  | { readonly status: "degraded" }
  | { readonly status: "down" };
