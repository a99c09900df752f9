/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type NodeFieldsFragment = { readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly descriptionNo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly validFrom: string | null, readonly validTo: string | null, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> };

export type EdgeFieldsFragment = { readonly id: string, readonly source: string, readonly target: string, readonly type: string, readonly basis: string, readonly strength: string | null, readonly wording: string | null, readonly reason: string | null, readonly reasonNo: string | null, readonly conflict: string | null, readonly validFrom: string | null, readonly validTo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> };

export type SubgraphFieldsFragment = { readonly nodes: ReadonlyArray<{ readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly descriptionNo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly validFrom: string | null, readonly validTo: string | null, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }>, readonly edges: ReadonlyArray<{ readonly id: string, readonly source: string, readonly target: string, readonly type: string, readonly basis: string, readonly strength: string | null, readonly wording: string | null, readonly reason: string | null, readonly reasonNo: string | null, readonly conflict: string | null, readonly validFrom: string | null, readonly validTo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }> };

export type SuccessionFieldsFragment = { readonly succeededBy: ReadonlyArray<{ readonly type: string, readonly validFrom: string | null, readonly node: { readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly descriptionNo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly validFrom: string | null, readonly validTo: string | null, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> } }>, readonly precededBy: ReadonlyArray<{ readonly type: string, readonly validFrom: string | null, readonly node: { readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly descriptionNo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly validFrom: string | null, readonly validTo: string | null, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> } }> };

export type SearchQueryVariables = Exact<{
  text: string;
  limit?: number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type SearchQuery = { readonly search: ReadonlyArray<{ readonly score: number, readonly inForce: boolean, readonly node: { readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly descriptionNo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly validFrom: string | null, readonly validTo: string | null, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }, readonly succession: { readonly succeededBy: ReadonlyArray<{ readonly type: string, readonly validFrom: string | null, readonly node: { readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly descriptionNo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly validFrom: string | null, readonly validTo: string | null, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> } }>, readonly precededBy: ReadonlyArray<{ readonly type: string, readonly validFrom: string | null, readonly node: { readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly descriptionNo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly validFrom: string | null, readonly validTo: string | null, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> } }> } }> };

export type SuccessionQueryVariables = Exact<{
  id: string | number;
}>;


export type SuccessionQuery = { readonly succession: { readonly succeededBy: ReadonlyArray<{ readonly type: string, readonly validFrom: string | null, readonly node: { readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly descriptionNo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly validFrom: string | null, readonly validTo: string | null, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> } }>, readonly precededBy: ReadonlyArray<{ readonly type: string, readonly validFrom: string | null, readonly node: { readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly descriptionNo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly validFrom: string | null, readonly validTo: string | null, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> } }> } };

export type EvidenceQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type EvidenceQuery = { readonly evidence: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> };

export type NeighbourhoodQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
  types?: ReadonlyArray<string> | string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type NeighbourhoodQuery = { readonly neighbourhood: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly descriptionNo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly validFrom: string | null, readonly validTo: string | null, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }>, readonly edges: ReadonlyArray<{ readonly id: string, readonly source: string, readonly target: string, readonly type: string, readonly basis: string, readonly strength: string | null, readonly wording: string | null, readonly reason: string | null, readonly reasonNo: string | null, readonly conflict: string | null, readonly validFrom: string | null, readonly validTo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }> } };

export type GovernanceTreeQueryVariables = Exact<{
  rootId: string | number;
  asOf?: string | null | undefined;
}>;


export type GovernanceTreeQuery = { readonly governanceTree: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly descriptionNo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly validFrom: string | null, readonly validTo: string | null, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }>, readonly edges: ReadonlyArray<{ readonly id: string, readonly source: string, readonly target: string, readonly type: string, readonly basis: string, readonly strength: string | null, readonly wording: string | null, readonly reason: string | null, readonly reasonNo: string | null, readonly conflict: string | null, readonly validFrom: string | null, readonly validTo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }> } };

export type SubgraphQueryVariables = Exact<{
  ids: ReadonlyArray<string | number> | string | number;
  asOf?: string | null | undefined;
}>;


export type SubgraphQuery = { readonly subgraph: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly descriptionNo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly validFrom: string | null, readonly validTo: string | null, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }>, readonly edges: ReadonlyArray<{ readonly id: string, readonly source: string, readonly target: string, readonly type: string, readonly basis: string, readonly strength: string | null, readonly wording: string | null, readonly reason: string | null, readonly reasonNo: string | null, readonly conflict: string | null, readonly validFrom: string | null, readonly validTo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }> } };

export type TraceFieldsFragment = { readonly from: { readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly descriptionNo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly validFrom: string | null, readonly validTo: string | null, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }, readonly sdgs: ReadonlyArray<{ readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly descriptionNo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly validFrom: string | null, readonly validTo: string | null, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }>, readonly paths: ReadonlyArray<{ readonly sdg: { readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly descriptionNo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly validFrom: string | null, readonly validTo: string | null, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }, readonly steps: ReadonlyArray<{ readonly id: string, readonly source: string, readonly target: string, readonly type: string, readonly basis: string, readonly strength: string | null, readonly wording: string | null, readonly reason: string | null, readonly reasonNo: string | null, readonly conflict: string | null, readonly validFrom: string | null, readonly validTo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }> }>, readonly subgraph: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly descriptionNo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly validFrom: string | null, readonly validTo: string | null, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }>, readonly edges: ReadonlyArray<{ readonly id: string, readonly source: string, readonly target: string, readonly type: string, readonly basis: string, readonly strength: string | null, readonly wording: string | null, readonly reason: string | null, readonly reasonNo: string | null, readonly conflict: string | null, readonly validFrom: string | null, readonly validTo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }> } };

export type TraceQueryVariables = Exact<{
  fromId: string | number;
  asOf?: string | null | undefined;
}>;


export type TraceQuery = { readonly traceToSdgs: { readonly from: { readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly descriptionNo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly validFrom: string | null, readonly validTo: string | null, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }, readonly sdgs: ReadonlyArray<{ readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly descriptionNo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly validFrom: string | null, readonly validTo: string | null, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }>, readonly paths: ReadonlyArray<{ readonly sdg: { readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly descriptionNo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly validFrom: string | null, readonly validTo: string | null, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }, readonly steps: ReadonlyArray<{ readonly id: string, readonly source: string, readonly target: string, readonly type: string, readonly basis: string, readonly strength: string | null, readonly wording: string | null, readonly reason: string | null, readonly reasonNo: string | null, readonly conflict: string | null, readonly validFrom: string | null, readonly validTo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }> }>, readonly subgraph: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly descriptionNo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly validFrom: string | null, readonly validTo: string | null, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }>, readonly edges: ReadonlyArray<{ readonly id: string, readonly source: string, readonly target: string, readonly type: string, readonly basis: string, readonly strength: string | null, readonly wording: string | null, readonly reason: string | null, readonly reasonNo: string | null, readonly conflict: string | null, readonly validFrom: string | null, readonly validTo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }> } } };

export type RestoreQueryVariables = Exact<{
  rootId: string | number;
  withTree: boolean;
  ids: ReadonlyArray<string | number> | string | number;
  traceId: string | number;
  withTrace: boolean;
  asOf?: string | null | undefined;
}>;


export type RestoreQuery = { readonly governanceTree?: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly descriptionNo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly validFrom: string | null, readonly validTo: string | null, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }>, readonly edges: ReadonlyArray<{ readonly id: string, readonly source: string, readonly target: string, readonly type: string, readonly basis: string, readonly strength: string | null, readonly wording: string | null, readonly reason: string | null, readonly reasonNo: string | null, readonly conflict: string | null, readonly validFrom: string | null, readonly validTo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }> }, readonly subgraph: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly descriptionNo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly validFrom: string | null, readonly validTo: string | null, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }>, readonly edges: ReadonlyArray<{ readonly id: string, readonly source: string, readonly target: string, readonly type: string, readonly basis: string, readonly strength: string | null, readonly wording: string | null, readonly reason: string | null, readonly reasonNo: string | null, readonly conflict: string | null, readonly validFrom: string | null, readonly validTo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }> }, readonly traceToSdgs?: { readonly from: { readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly descriptionNo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly validFrom: string | null, readonly validTo: string | null, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }, readonly sdgs: ReadonlyArray<{ readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly descriptionNo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly validFrom: string | null, readonly validTo: string | null, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }>, readonly paths: ReadonlyArray<{ readonly sdg: { readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly descriptionNo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly validFrom: string | null, readonly validTo: string | null, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }, readonly steps: ReadonlyArray<{ readonly id: string, readonly source: string, readonly target: string, readonly type: string, readonly basis: string, readonly strength: string | null, readonly wording: string | null, readonly reason: string | null, readonly reasonNo: string | null, readonly conflict: string | null, readonly validFrom: string | null, readonly validTo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }> }>, readonly subgraph: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly descriptionNo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly validFrom: string | null, readonly validTo: string | null, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }>, readonly edges: ReadonlyArray<{ readonly id: string, readonly source: string, readonly target: string, readonly type: string, readonly basis: string, readonly strength: string | null, readonly wording: string | null, readonly reason: string | null, readonly reasonNo: string | null, readonly conflict: string | null, readonly validFrom: string | null, readonly validTo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }> } } };

export type MatrixQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type MatrixQuery = { readonly sdgMatrix: { readonly objectives: ReadonlyArray<{ readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly descriptionNo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly validFrom: string | null, readonly validTo: string | null, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }>, readonly sdgs: ReadonlyArray<{ readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly descriptionNo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly validFrom: string | null, readonly validTo: string | null, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }>, readonly cells: ReadonlyArray<{ readonly strength: string, readonly wording: string | null, readonly reason: string, readonly reasonNo: string | null, readonly objective: { readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly descriptionNo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly validFrom: string | null, readonly validTo: string | null, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }, readonly sdg: { readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly descriptionNo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly validFrom: string | null, readonly validTo: string | null, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }> } };

export type ShortestPathQueryVariables = Exact<{
  fromId: string | number;
  toId: string | number;
  asOf?: string | null | undefined;
}>;


export type ShortestPathQuery = { readonly shortestPath: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly descriptionNo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly validFrom: string | null, readonly validTo: string | null, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }>, readonly edges: ReadonlyArray<{ readonly id: string, readonly source: string, readonly target: string, readonly type: string, readonly basis: string, readonly strength: string | null, readonly wording: string | null, readonly reason: string | null, readonly reasonNo: string | null, readonly conflict: string | null, readonly validFrom: string | null, readonly validTo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }> } };

export type TimelineQueryVariables = Exact<{ [key: string]: never; }>;


export type TimelineQuery = { readonly timeline: ReadonlyArray<string> };

export type ChangesQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ChangesQuery = { readonly changes: ReadonlyArray<{ readonly date: string, readonly kind: string, readonly node: { readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly descriptionNo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly validFrom: string | null, readonly validTo: string | null, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> } | null, readonly edge: { readonly id: string, readonly source: string, readonly target: string, readonly type: string, readonly basis: string, readonly strength: string | null, readonly wording: string | null, readonly reason: string | null, readonly reasonNo: string | null, readonly conflict: string | null, readonly validFrom: string | null, readonly validTo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> } | null, readonly edgeEnds: ReadonlyArray<{ readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly descriptionNo: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly validFrom: string | null, readonly validTo: string | null, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly paragraph: number | null, readonly quote: string | null, readonly language: string | null, readonly url: string | null }> }> }> };

export type SourceDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type SourceDocumentsQuery = { readonly sourceDocuments: ReadonlyArray<{ readonly id: string, readonly title: string, readonly publisher: string, readonly date: string, readonly published: string | null, readonly dateNote: string | null, readonly url: string | null }> };

export type DataReleaseQueryVariables = Exact<{ [key: string]: never; }>;


export type DataReleaseQuery = { readonly dataRelease: { readonly version: string, readonly date: string, readonly releases: ReadonlyArray<string>, readonly correctionCount: number } | null };

export type CorrectionsQueryVariables = Exact<{
  since?: string | null | undefined;
  item?: string | number | null | undefined;
}>;


export type CorrectionsQuery = { readonly corrections: ReadonlyArray<{ readonly item: string, readonly field: string, readonly was: string, readonly now: string, readonly why: string, readonly date: string, readonly release: string }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const NodeFieldsFragmentDoc = new TypedDocumentString(`
    fragment NodeFields on GraphNode {
  id
  type
  name
  nameNo
  aliases
  description
  descriptionNo
  properties
  validFrom
  validTo
  sources {
    document
    title
    section
    paragraph
    quote
    language
    url
  }
}
    `, {"fragmentName":"NodeFields"}) as unknown as TypedDocumentString<NodeFieldsFragment, unknown>;
export const SuccessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SuccessionFields on Succession {
  succeededBy {
    type
    validFrom
    node {
      ...NodeFields
    }
  }
  precededBy {
    type
    validFrom
    node {
      ...NodeFields
    }
  }
}
    fragment NodeFields on GraphNode {
  id
  type
  name
  nameNo
  aliases
  description
  descriptionNo
  properties
  validFrom
  validTo
  sources {
    document
    title
    section
    paragraph
    quote
    language
    url
  }
}`, {"fragmentName":"SuccessionFields"}) as unknown as TypedDocumentString<SuccessionFieldsFragment, unknown>;
export const EdgeFieldsFragmentDoc = new TypedDocumentString(`
    fragment EdgeFields on GraphEdge {
  id
  source
  target
  type
  basis
  strength
  wording
  reason
  reasonNo
  conflict
  validFrom
  validTo
  properties
  sources {
    document
    title
    section
    paragraph
    quote
    language
    url
  }
}
    `, {"fragmentName":"EdgeFields"}) as unknown as TypedDocumentString<EdgeFieldsFragment, unknown>;
export const SubgraphFieldsFragmentDoc = new TypedDocumentString(`
    fragment SubgraphFields on Subgraph {
  nodes {
    ...NodeFields
  }
  edges {
    ...EdgeFields
  }
}
    fragment NodeFields on GraphNode {
  id
  type
  name
  nameNo
  aliases
  description
  descriptionNo
  properties
  validFrom
  validTo
  sources {
    document
    title
    section
    paragraph
    quote
    language
    url
  }
}
fragment EdgeFields on GraphEdge {
  id
  source
  target
  type
  basis
  strength
  wording
  reason
  reasonNo
  conflict
  validFrom
  validTo
  properties
  sources {
    document
    title
    section
    paragraph
    quote
    language
    url
  }
}`, {"fragmentName":"SubgraphFields"}) as unknown as TypedDocumentString<SubgraphFieldsFragment, unknown>;
export const TraceFieldsFragmentDoc = new TypedDocumentString(`
    fragment TraceFields on SdgTrace {
  from {
    ...NodeFields
  }
  sdgs {
    ...NodeFields
  }
  paths {
    sdg {
      ...NodeFields
    }
    steps {
      ...EdgeFields
    }
  }
  subgraph {
    ...SubgraphFields
  }
}
    fragment NodeFields on GraphNode {
  id
  type
  name
  nameNo
  aliases
  description
  descriptionNo
  properties
  validFrom
  validTo
  sources {
    document
    title
    section
    paragraph
    quote
    language
    url
  }
}
fragment EdgeFields on GraphEdge {
  id
  source
  target
  type
  basis
  strength
  wording
  reason
  reasonNo
  conflict
  validFrom
  validTo
  properties
  sources {
    document
    title
    section
    paragraph
    quote
    language
    url
  }
}
fragment SubgraphFields on Subgraph {
  nodes {
    ...NodeFields
  }
  edges {
    ...EdgeFields
  }
}`, {"fragmentName":"TraceFields"}) as unknown as TypedDocumentString<TraceFieldsFragment, unknown>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $limit: Int, $asOf: String) {
  search(text: $text, limit: $limit, asOf: $asOf) {
    score
    inForce
    node {
      ...NodeFields
    }
    succession {
      ...SuccessionFields
    }
  }
}
    fragment NodeFields on GraphNode {
  id
  type
  name
  nameNo
  aliases
  description
  descriptionNo
  properties
  validFrom
  validTo
  sources {
    document
    title
    section
    paragraph
    quote
    language
    url
  }
}
fragment SuccessionFields on Succession {
  succeededBy {
    type
    validFrom
    node {
      ...NodeFields
    }
  }
  precededBy {
    type
    validFrom
    node {
      ...NodeFields
    }
  }
}`) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const SuccessionDocument = new TypedDocumentString(`
    query Succession($id: ID!) {
  succession(id: $id) {
    ...SuccessionFields
  }
}
    fragment NodeFields on GraphNode {
  id
  type
  name
  nameNo
  aliases
  description
  descriptionNo
  properties
  validFrom
  validTo
  sources {
    document
    title
    section
    paragraph
    quote
    language
    url
  }
}
fragment SuccessionFields on Succession {
  succeededBy {
    type
    validFrom
    node {
      ...NodeFields
    }
  }
  precededBy {
    type
    validFrom
    node {
      ...NodeFields
    }
  }
}`) as unknown as TypedDocumentString<SuccessionQuery, SuccessionQueryVariables>;
export const EvidenceDocument = new TypedDocumentString(`
    query Evidence($id: ID!, $asOf: String) {
  evidence(id: $id, asOf: $asOf) {
    document
    title
    section
    paragraph
    quote
    language
    url
  }
}
    `) as unknown as TypedDocumentString<EvidenceQuery, EvidenceQueryVariables>;
export const NeighbourhoodDocument = new TypedDocumentString(`
    query Neighbourhood($id: ID!, $depth: Int, $types: [String!], $asOf: String) {
  neighbourhood(id: $id, depth: $depth, types: $types, asOf: $asOf) {
    ...SubgraphFields
  }
}
    fragment NodeFields on GraphNode {
  id
  type
  name
  nameNo
  aliases
  description
  descriptionNo
  properties
  validFrom
  validTo
  sources {
    document
    title
    section
    paragraph
    quote
    language
    url
  }
}
fragment EdgeFields on GraphEdge {
  id
  source
  target
  type
  basis
  strength
  wording
  reason
  reasonNo
  conflict
  validFrom
  validTo
  properties
  sources {
    document
    title
    section
    paragraph
    quote
    language
    url
  }
}
fragment SubgraphFields on Subgraph {
  nodes {
    ...NodeFields
  }
  edges {
    ...EdgeFields
  }
}`) as unknown as TypedDocumentString<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const GovernanceTreeDocument = new TypedDocumentString(`
    query GovernanceTree($rootId: ID!, $asOf: String) {
  governanceTree(rootId: $rootId, asOf: $asOf) {
    ...SubgraphFields
  }
}
    fragment NodeFields on GraphNode {
  id
  type
  name
  nameNo
  aliases
  description
  descriptionNo
  properties
  validFrom
  validTo
  sources {
    document
    title
    section
    paragraph
    quote
    language
    url
  }
}
fragment EdgeFields on GraphEdge {
  id
  source
  target
  type
  basis
  strength
  wording
  reason
  reasonNo
  conflict
  validFrom
  validTo
  properties
  sources {
    document
    title
    section
    paragraph
    quote
    language
    url
  }
}
fragment SubgraphFields on Subgraph {
  nodes {
    ...NodeFields
  }
  edges {
    ...EdgeFields
  }
}`) as unknown as TypedDocumentString<GovernanceTreeQuery, GovernanceTreeQueryVariables>;
export const SubgraphDocument = new TypedDocumentString(`
    query Subgraph($ids: [ID!]!, $asOf: String) {
  subgraph(ids: $ids, asOf: $asOf) {
    ...SubgraphFields
  }
}
    fragment NodeFields on GraphNode {
  id
  type
  name
  nameNo
  aliases
  description
  descriptionNo
  properties
  validFrom
  validTo
  sources {
    document
    title
    section
    paragraph
    quote
    language
    url
  }
}
fragment EdgeFields on GraphEdge {
  id
  source
  target
  type
  basis
  strength
  wording
  reason
  reasonNo
  conflict
  validFrom
  validTo
  properties
  sources {
    document
    title
    section
    paragraph
    quote
    language
    url
  }
}
fragment SubgraphFields on Subgraph {
  nodes {
    ...NodeFields
  }
  edges {
    ...EdgeFields
  }
}`) as unknown as TypedDocumentString<SubgraphQuery, SubgraphQueryVariables>;
export const TraceDocument = new TypedDocumentString(`
    query Trace($fromId: ID!, $asOf: String) {
  traceToSdgs(fromId: $fromId, asOf: $asOf) {
    ...TraceFields
  }
}
    fragment NodeFields on GraphNode {
  id
  type
  name
  nameNo
  aliases
  description
  descriptionNo
  properties
  validFrom
  validTo
  sources {
    document
    title
    section
    paragraph
    quote
    language
    url
  }
}
fragment EdgeFields on GraphEdge {
  id
  source
  target
  type
  basis
  strength
  wording
  reason
  reasonNo
  conflict
  validFrom
  validTo
  properties
  sources {
    document
    title
    section
    paragraph
    quote
    language
    url
  }
}
fragment SubgraphFields on Subgraph {
  nodes {
    ...NodeFields
  }
  edges {
    ...EdgeFields
  }
}
fragment TraceFields on SdgTrace {
  from {
    ...NodeFields
  }
  sdgs {
    ...NodeFields
  }
  paths {
    sdg {
      ...NodeFields
    }
    steps {
      ...EdgeFields
    }
  }
  subgraph {
    ...SubgraphFields
  }
}`) as unknown as TypedDocumentString<TraceQuery, TraceQueryVariables>;
export const RestoreDocument = new TypedDocumentString(`
    query Restore($rootId: ID!, $withTree: Boolean!, $ids: [ID!]!, $traceId: ID!, $withTrace: Boolean!, $asOf: String) {
  governanceTree(rootId: $rootId, asOf: $asOf) @include(if: $withTree) {
    ...SubgraphFields
  }
  subgraph(ids: $ids, asOf: $asOf) {
    ...SubgraphFields
  }
  traceToSdgs(fromId: $traceId, asOf: $asOf) @include(if: $withTrace) {
    ...TraceFields
  }
}
    fragment NodeFields on GraphNode {
  id
  type
  name
  nameNo
  aliases
  description
  descriptionNo
  properties
  validFrom
  validTo
  sources {
    document
    title
    section
    paragraph
    quote
    language
    url
  }
}
fragment EdgeFields on GraphEdge {
  id
  source
  target
  type
  basis
  strength
  wording
  reason
  reasonNo
  conflict
  validFrom
  validTo
  properties
  sources {
    document
    title
    section
    paragraph
    quote
    language
    url
  }
}
fragment SubgraphFields on Subgraph {
  nodes {
    ...NodeFields
  }
  edges {
    ...EdgeFields
  }
}
fragment TraceFields on SdgTrace {
  from {
    ...NodeFields
  }
  sdgs {
    ...NodeFields
  }
  paths {
    sdg {
      ...NodeFields
    }
    steps {
      ...EdgeFields
    }
  }
  subgraph {
    ...SubgraphFields
  }
}`) as unknown as TypedDocumentString<RestoreQuery, RestoreQueryVariables>;
export const MatrixDocument = new TypedDocumentString(`
    query Matrix($asOf: String) {
  sdgMatrix(asOf: $asOf) {
    objectives {
      ...NodeFields
    }
    sdgs {
      ...NodeFields
    }
    cells {
      strength
      wording
      reason
      reasonNo
      objective {
        ...NodeFields
      }
      sdg {
        ...NodeFields
      }
      sources {
        document
        title
        section
        paragraph
        quote
        language
        url
      }
    }
  }
}
    fragment NodeFields on GraphNode {
  id
  type
  name
  nameNo
  aliases
  description
  descriptionNo
  properties
  validFrom
  validTo
  sources {
    document
    title
    section
    paragraph
    quote
    language
    url
  }
}`) as unknown as TypedDocumentString<MatrixQuery, MatrixQueryVariables>;
export const ShortestPathDocument = new TypedDocumentString(`
    query ShortestPath($fromId: ID!, $toId: ID!, $asOf: String) {
  shortestPath(fromId: $fromId, toId: $toId, asOf: $asOf) {
    ...SubgraphFields
  }
}
    fragment NodeFields on GraphNode {
  id
  type
  name
  nameNo
  aliases
  description
  descriptionNo
  properties
  validFrom
  validTo
  sources {
    document
    title
    section
    paragraph
    quote
    language
    url
  }
}
fragment EdgeFields on GraphEdge {
  id
  source
  target
  type
  basis
  strength
  wording
  reason
  reasonNo
  conflict
  validFrom
  validTo
  properties
  sources {
    document
    title
    section
    paragraph
    quote
    language
    url
  }
}
fragment SubgraphFields on Subgraph {
  nodes {
    ...NodeFields
  }
  edges {
    ...EdgeFields
  }
}`) as unknown as TypedDocumentString<ShortestPathQuery, ShortestPathQueryVariables>;
export const TimelineDocument = new TypedDocumentString(`
    query Timeline {
  timeline
}
    `) as unknown as TypedDocumentString<TimelineQuery, TimelineQueryVariables>;
export const ChangesDocument = new TypedDocumentString(`
    query Changes($from: String!, $to: String!) {
  changes(from: $from, to: $to) {
    date
    kind
    node {
      ...NodeFields
    }
    edge {
      ...EdgeFields
    }
    edgeEnds {
      ...NodeFields
    }
  }
}
    fragment NodeFields on GraphNode {
  id
  type
  name
  nameNo
  aliases
  description
  descriptionNo
  properties
  validFrom
  validTo
  sources {
    document
    title
    section
    paragraph
    quote
    language
    url
  }
}
fragment EdgeFields on GraphEdge {
  id
  source
  target
  type
  basis
  strength
  wording
  reason
  reasonNo
  conflict
  validFrom
  validTo
  properties
  sources {
    document
    title
    section
    paragraph
    quote
    language
    url
  }
}`) as unknown as TypedDocumentString<ChangesQuery, ChangesQueryVariables>;
export const SourceDocumentsDocument = new TypedDocumentString(`
    query SourceDocuments {
  sourceDocuments {
    id
    title
    publisher
    date
    published
    dateNote
    url
  }
}
    `) as unknown as TypedDocumentString<SourceDocumentsQuery, SourceDocumentsQueryVariables>;
export const DataReleaseDocument = new TypedDocumentString(`
    query DataRelease {
  dataRelease {
    version
    date
    releases
    correctionCount
  }
}
    `) as unknown as TypedDocumentString<DataReleaseQuery, DataReleaseQueryVariables>;
export const CorrectionsDocument = new TypedDocumentString(`
    query Corrections($since: String, $item: ID) {
  corrections(since: $since, item: $item) {
    item
    field
    was
    now
    why
    date
    release
  }
}
    `) as unknown as TypedDocumentString<CorrectionsQuery, CorrectionsQueryVariables>;