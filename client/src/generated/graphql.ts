/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type NodeFieldsFragment = { readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> };

export type EdgeFieldsFragment = { readonly id: string, readonly source: string, readonly target: string, readonly type: string, readonly basis: string, readonly strength: string | null, readonly reason: string | null, readonly conflict: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> };

export type SubgraphFieldsFragment = { readonly nodes: ReadonlyArray<{ readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> }>, readonly edges: ReadonlyArray<{ readonly id: string, readonly source: string, readonly target: string, readonly type: string, readonly basis: string, readonly strength: string | null, readonly reason: string | null, readonly conflict: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> }> };

export type SearchQueryVariables = Exact<{
  text: string;
  limit?: number | null | undefined;
}>;


export type SearchQuery = { readonly search: ReadonlyArray<{ readonly score: number, readonly node: { readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> } }> };

export type NeighbourhoodQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
  types?: ReadonlyArray<string> | string | null | undefined;
}>;


export type NeighbourhoodQuery = { readonly neighbourhood: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> }>, readonly edges: ReadonlyArray<{ readonly id: string, readonly source: string, readonly target: string, readonly type: string, readonly basis: string, readonly strength: string | null, readonly reason: string | null, readonly conflict: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> }> } };

export type GovernanceTreeQueryVariables = Exact<{
  rootId: string | number;
}>;


export type GovernanceTreeQuery = { readonly governanceTree: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> }>, readonly edges: ReadonlyArray<{ readonly id: string, readonly source: string, readonly target: string, readonly type: string, readonly basis: string, readonly strength: string | null, readonly reason: string | null, readonly conflict: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> }> } };

export type SubgraphQueryVariables = Exact<{
  ids: ReadonlyArray<string | number> | string | number;
}>;


export type SubgraphQuery = { readonly subgraph: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> }>, readonly edges: ReadonlyArray<{ readonly id: string, readonly source: string, readonly target: string, readonly type: string, readonly basis: string, readonly strength: string | null, readonly reason: string | null, readonly conflict: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> }> } };

export type TraceFieldsFragment = { readonly from: { readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> }, readonly sdgs: ReadonlyArray<{ readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> }>, readonly paths: ReadonlyArray<{ readonly sdg: { readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> }, readonly steps: ReadonlyArray<{ readonly id: string, readonly source: string, readonly target: string, readonly type: string, readonly basis: string, readonly strength: string | null, readonly reason: string | null, readonly conflict: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> }> }>, readonly subgraph: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> }>, readonly edges: ReadonlyArray<{ readonly id: string, readonly source: string, readonly target: string, readonly type: string, readonly basis: string, readonly strength: string | null, readonly reason: string | null, readonly conflict: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> }> } };

export type TraceQueryVariables = Exact<{
  fromId: string | number;
}>;


export type TraceQuery = { readonly traceToSdgs: { readonly from: { readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> }, readonly sdgs: ReadonlyArray<{ readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> }>, readonly paths: ReadonlyArray<{ readonly sdg: { readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> }, readonly steps: ReadonlyArray<{ readonly id: string, readonly source: string, readonly target: string, readonly type: string, readonly basis: string, readonly strength: string | null, readonly reason: string | null, readonly conflict: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> }> }>, readonly subgraph: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> }>, readonly edges: ReadonlyArray<{ readonly id: string, readonly source: string, readonly target: string, readonly type: string, readonly basis: string, readonly strength: string | null, readonly reason: string | null, readonly conflict: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> }> } } };

export type RestoreQueryVariables = Exact<{
  rootId: string | number;
  withTree: boolean;
  ids: ReadonlyArray<string | number> | string | number;
  traceId: string | number;
  withTrace: boolean;
}>;


export type RestoreQuery = { readonly governanceTree?: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> }>, readonly edges: ReadonlyArray<{ readonly id: string, readonly source: string, readonly target: string, readonly type: string, readonly basis: string, readonly strength: string | null, readonly reason: string | null, readonly conflict: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> }> }, readonly subgraph: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> }>, readonly edges: ReadonlyArray<{ readonly id: string, readonly source: string, readonly target: string, readonly type: string, readonly basis: string, readonly strength: string | null, readonly reason: string | null, readonly conflict: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> }> }, readonly traceToSdgs?: { readonly from: { readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> }, readonly sdgs: ReadonlyArray<{ readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> }>, readonly paths: ReadonlyArray<{ readonly sdg: { readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> }, readonly steps: ReadonlyArray<{ readonly id: string, readonly source: string, readonly target: string, readonly type: string, readonly basis: string, readonly strength: string | null, readonly reason: string | null, readonly conflict: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> }> }>, readonly subgraph: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> }>, readonly edges: ReadonlyArray<{ readonly id: string, readonly source: string, readonly target: string, readonly type: string, readonly basis: string, readonly strength: string | null, readonly reason: string | null, readonly conflict: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> }> } } };

export type MatrixQueryVariables = Exact<{ [key: string]: never; }>;


export type MatrixQuery = { readonly sdgMatrix: { readonly objectives: ReadonlyArray<{ readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> }>, readonly sdgs: ReadonlyArray<{ readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> }>, readonly cells: ReadonlyArray<{ readonly strength: string, readonly reason: string, readonly objective: { readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> }, readonly sdg: { readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> }, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> }> } };

export type ShortestPathQueryVariables = Exact<{
  fromId: string | number;
  toId: string | number;
}>;


export type ShortestPathQuery = { readonly shortestPath: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> }>, readonly edges: ReadonlyArray<{ readonly id: string, readonly source: string, readonly target: string, readonly type: string, readonly basis: string, readonly strength: string | null, readonly reason: string | null, readonly conflict: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }> }> } };

export type SourceDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type SourceDocumentsQuery = { readonly sourceDocuments: ReadonlyArray<{ readonly id: string, readonly title: string, readonly publisher: string, readonly date: string }> };

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
  properties
  sources {
    document
    title
    section
    url
  }
}
    `, {"fragmentName":"NodeFields"}) as unknown as TypedDocumentString<NodeFieldsFragment, unknown>;
export const EdgeFieldsFragmentDoc = new TypedDocumentString(`
    fragment EdgeFields on GraphEdge {
  id
  source
  target
  type
  basis
  strength
  reason
  conflict
  properties
  sources {
    document
    title
    section
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
  properties
  sources {
    document
    title
    section
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
  reason
  conflict
  properties
  sources {
    document
    title
    section
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
  properties
  sources {
    document
    title
    section
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
  reason
  conflict
  properties
  sources {
    document
    title
    section
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
    query Search($text: String!, $limit: Int) {
  search(text: $text, limit: $limit) {
    score
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
  properties
  sources {
    document
    title
    section
    url
  }
}`) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const NeighbourhoodDocument = new TypedDocumentString(`
    query Neighbourhood($id: ID!, $depth: Int, $types: [String!]) {
  neighbourhood(id: $id, depth: $depth, types: $types) {
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
  properties
  sources {
    document
    title
    section
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
  reason
  conflict
  properties
  sources {
    document
    title
    section
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
    query GovernanceTree($rootId: ID!) {
  governanceTree(rootId: $rootId) {
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
  properties
  sources {
    document
    title
    section
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
  reason
  conflict
  properties
  sources {
    document
    title
    section
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
    query Subgraph($ids: [ID!]!) {
  subgraph(ids: $ids) {
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
  properties
  sources {
    document
    title
    section
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
  reason
  conflict
  properties
  sources {
    document
    title
    section
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
    query Trace($fromId: ID!) {
  traceToSdgs(fromId: $fromId) {
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
  properties
  sources {
    document
    title
    section
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
  reason
  conflict
  properties
  sources {
    document
    title
    section
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
    query Restore($rootId: ID!, $withTree: Boolean!, $ids: [ID!]!, $traceId: ID!, $withTrace: Boolean!) {
  governanceTree(rootId: $rootId) @include(if: $withTree) {
    ...SubgraphFields
  }
  subgraph(ids: $ids) {
    ...SubgraphFields
  }
  traceToSdgs(fromId: $traceId) @include(if: $withTrace) {
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
  properties
  sources {
    document
    title
    section
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
  reason
  conflict
  properties
  sources {
    document
    title
    section
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
    query Matrix {
  sdgMatrix {
    objectives {
      ...NodeFields
    }
    sdgs {
      ...NodeFields
    }
    cells {
      strength
      reason
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
  properties
  sources {
    document
    title
    section
    url
  }
}`) as unknown as TypedDocumentString<MatrixQuery, MatrixQueryVariables>;
export const ShortestPathDocument = new TypedDocumentString(`
    query ShortestPath($fromId: ID!, $toId: ID!) {
  shortestPath(fromId: $fromId, toId: $toId) {
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
  properties
  sources {
    document
    title
    section
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
  reason
  conflict
  properties
  sources {
    document
    title
    section
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
export const SourceDocumentsDocument = new TypedDocumentString(`
    query SourceDocuments {
  sourceDocuments {
    id
    title
    publisher
    date
  }
}
    `) as unknown as TypedDocumentString<SourceDocumentsQuery, SourceDocumentsQueryVariables>;