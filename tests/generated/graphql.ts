/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AdminTokensCreateMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminTokensCreateMutation = { readonly createSolutions: { readonly solutions: ReadonlyArray<{ readonly id: string }> } };

export type AdminTokensDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminTokensDeleteMutation = { readonly deleteSolutions: { readonly nodesDeleted: number } };

export type ApiNodeFragment = { readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string }> };

export type ApiEdgeFragment = { readonly id: string, readonly source: string, readonly target: string, readonly type: string, readonly basis: string, readonly strength: string | null, readonly reason: string | null, readonly conflict: string | null, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string }> };

export type ApiSearchQueryVariables = Exact<{
  text: string;
  types?: ReadonlyArray<string> | string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type ApiSearchQuery = { readonly search: ReadonlyArray<{ readonly score: number, readonly node: { readonly id: string, readonly type: string } }> };

export type ApiSearchSolutionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiSearchSolutionsQuery = { readonly search: ReadonlyArray<{ readonly node: { readonly type: string } }> };

export type ApiSearchOverLimitQueryVariables = Exact<{
  text: string;
}>;


export type ApiSearchOverLimitQuery = { readonly search: ReadonlyArray<{ readonly node: { readonly id: string } }> };

export type ApiNodeByIdQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiNodeByIdQuery = { readonly node: { readonly id: string, readonly type: string, readonly name: string, readonly nameNo: string | null, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly properties: Readonly<Record<string, unknown>>, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string }> } | null };

export type ApiEvidenceQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiEvidenceQuery = { readonly evidence: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string }> };

export type ApiNeighbourhoodQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiNeighbourhoodQuery = { readonly neighbourhood: { readonly nodes: ReadonlyArray<{ readonly id: string }>, readonly edges: ReadonlyArray<{ readonly id: string, readonly source: string, readonly target: string, readonly type: string, readonly basis: string, readonly strength: string | null, readonly reason: string | null, readonly conflict: string | null, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string }> }> } };

export type ApiNeighbourhoodPartOfQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiNeighbourhoodPartOfQuery = { readonly neighbourhood: { readonly edges: ReadonlyArray<{ readonly type: string }> } };

export type ApiGovernanceTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiGovernanceTreeQuery = { readonly governanceTree: { readonly nodes: ReadonlyArray<{ readonly id: string }>, readonly edges: ReadonlyArray<{ readonly type: string }> } };

export type ApiShortestPathQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiShortestPathQuery = { readonly shortestPath: { readonly nodes: ReadonlyArray<{ readonly id: string }>, readonly edges: ReadonlyArray<{ readonly id: string }> } };

export type ApiTraceObjectiveQueryVariables = Exact<{
  fromId: string | number;
}>;


export type ApiTraceObjectiveQuery = { readonly traceToSdgs: { readonly sdgs: ReadonlyArray<{ readonly id: string }>, readonly paths: ReadonlyArray<{ readonly sdg: { readonly id: string }, readonly steps: ReadonlyArray<{ readonly id: string, readonly source: string, readonly target: string, readonly type: string, readonly basis: string, readonly strength: string | null, readonly reason: string | null, readonly conflict: string | null, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string }> }> }> } };

export type ApiTraceHelsenorgeQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTraceHelsenorgeQuery = { readonly traceToSdgs: { readonly sdgs: ReadonlyArray<{ readonly id: string }>, readonly paths: ReadonlyArray<{ readonly steps: ReadonlyArray<{ readonly id: string, readonly source: string, readonly target: string, readonly type: string, readonly basis: string, readonly strength: string | null, readonly reason: string | null, readonly conflict: string | null, readonly sources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string }> }> }>, readonly subgraph: { readonly nodes: ReadonlyArray<{ readonly id: string }>, readonly edges: ReadonlyArray<{ readonly id: string }> } } };

export type ApiTraceMinistryQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTraceMinistryQuery = { readonly traceToSdgs: { readonly sdgs: ReadonlyArray<{ readonly id: string }> } };

export type ApiTraceOutcomeQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTraceOutcomeQuery = { readonly traceToSdgs: { readonly sdgs: ReadonlyArray<{ readonly id: string }>, readonly paths: ReadonlyArray<{ readonly steps: ReadonlyArray<{ readonly type: string }> }> } };

export type ApiSdgMatrixQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiSdgMatrixQuery = { readonly sdgMatrix: { readonly objectives: ReadonlyArray<{ readonly id: string }>, readonly sdgs: ReadonlyArray<{ readonly id: string }>, readonly cells: ReadonlyArray<{ readonly strength: string, readonly reason: string, readonly objective: { readonly id: string }, readonly sdg: { readonly id: string }, readonly sources: ReadonlyArray<{ readonly document: string, readonly section: string }> }> } };

export type ApiGeneratedSolutionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiGeneratedSolutionsQuery = { readonly solutions: ReadonlyArray<{ readonly id: string, readonly name: string, readonly supports: ReadonlyArray<{ readonly id: string }>, readonly supportsConnection: { readonly edges: ReadonlyArray<{ readonly properties: { readonly basis: string, readonly sources: ReadonlyArray<string> } }> } }> };

export type ApiCreateSolutionMutationVariables = Exact<{ [key: string]: never; }>;


export type ApiCreateSolutionMutation = { readonly createSolutions: { readonly solutions: ReadonlyArray<{ readonly id: string }> } };

export type ApiDeleteSolutionMutationVariables = Exact<{ [key: string]: never; }>;


export type ApiDeleteSolutionMutation = { readonly deleteSolutions: { readonly nodesDeleted: number } };

export type ApiConflictsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiConflictsQuery = { readonly conflicts: { readonly nodes: ReadonlyArray<{ readonly id: string }>, readonly edges: ReadonlyArray<{ readonly source: string, readonly target: string, readonly conflict: string | null }> } };

export type ApiHistoryNodeFragment = { readonly id: string, readonly validFrom: string | null, readonly validTo: string | null, readonly dateSources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }>, readonly sources: ReadonlyArray<{ readonly paragraph: number | null, readonly url: string | null }> };

export type ApiHistoryEdgeFragment = { readonly id: string, readonly source: string, readonly target: string, readonly type: string, readonly wording: string | null, readonly validFrom: string | null, readonly validTo: string | null, readonly dateSources: ReadonlyArray<{ readonly title: string, readonly url: string | null }> };

export type ApiHistoryIdsFragment = { readonly nodes: ReadonlyArray<{ readonly id: string }>, readonly edges: ReadonlyArray<{ readonly id: string }> };

export type ApiHistoryNodeAsOfQueryVariables = Exact<{
  id: string | number;
}>;


export type ApiHistoryNodeAsOfQuery = { readonly node: { readonly id: string, readonly validFrom: string | null, readonly validTo: string | null, readonly dateSources: ReadonlyArray<{ readonly document: string, readonly title: string, readonly section: string, readonly url: string | null }>, readonly sources: ReadonlyArray<{ readonly paragraph: number | null, readonly url: string | null }> } | null };

export type ApiHistoryNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ApiHistoryNodeQuery = { readonly node: { readonly id: string } | null };

export type ApiHistoryNeighbourhoodQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type ApiHistoryNeighbourhoodQuery = { readonly neighbourhood: { readonly nodes: ReadonlyArray<{ readonly id: string }>, readonly edges: ReadonlyArray<{ readonly id: string, readonly source: string, readonly target: string, readonly type: string, readonly wording: string | null, readonly validFrom: string | null, readonly validTo: string | null, readonly dateSources: ReadonlyArray<{ readonly title: string, readonly url: string | null }> }> } };

export type ApiHistoryGovernanceTreeQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type ApiHistoryGovernanceTreeQuery = { readonly governanceTree: { readonly nodes: ReadonlyArray<{ readonly id: string }>, readonly edges: ReadonlyArray<{ readonly id: string }> } };

export type ApiHistorySearchQueryVariables = Exact<{
  t: string;
  asOf?: string | null | undefined;
}>;


export type ApiHistorySearchQuery = { readonly search: ReadonlyArray<{ readonly node: { readonly id: string } }> };

export type ApiHistoryTraceToSdgsQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type ApiHistoryTraceToSdgsQuery = { readonly traceToSdgs: { readonly sdgs: ReadonlyArray<{ readonly id: string }>, readonly subgraph: { readonly nodes: ReadonlyArray<{ readonly id: string }>, readonly edges: ReadonlyArray<{ readonly id: string }> } } };

export type ApiHistoryShortestPathQueryVariables = Exact<{
  a: string | number;
  b: string | number;
  asOf?: string | null | undefined;
}>;


export type ApiHistoryShortestPathQuery = { readonly shortestPath: { readonly nodes: ReadonlyArray<{ readonly id: string }>, readonly edges: ReadonlyArray<{ readonly id: string }> } };

export type ApiHistoryShortestPath2QueryVariables = Exact<{
  a: string | number;
  b: string | number;
}>;


export type ApiHistoryShortestPath2Query = { readonly shortestPath: { readonly nodes: ReadonlyArray<{ readonly id: string }> } };

export type ApiHistoryShortestPath3QueryVariables = Exact<{
  a: string | number;
  b: string | number;
}>;


export type ApiHistoryShortestPath3Query = { readonly shortestPath: { readonly nodes: ReadonlyArray<{ readonly id: string }> } };

export type ApiHistorySdgMatrixQueryVariables = Exact<{
  id: string | number;
}>;


export type ApiHistorySdgMatrixQuery = { readonly sdgMatrix: { readonly objectives: ReadonlyArray<{ readonly id: string }>, readonly cells: ReadonlyArray<{ readonly wording: string | null, readonly strength: string, readonly sdg: { readonly id: string } }> } };

export type ApiHistorySdgMatrix2QueryVariables = Exact<{
  id: string | number;
}>;


export type ApiHistorySdgMatrix2Query = { readonly sdgMatrix: { readonly cells: ReadonlyArray<{ readonly sdg: { readonly id: string } }> } };

export type ApiHistoryConflictsQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type ApiHistoryConflictsQuery = { readonly conflicts: { readonly edges: ReadonlyArray<{ readonly id: string, readonly conflict: string | null }> } };

export type ApiHistoryEvidenceQueryVariables = Exact<{
  id: string | number;
}>;


export type ApiHistoryEvidenceQuery = { readonly evidence: ReadonlyArray<{ readonly section: string, readonly paragraph: number | null }> };

export type ApiHistoryChangesQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ApiHistoryChangesQuery = { readonly changes: ReadonlyArray<{ readonly date: string, readonly kind: string, readonly node: { readonly id: string } | null, readonly edge: { readonly id: string } | null, readonly sources: ReadonlyArray<{ readonly title: string }> }> };

export type ApiHistoryChanges2QueryVariables = Exact<{ [key: string]: never; }>;


export type ApiHistoryChanges2Query = { readonly changes: ReadonlyArray<{ readonly node: { readonly id: string } | null, readonly edge: { readonly id: string, readonly source: string, readonly target: string } | null, readonly edgeEnds: ReadonlyArray<{ readonly id: string, readonly name: string, readonly type: string }> }> };

export type ApiHistoryTimelineQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiHistoryTimelineQuery = { readonly timeline: ReadonlyArray<string> };

export type ApiHistoryDirectoratesQueryVariables = Exact<{
  prefix: string | number;
  hub: string | number;
  objective: string | number;
}>;


export type ApiHistoryDirectoratesQuery = { readonly directorates: ReadonlyArray<{ readonly id: string, readonly validFrom: string | null, readonly validTo: string | null, readonly dateSources: ReadonlyArray<string> | null }>, readonly ministries: ReadonlyArray<{ readonly overseesConnection: { readonly edges: ReadonlyArray<{ readonly properties: { readonly validFrom: string | null, readonly validTo: string | null, readonly dateSources: ReadonlyArray<string> | null } }> } }>, readonly objectives: ReadonlyArray<{ readonly contributesToConnection: { readonly edges: ReadonlyArray<{ readonly properties: { readonly wording: string | null } }> } }> };

export type ApiHistoryEvidenceFieldsQueryVariables = Exact<{
  id: string | number;
}>;


export type ApiHistoryEvidenceFieldsQuery = { readonly neighbourhood: { readonly edges: ReadonlyArray<{ readonly id: string, readonly source: string, readonly target: string, readonly type: string, readonly wording: string | null, readonly validFrom: string | null, readonly validTo: string | null, readonly dateSources: ReadonlyArray<{ readonly title: string, readonly url: string | null }> }> } };

export type ApiHistorySourceDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiHistorySourceDocumentsQuery = { readonly sourceDocuments: ReadonlyArray<{ readonly id: string, readonly publisher: string, readonly date: string, readonly published: string | null, readonly dateNote: string | null, readonly url: string | null }> };

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
export const ApiNodeFragmentDoc = new TypedDocumentString(`
    fragment ApiNode on GraphNode {
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
  }
}
    `, {"fragmentName":"ApiNode"}) as unknown as TypedDocumentString<ApiNodeFragment, unknown>;
export const ApiEdgeFragmentDoc = new TypedDocumentString(`
    fragment ApiEdge on GraphEdge {
  id
  source
  target
  type
  basis
  strength
  reason
  conflict
  sources {
    document
    title
    section
  }
}
    `, {"fragmentName":"ApiEdge"}) as unknown as TypedDocumentString<ApiEdgeFragment, unknown>;
export const ApiHistoryNodeFragmentDoc = new TypedDocumentString(`
    fragment ApiHistoryNode on GraphNode {
  id
  validFrom
  validTo
  dateSources {
    document
    title
    section
    url
  }
  sources {
    paragraph
    url
  }
}
    `, {"fragmentName":"ApiHistoryNode"}) as unknown as TypedDocumentString<ApiHistoryNodeFragment, unknown>;
export const ApiHistoryEdgeFragmentDoc = new TypedDocumentString(`
    fragment ApiHistoryEdge on GraphEdge {
  id
  source
  target
  type
  wording
  validFrom
  validTo
  dateSources {
    title
    url
  }
}
    `, {"fragmentName":"ApiHistoryEdge"}) as unknown as TypedDocumentString<ApiHistoryEdgeFragment, unknown>;
export const ApiHistoryIdsFragmentDoc = new TypedDocumentString(`
    fragment ApiHistoryIds on Subgraph {
  nodes {
    id
  }
  edges {
    id
  }
}
    `, {"fragmentName":"ApiHistoryIds"}) as unknown as TypedDocumentString<ApiHistoryIdsFragment, unknown>;
export const AdminTokensCreateDocument = new TypedDocumentString(`
    mutation AdminTokensCreate($id: ID!) {
  createSolutions(
    input: [{id: $id, name: "Test", aliases: [], description: "x", sources: ["strategy § test"]}]
  ) {
    solutions {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AdminTokensCreateMutation, AdminTokensCreateMutationVariables>;
export const AdminTokensDeleteDocument = new TypedDocumentString(`
    mutation AdminTokensDelete($id: ID!) {
  deleteSolutions(where: {id: {eq: $id}}) {
    nodesDeleted
  }
}
    `) as unknown as TypedDocumentString<AdminTokensDeleteMutation, AdminTokensDeleteMutationVariables>;
export const ApiSearchDocument = new TypedDocumentString(`
    query ApiSearch($text: String!, $types: [String!], $asOf: String) {
  search(text: $text, types: $types, limit: 10, asOf: $asOf) {
    node {
      id
      type
    }
    score
  }
}
    `) as unknown as TypedDocumentString<ApiSearchQuery, ApiSearchQueryVariables>;
export const ApiSearchSolutionsDocument = new TypedDocumentString(`
    query ApiSearchSolutions {
  search(text: "helse", types: ["Solution"], limit: 20) {
    node {
      type
    }
  }
}
    `) as unknown as TypedDocumentString<ApiSearchSolutionsQuery, ApiSearchSolutionsQueryVariables>;
export const ApiSearchOverLimitDocument = new TypedDocumentString(`
    query ApiSearchOverLimit($text: String!) {
  search(text: $text, limit: 5000) {
    node {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ApiSearchOverLimitQuery, ApiSearchOverLimitQueryVariables>;
export const ApiNodeByIdDocument = new TypedDocumentString(`
    query ApiNodeById {
  node(id: "kjernejournal") {
    ...ApiNode
  }
}
    fragment ApiNode on GraphNode {
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
  }
}`) as unknown as TypedDocumentString<ApiNodeByIdQuery, ApiNodeByIdQueryVariables>;
export const ApiEvidenceDocument = new TypedDocumentString(`
    query ApiEvidence {
  evidence(id: "section-for-ehealth-services|PART_OF|department-of-ehealth") {
    document
    title
    section
  }
}
    `) as unknown as TypedDocumentString<ApiEvidenceQuery, ApiEvidenceQueryVariables>;
export const ApiNeighbourhoodDocument = new TypedDocumentString(`
    query ApiNeighbourhood {
  neighbourhood(id: "department-of-ehealth", depth: 1) {
    nodes {
      id
    }
    edges {
      ...ApiEdge
    }
  }
}
    fragment ApiEdge on GraphEdge {
  id
  source
  target
  type
  basis
  strength
  reason
  conflict
  sources {
    document
    title
    section
  }
}`) as unknown as TypedDocumentString<ApiNeighbourhoodQuery, ApiNeighbourhoodQueryVariables>;
export const ApiNeighbourhoodPartOfDocument = new TypedDocumentString(`
    query ApiNeighbourhoodPartOf {
  neighbourhood(id: "department-of-ehealth", depth: 2, types: ["PART_OF"]) {
    edges {
      type
    }
  }
}
    `) as unknown as TypedDocumentString<ApiNeighbourhoodPartOfQuery, ApiNeighbourhoodPartOfQueryVariables>;
export const ApiGovernanceTreeDocument = new TypedDocumentString(`
    query ApiGovernanceTree {
  governanceTree(rootId: "ministry-of-health-and-care-services") {
    nodes {
      id
    }
    edges {
      type
    }
  }
}
    `) as unknown as TypedDocumentString<ApiGovernanceTreeQuery, ApiGovernanceTreeQueryVariables>;
export const ApiShortestPathDocument = new TypedDocumentString(`
    query ApiShortestPath {
  shortestPath(fromId: "helsenorge", toId: "sdg-3") {
    nodes {
      id
    }
    edges {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ApiShortestPathQuery, ApiShortestPathQueryVariables>;
export const ApiTraceObjectiveDocument = new TypedDocumentString(`
    query ApiTraceObjective($fromId: ID!) {
  traceToSdgs(fromId: $fromId) {
    sdgs {
      id
    }
    paths {
      sdg {
        id
      }
      steps {
        ...ApiEdge
      }
    }
  }
}
    fragment ApiEdge on GraphEdge {
  id
  source
  target
  type
  basis
  strength
  reason
  conflict
  sources {
    document
    title
    section
  }
}`) as unknown as TypedDocumentString<ApiTraceObjectiveQuery, ApiTraceObjectiveQueryVariables>;
export const ApiTraceHelsenorgeDocument = new TypedDocumentString(`
    query ApiTraceHelsenorge {
  traceToSdgs(fromId: "helsenorge") {
    sdgs {
      id
    }
    paths {
      steps {
        ...ApiEdge
      }
    }
    subgraph {
      nodes {
        id
      }
      edges {
        id
      }
    }
  }
}
    fragment ApiEdge on GraphEdge {
  id
  source
  target
  type
  basis
  strength
  reason
  conflict
  sources {
    document
    title
    section
  }
}`) as unknown as TypedDocumentString<ApiTraceHelsenorgeQuery, ApiTraceHelsenorgeQueryVariables>;
export const ApiTraceMinistryDocument = new TypedDocumentString(`
    query ApiTraceMinistry {
  traceToSdgs(fromId: "ministry-of-health-and-care-services") {
    sdgs {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ApiTraceMinistryQuery, ApiTraceMinistryQueryVariables>;
export const ApiTraceOutcomeDocument = new TypedDocumentString(`
    query ApiTraceOutcome {
  traceToSdgs(fromId: "outcome-5-1") {
    sdgs {
      id
    }
    paths {
      steps {
        type
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApiTraceOutcomeQuery, ApiTraceOutcomeQueryVariables>;
export const ApiSdgMatrixDocument = new TypedDocumentString(`
    query ApiSdgMatrix {
  sdgMatrix {
    objectives {
      id
    }
    sdgs {
      id
    }
    cells {
      objective {
        id
      }
      sdg {
        id
      }
      strength
      reason
      sources {
        document
        section
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApiSdgMatrixQuery, ApiSdgMatrixQueryVariables>;
export const ApiGeneratedSolutionsDocument = new TypedDocumentString(`
    query ApiGeneratedSolutions {
  solutions(where: {id: {eq: "helsenorge"}}) {
    id
    name
    supports {
      id
    }
    supportsConnection {
      edges {
        properties {
          basis
          sources
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApiGeneratedSolutionsQuery, ApiGeneratedSolutionsQueryVariables>;
export const ApiCreateSolutionDocument = new TypedDocumentString(`
    mutation ApiCreateSolution {
  createSolutions(
    input: [{id: "test-mutation-solution", name: "Test", aliases: [], description: "x", sources: ["strategy § test"]}]
  ) {
    solutions {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ApiCreateSolutionMutation, ApiCreateSolutionMutationVariables>;
export const ApiDeleteSolutionDocument = new TypedDocumentString(`
    mutation ApiDeleteSolution {
  deleteSolutions(where: {id: {eq: "test-mutation-solution"}}) {
    nodesDeleted
  }
}
    `) as unknown as TypedDocumentString<ApiDeleteSolutionMutation, ApiDeleteSolutionMutationVariables>;
export const ApiConflictsDocument = new TypedDocumentString(`
    query ApiConflicts {
  conflicts {
    nodes {
      id
    }
    edges {
      source
      target
      conflict
    }
  }
}
    `) as unknown as TypedDocumentString<ApiConflictsQuery, ApiConflictsQueryVariables>;
export const ApiHistoryNodeAsOfDocument = new TypedDocumentString(`
    query ApiHistoryNodeAsOf($id: ID!) {
  node(id: $id, asOf: "2020-06-01") {
    ...ApiHistoryNode
  }
}
    fragment ApiHistoryNode on GraphNode {
  id
  validFrom
  validTo
  dateSources {
    document
    title
    section
    url
  }
  sources {
    paragraph
    url
  }
}`) as unknown as TypedDocumentString<ApiHistoryNodeAsOfQuery, ApiHistoryNodeAsOfQueryVariables>;
export const ApiHistoryNodeDocument = new TypedDocumentString(`
    query ApiHistoryNode($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ApiHistoryNodeQuery, ApiHistoryNodeQueryVariables>;
export const ApiHistoryNeighbourhoodDocument = new TypedDocumentString(`
    query ApiHistoryNeighbourhood($id: ID!, $asOf: String) {
  neighbourhood(id: $id, asOf: $asOf) {
    nodes {
      id
    }
    edges {
      ...ApiHistoryEdge
    }
  }
}
    fragment ApiHistoryEdge on GraphEdge {
  id
  source
  target
  type
  wording
  validFrom
  validTo
  dateSources {
    title
    url
  }
}`) as unknown as TypedDocumentString<ApiHistoryNeighbourhoodQuery, ApiHistoryNeighbourhoodQueryVariables>;
export const ApiHistoryGovernanceTreeDocument = new TypedDocumentString(`
    query ApiHistoryGovernanceTree($id: ID!, $asOf: String) {
  governanceTree(rootId: $id, asOf: $asOf) {
    nodes {
      id
    }
    edges {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ApiHistoryGovernanceTreeQuery, ApiHistoryGovernanceTreeQueryVariables>;
export const ApiHistorySearchDocument = new TypedDocumentString(`
    query ApiHistorySearch($t: String!, $asOf: String) {
  search(text: $t, limit: 20, asOf: $asOf) {
    node {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ApiHistorySearchQuery, ApiHistorySearchQueryVariables>;
export const ApiHistoryTraceToSdgsDocument = new TypedDocumentString(`
    query ApiHistoryTraceToSdgs($id: ID!, $asOf: String) {
  traceToSdgs(fromId: $id, asOf: $asOf) {
    sdgs {
      id
    }
    subgraph {
      nodes {
        id
      }
      edges {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApiHistoryTraceToSdgsQuery, ApiHistoryTraceToSdgsQueryVariables>;
export const ApiHistoryShortestPathDocument = new TypedDocumentString(`
    query ApiHistoryShortestPath($a: ID!, $b: ID!, $asOf: String) {
  shortestPath(fromId: $a, toId: $b, asOf: $asOf) {
    nodes {
      id
    }
    edges {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ApiHistoryShortestPathQuery, ApiHistoryShortestPathQueryVariables>;
export const ApiHistoryShortestPath2Document = new TypedDocumentString(`
    query ApiHistoryShortestPath2($a: ID!, $b: ID!) {
  shortestPath(fromId: $a, toId: $b, asOf: "2021-06-01") {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ApiHistoryShortestPath2Query, ApiHistoryShortestPath2QueryVariables>;
export const ApiHistoryShortestPath3Document = new TypedDocumentString(`
    query ApiHistoryShortestPath3($a: ID!, $b: ID!) {
  shortestPath(fromId: $a, toId: $b, asOf: "2025-06-01") {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ApiHistoryShortestPath3Query, ApiHistoryShortestPath3QueryVariables>;
export const ApiHistorySdgMatrixDocument = new TypedDocumentString(`
    query ApiHistorySdgMatrix($id: ID!) {
  sdgMatrix(strategyId: $id, asOf: "2020-06-01") {
    objectives {
      id
    }
    cells {
      sdg {
        id
      }
      wording
      strength
    }
  }
}
    `) as unknown as TypedDocumentString<ApiHistorySdgMatrixQuery, ApiHistorySdgMatrixQueryVariables>;
export const ApiHistorySdgMatrix2Document = new TypedDocumentString(`
    query ApiHistorySdgMatrix2($id: ID!) {
  sdgMatrix(strategyId: $id, asOf: "2018-06-01") {
    cells {
      sdg {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApiHistorySdgMatrix2Query, ApiHistorySdgMatrix2QueryVariables>;
export const ApiHistoryConflictsDocument = new TypedDocumentString(`
    query ApiHistoryConflicts($asOf: String) {
  conflicts(asOf: $asOf) {
    edges {
      id
      conflict
    }
  }
}
    `) as unknown as TypedDocumentString<ApiHistoryConflictsQuery, ApiHistoryConflictsQueryVariables>;
export const ApiHistoryEvidenceDocument = new TypedDocumentString(`
    query ApiHistoryEvidence($id: ID!) {
  evidence(id: $id) {
    section
    paragraph
  }
}
    `) as unknown as TypedDocumentString<ApiHistoryEvidenceQuery, ApiHistoryEvidenceQueryVariables>;
export const ApiHistoryChangesDocument = new TypedDocumentString(`
    query ApiHistoryChanges($from: String!, $to: String!) {
  changes(from: $from, to: $to) {
    date
    kind
    node {
      id
    }
    edge {
      id
    }
    sources {
      title
    }
  }
}
    `) as unknown as TypedDocumentString<ApiHistoryChangesQuery, ApiHistoryChangesQueryVariables>;
export const ApiHistoryChanges2Document = new TypedDocumentString(`
    query ApiHistoryChanges2 {
  changes(from: "2024-01-01", to: "2024-01-01") {
    node {
      id
    }
    edge {
      id
      source
      target
    }
    edgeEnds {
      id
      name
      type
    }
  }
}
    `) as unknown as TypedDocumentString<ApiHistoryChanges2Query, ApiHistoryChanges2QueryVariables>;
export const ApiHistoryTimelineDocument = new TypedDocumentString(`
    query ApiHistoryTimeline {
  timeline
}
    `) as unknown as TypedDocumentString<ApiHistoryTimelineQuery, ApiHistoryTimelineQueryVariables>;
export const ApiHistoryDirectoratesDocument = new TypedDocumentString(`
    query ApiHistoryDirectorates($prefix: ID!, $hub: ID!, $objective: ID!) {
  directorates(where: {id: {startsWith: $prefix}, validTo: {eq: "2023-12-31"}}) {
    id
    validFrom
    validTo
    dateSources
  }
  ministries(where: {id: {eq: $hub}}) {
    overseesConnection {
      edges {
        properties {
          validFrom
          validTo
          dateSources
        }
      }
    }
  }
  objectives(where: {id: {eq: $objective}}) {
    contributesToConnection {
      edges {
        properties {
          wording
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApiHistoryDirectoratesQuery, ApiHistoryDirectoratesQueryVariables>;
export const ApiHistoryEvidenceFieldsDocument = new TypedDocumentString(`
    query ApiHistoryEvidenceFields($id: ID!) {
  neighbourhood(id: $id, asOf: "2020-01-01") {
    edges {
      ...ApiHistoryEdge
    }
  }
}
    fragment ApiHistoryEdge on GraphEdge {
  id
  source
  target
  type
  wording
  validFrom
  validTo
  dateSources {
    title
    url
  }
}`) as unknown as TypedDocumentString<ApiHistoryEvidenceFieldsQuery, ApiHistoryEvidenceFieldsQueryVariables>;
export const ApiHistorySourceDocumentsDocument = new TypedDocumentString(`
    query ApiHistorySourceDocuments {
  sourceDocuments {
    id
    publisher
    date
    published
    dateNote
    url
  }
}
    `) as unknown as TypedDocumentString<ApiHistorySourceDocumentsQuery, ApiHistorySourceDocumentsQueryVariables>;