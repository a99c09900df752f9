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

export type ApiHistoryNodeTodayQueryVariables = Exact<{
  id: string | number;
}>;


export type ApiHistoryNodeTodayQuery = { readonly node: { readonly id: string } | null };

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

export type DataReleaseCurrentQueryVariables = Exact<{ [key: string]: never; }>;


export type DataReleaseCurrentQuery = { readonly dataRelease: { readonly version: string, readonly date: string, readonly releases: ReadonlyArray<string>, readonly correctionCount: number } | null };

export type DataReleaseCorrectionsQueryVariables = Exact<{
  since?: string | null | undefined;
}>;


export type DataReleaseCorrectionsQuery = { readonly corrections: ReadonlyArray<{ readonly item: string, readonly field: string, readonly release: string }> };

export type DataReleaseCorrections2QueryVariables = Exact<{
  since?: string | null | undefined;
}>;


export type DataReleaseCorrections2Query = { readonly corrections: ReadonlyArray<{ readonly item: string }> };

export type DataReleaseCorrections3QueryVariables = Exact<{ [key: string]: never; }>;


export type DataReleaseCorrections3Query = { readonly corrections: ReadonlyArray<{ readonly item: string, readonly field: string, readonly was: string, readonly now: string, readonly why: string, readonly release: string }> };

export type DataReleaseUnseededQueryVariables = Exact<{ [key: string]: never; }>;


export type DataReleaseUnseededQuery = { readonly dataRelease: { readonly version: string } | null, readonly corrections: ReadonlyArray<{ readonly item: string }> };

export type DataReleaseNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type DataReleaseNodeQuery = { readonly node: { readonly sources: ReadonlyArray<{ readonly document: string, readonly section: string, readonly quote: string | null, readonly paragraph: number | null, readonly language: string | null }> } | null };

export type DataReleaseEvidenceQueryVariables = Exact<{ [key: string]: never; }>;


export type DataReleaseEvidenceQuery = { readonly evidence: ReadonlyArray<{ readonly document: string, readonly quote: string | null, readonly language: string | null }> };

export type FaultsSearchQueryVariables = Exact<{ [key: string]: never; }>;


export type FaultsSearchQuery = { readonly search: ReadonlyArray<{ readonly node: { readonly id: string } }> };

export type FaultsTraceQueryVariables = Exact<{ [key: string]: never; }>;


export type FaultsTraceQuery = { readonly traceToSdgs: { readonly sdgs: ReadonlyArray<{ readonly id: string }> } };

export type FaultsGeneratedQueryVariables = Exact<{ [key: string]: never; }>;


export type FaultsGeneratedQuery = { readonly solutions: ReadonlyArray<{ readonly id: string }> };

export type FuzzNodeQueryVariables = Exact<{ [key: string]: never; }>;


export type FuzzNodeQuery = { readonly node: { readonly id: string } | null };

export type GovernanceTreeOfQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type GovernanceTreeOfQuery = { readonly governanceTree: { readonly nodes: ReadonlyArray<{ readonly id: string }>, readonly edges: ReadonlyArray<{ readonly id: string, readonly source: string, readonly target: string, readonly type: string }> } };

export type GovernanceTreeMinistryCypherQueryVariables = Exact<{ [key: string]: never; }>;


export type GovernanceTreeMinistryCypherQuery = { readonly governanceTree: { readonly nodes: ReadonlyArray<{ readonly id: string }> } };

export type HistoryNeighbourhoodQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type HistoryNeighbourhoodQuery = { readonly neighbourhood: { readonly nodes: ReadonlyArray<{ readonly id: string }>, readonly edges: ReadonlyArray<{ readonly id: string }> } };

export type HistoryChangesQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type HistoryChangesQuery = { readonly changes: ReadonlyArray<{ readonly date: string, readonly kind: string, readonly node: { readonly id: string, readonly validFrom: string | null, readonly validTo: string | null } | null, readonly edge: { readonly id: string, readonly validFrom: string | null, readonly validTo: string | null } | null, readonly sources: ReadonlyArray<{ readonly document: string, readonly section: string }> }> };

export type HistoryTimelineQueryVariables = Exact<{ [key: string]: never; }>;


export type HistoryTimelineQuery = { readonly timeline: ReadonlyArray<string> };

export type HistoryConflictsQueryVariables = Exact<{ [key: string]: never; }>;


export type HistoryConflictsQuery = { readonly conflicts: { readonly edges: ReadonlyArray<{ readonly id: string, readonly sources: ReadonlyArray<{ readonly document: string, readonly section: string }> }> } };

export type DumpsOverseersQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type DumpsOverseersQuery = { readonly neighbourhood: { readonly edges: ReadonlyArray<{ readonly source: string, readonly target: string, readonly type: string }> } };

export type DumpsMergersQueryVariables = Exact<{ [key: string]: never; }>;


export type DumpsMergersQuery = { readonly changes: ReadonlyArray<{ readonly kind: string, readonly edge: { readonly source: string, readonly target: string, readonly type: string } | null }> };

export type DumpsSdgMatrixQueryVariables = Exact<{ [key: string]: never; }>;


export type DumpsSdgMatrixQuery = { readonly sdgMatrix: { readonly cells: ReadonlyArray<{ readonly wording: string | null, readonly objective: { readonly id: string }, readonly sdg: { readonly id: string, readonly properties: Readonly<Record<string, unknown>> } }> } };

export type DumpsEvidenceQueryVariables = Exact<{ [key: string]: never; }>;


export type DumpsEvidenceQuery = { readonly evidence: ReadonlyArray<{ readonly title: string, readonly section: string, readonly paragraph: number | null, readonly url: string | null, readonly quote: string | null }> };

export type DumpsRootFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type DumpsRootFieldsQuery = { readonly __schema: { readonly queryType: { readonly fields: ReadonlyArray<{ readonly name: string, readonly type: { readonly ofType: { readonly ofType: { readonly ofType: { readonly name: string | null } | null } | null } | null } }> | null } } };

export type LinkedDataEntitiesNodeQueryVariables = Exact<{ [key: string]: never; }>;


export type LinkedDataEntitiesNodeQuery = { readonly node: { readonly name: string, readonly nameNo: string | null } | null };

export type LinkedDataEntitiesEvidenceQueryVariables = Exact<{
  id: string | number;
}>;


export type LinkedDataEntitiesEvidenceQuery = { readonly evidence: ReadonlyArray<{ readonly section: string }> };

export type LinkedDataEntitiesNeighbourhoodQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type LinkedDataEntitiesNeighbourhoodQuery = { readonly neighbourhood: { readonly edges: ReadonlyArray<{ readonly id: string }> } };

export type NeighbourhoodOfQueryVariables = Exact<{ [key: string]: never; }>;


export type NeighbourhoodOfQuery = { readonly neighbourhood: { readonly nodes: ReadonlyArray<{ readonly id: string }> } };

export type NorwegianDescriptionsNodeQueryVariables = Exact<{ [key: string]: never; }>;


export type NorwegianDescriptionsNodeQuery = { readonly node: { readonly id: string, readonly description: string | null, readonly descriptionNo: string | null } | null };

export type NorwegianDescriptionsSearchQueryVariables = Exact<{ [key: string]: never; }>;


export type NorwegianDescriptionsSearchQuery = { readonly search: ReadonlyArray<{ readonly node: { readonly id: string, readonly description: string | null, readonly descriptionNo: string | null } }> };

export type NorwegianDescriptionsSearch2QueryVariables = Exact<{ [key: string]: never; }>;


export type NorwegianDescriptionsSearch2Query = { readonly search: ReadonlyArray<{ readonly node: { readonly id: string } }> };

export type NorwegianDescriptionsNeighbourhoodQueryVariables = Exact<{ [key: string]: never; }>;


export type NorwegianDescriptionsNeighbourhoodQuery = { readonly neighbourhood: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly descriptionNo: string | null }> } };

export type NorwegianDescriptionsSolutionsQueryVariables = Exact<{ [key: string]: never; }>;


export type NorwegianDescriptionsSolutionsQuery = { readonly solutions: ReadonlyArray<{ readonly id: string, readonly description: string, readonly descriptionNo: string | null }> };

export type NorwegianReasonsNeighbourhoodQueryVariables = Exact<{ [key: string]: never; }>;


export type NorwegianReasonsNeighbourhoodQuery = { readonly neighbourhood: { readonly edges: ReadonlyArray<{ readonly id: string, readonly reason: string | null, readonly reasonNo: string | null }> } };

export type NorwegianReasonsTraceToSdgsQueryVariables = Exact<{ [key: string]: never; }>;


export type NorwegianReasonsTraceToSdgsQuery = { readonly traceToSdgs: { readonly paths: ReadonlyArray<{ readonly steps: ReadonlyArray<{ readonly id: string, readonly reason: string | null, readonly reasonNo: string | null }> }> } };

export type NorwegianReasonsSdgMatrixQueryVariables = Exact<{ [key: string]: never; }>;


export type NorwegianReasonsSdgMatrixQuery = { readonly sdgMatrix: { readonly cells: ReadonlyArray<{ readonly reason: string, readonly reasonNo: string | null, readonly objective: { readonly id: string }, readonly sdg: { readonly id: string } }> } };

export type NorwegianReasonsSolutionsQueryVariables = Exact<{ [key: string]: never; }>;


export type NorwegianReasonsSolutionsQuery = { readonly solutions: ReadonlyArray<{ readonly supportsConnection: { readonly edges: ReadonlyArray<{ readonly node: { readonly id: string }, readonly properties: { readonly reason: string | null, readonly reasonNo: string | null } }> } }> };

export type ProcessSurvivesNodeQueryVariables = Exact<{ [key: string]: never; }>;


export type ProcessSurvivesNodeQuery = { readonly node: { readonly id: string } | null };

export type ReadCacheNameQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadCacheNameQuery = { readonly node: { readonly name: string } | null };

export type ReadCacheSolutionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadCacheSolutionsQuery = { readonly solutions: ReadonlyArray<{ readonly id: string }> };

export type ReadCacheAccessNodeQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadCacheAccessNodeQuery = { readonly node: { readonly id: string, readonly name: string } | null };

export type ReadCacheDayPlanQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadCacheDayPlanQuery = { readonly node: { readonly id: string } | null };

export type RequestBoundsNodeQueryVariables = Exact<{ [key: string]: never; }>;


export type RequestBoundsNodeQuery = { readonly node: { readonly id: string } | null };

export type RequestBoundsUnionCappedQueryVariables = Exact<{ [key: string]: never; }>;


export type RequestBoundsUnionCappedQuery = { readonly countries: ReadonlyArray<{ readonly locatedInIncoming: ReadonlyArray<
      | { readonly __typename: 'Agency' }
      | { readonly __typename: 'Association' }
      | { readonly __typename: 'Council' }
      | { readonly __typename: 'Department' }
      | { readonly __typename: 'Directorate' }
      | { readonly __typename: 'Hospital' }
      | { readonly __typename: 'Ministry' }
      | { readonly __typename: 'MunicipalityGroup' }
      | { readonly __typename: 'Parliament' }
      | { readonly __typename: 'RegionalHealthAuthority' }
      | { readonly __typename: 'Section' }
    > }> };

export type RequestBoundsUnionWholeQueryVariables = Exact<{ [key: string]: never; }>;


export type RequestBoundsUnionWholeQuery = { readonly countries: ReadonlyArray<{ readonly locatedInIncoming: ReadonlyArray<
      | { readonly __typename: 'Agency' }
      | { readonly __typename: 'Association' }
      | { readonly __typename: 'Council' }
      | { readonly __typename: 'Department' }
      | { readonly __typename: 'Directorate' }
      | { readonly __typename: 'Hospital' }
      | { readonly __typename: 'Ministry' }
      | { readonly __typename: 'MunicipalityGroup' }
      | { readonly __typename: 'Parliament' }
      | { readonly __typename: 'RegionalHealthAuthority' }
      | { readonly __typename: 'Section' }
    > }> };

export type RequestBoundsFirstPageQueryVariables = Exact<{ [key: string]: never; }>;


export type RequestBoundsFirstPageQuery = { readonly outcomesConnection: { readonly pageInfo: { readonly endCursor: string | null }, readonly edges: ReadonlyArray<{ readonly node: { readonly id: string } }> } };

export type RequestBoundsNextPageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type RequestBoundsNextPageQuery = { readonly outcomesConnection: { readonly edges: ReadonlyArray<{ readonly node: { readonly id: string } }> } };

export type RequestBoundsOutcomesQueryVariables = Exact<{ [key: string]: never; }>;


export type RequestBoundsOutcomesQuery = { readonly outcomes: ReadonlyArray<{ readonly id: string }> };

export type SearchAcrossDatesQueryVariables = Exact<{
  text: string;
  asOf?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type SearchAcrossDatesQuery = { readonly search: ReadonlyArray<{ readonly inForce: boolean, readonly node: { readonly id: string, readonly validFrom: string | null, readonly validTo: string | null }, readonly succession: { readonly succeededBy: ReadonlyArray<{ readonly type: string, readonly validFrom: string | null, readonly node: { readonly id: string } }>, readonly precededBy: ReadonlyArray<{ readonly type: string, readonly validFrom: string | null, readonly node: { readonly id: string } }> } }> };

export type PredecessorsQueryVariables = Exact<{
  id: string | number;
}>;


export type PredecessorsQuery = { readonly succession: { readonly precededBy: ReadonlyArray<{ readonly type: string, readonly validFrom: string | null, readonly node: { readonly id: string } }> } };

export type SubgraphOfIdsQueryVariables = Exact<{
  ids: ReadonlyArray<string | number> | string | number;
}>;


export type SubgraphOfIdsQuery = { readonly subgraph: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly type: string, readonly name: string }>, readonly edges: ReadonlyArray<{ readonly id: string, readonly source: string, readonly target: string, readonly type: string, readonly basis: string }> } };

export type SubgraphAsOfQueryVariables = Exact<{
  ids: ReadonlyArray<string | number> | string | number;
}>;


export type SubgraphAsOfQuery = { readonly subgraph: { readonly nodes: ReadonlyArray<{ readonly id: string }> } };

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
export const ApiHistoryNodeTodayDocument = new TypedDocumentString(`
    query ApiHistoryNodeToday($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ApiHistoryNodeTodayQuery, ApiHistoryNodeTodayQueryVariables>;
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
export const DataReleaseCurrentDocument = new TypedDocumentString(`
    query DataReleaseCurrent {
  dataRelease {
    version
    date
    releases
    correctionCount
  }
}
    `) as unknown as TypedDocumentString<DataReleaseCurrentQuery, DataReleaseCurrentQueryVariables>;
export const DataReleaseCorrectionsDocument = new TypedDocumentString(`
    query DataReleaseCorrections($since: String) {
  corrections(since: $since) {
    item
    field
    release
  }
}
    `) as unknown as TypedDocumentString<DataReleaseCorrectionsQuery, DataReleaseCorrectionsQueryVariables>;
export const DataReleaseCorrections2Document = new TypedDocumentString(`
    query DataReleaseCorrections2($since: String) {
  corrections(since: $since) {
    item
  }
}
    `) as unknown as TypedDocumentString<DataReleaseCorrections2Query, DataReleaseCorrections2QueryVariables>;
export const DataReleaseCorrections3Document = new TypedDocumentString(`
    query DataReleaseCorrections3 {
  corrections(item: "cancer-specific-ehealth-solutions") {
    item
    field
    was
    now
    why
    release
  }
}
    `) as unknown as TypedDocumentString<DataReleaseCorrections3Query, DataReleaseCorrections3QueryVariables>;
export const DataReleaseUnseededDocument = new TypedDocumentString(`
    query DataReleaseUnseeded {
  dataRelease {
    version
  }
  corrections {
    item
  }
}
    `) as unknown as TypedDocumentString<DataReleaseUnseededQuery, DataReleaseUnseededQueryVariables>;
export const DataReleaseNodeDocument = new TypedDocumentString(`
    query DataReleaseNode($id: ID!) {
  node(id: $id) {
    sources {
      document
      section
      quote
      paragraph
      language
    }
  }
}
    `) as unknown as TypedDocumentString<DataReleaseNodeQuery, DataReleaseNodeQueryVariables>;
export const DataReleaseEvidenceDocument = new TypedDocumentString(`
    query DataReleaseEvidence {
  evidence(id: "norwegian-medical-products-agency") {
    document
    quote
    language
  }
}
    `) as unknown as TypedDocumentString<DataReleaseEvidenceQuery, DataReleaseEvidenceQueryVariables>;
export const FaultsSearchDocument = new TypedDocumentString(`
    query FaultsSearch {
  search(text: "helse") {
    node {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FaultsSearchQuery, FaultsSearchQueryVariables>;
export const FaultsTraceDocument = new TypedDocumentString(`
    query FaultsTrace {
  traceToSdgs(fromId: "objective-3") {
    sdgs {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FaultsTraceQuery, FaultsTraceQueryVariables>;
export const FaultsGeneratedDocument = new TypedDocumentString(`
    query FaultsGenerated {
  solutions {
    id
  }
}
    `) as unknown as TypedDocumentString<FaultsGeneratedQuery, FaultsGeneratedQueryVariables>;
export const FuzzNodeDocument = new TypedDocumentString(`
    query FuzzNode {
  node(id: "helsenorge") {
    id
  }
}
    `) as unknown as TypedDocumentString<FuzzNodeQuery, FuzzNodeQueryVariables>;
export const GovernanceTreeOfDocument = new TypedDocumentString(`
    query GovernanceTreeOf($id: ID!, $asOf: String) {
  governanceTree(rootId: $id, asOf: $asOf) {
    nodes {
      id
    }
    edges {
      id
      source
      target
      type
    }
  }
}
    `) as unknown as TypedDocumentString<GovernanceTreeOfQuery, GovernanceTreeOfQueryVariables>;
export const GovernanceTreeMinistryCypherDocument = new TypedDocumentString(`
    query GovernanceTreeMinistryCypher {
  governanceTree(rootId: "ministry-of-health-and-care-services") {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<GovernanceTreeMinistryCypherQuery, GovernanceTreeMinistryCypherQueryVariables>;
export const HistoryNeighbourhoodDocument = new TypedDocumentString(`
    query HistoryNeighbourhood($id: ID!, $asOf: String) {
  neighbourhood(id: $id, depth: 1, asOf: $asOf) {
    nodes {
      id
    }
    edges {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<HistoryNeighbourhoodQuery, HistoryNeighbourhoodQueryVariables>;
export const HistoryChangesDocument = new TypedDocumentString(`
    query HistoryChanges($from: String!, $to: String!) {
  changes(from: $from, to: $to) {
    date
    kind
    node {
      id
      validFrom
      validTo
    }
    edge {
      id
      validFrom
      validTo
    }
    sources {
      document
      section
    }
  }
}
    `) as unknown as TypedDocumentString<HistoryChangesQuery, HistoryChangesQueryVariables>;
export const HistoryTimelineDocument = new TypedDocumentString(`
    query HistoryTimeline {
  timeline
}
    `) as unknown as TypedDocumentString<HistoryTimelineQuery, HistoryTimelineQueryVariables>;
export const HistoryConflictsDocument = new TypedDocumentString(`
    query HistoryConflicts {
  conflicts {
    edges {
      id
      sources {
        document
        section
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HistoryConflictsQuery, HistoryConflictsQueryVariables>;
export const DumpsOverseersDocument = new TypedDocumentString(`
    query DumpsOverseers($asOf: String) {
  neighbourhood(id: "directorate-of-ehealth", types: ["OVERSEES"], asOf: $asOf) {
    edges {
      source
      target
      type
    }
  }
}
    `) as unknown as TypedDocumentString<DumpsOverseersQuery, DumpsOverseersQueryVariables>;
export const DumpsMergersDocument = new TypedDocumentString(`
    query DumpsMergers {
  changes(from: "2024-01-01", to: "2024-01-01") {
    kind
    edge {
      source
      target
      type
    }
  }
}
    `) as unknown as TypedDocumentString<DumpsMergersQuery, DumpsMergersQueryVariables>;
export const DumpsSdgMatrixDocument = new TypedDocumentString(`
    query DumpsSdgMatrix {
  sdgMatrix {
    cells {
      objective {
        id
      }
      sdg {
        id
        properties
      }
      wording
    }
  }
}
    `) as unknown as TypedDocumentString<DumpsSdgMatrixQuery, DumpsSdgMatrixQueryVariables>;
export const DumpsEvidenceDocument = new TypedDocumentString(`
    query DumpsEvidence {
  evidence(id: "norsk-helsenett|RUNS|helsenorge") {
    title
    section
    paragraph
    url
    quote
  }
}
    `) as unknown as TypedDocumentString<DumpsEvidenceQuery, DumpsEvidenceQueryVariables>;
export const DumpsRootFieldsDocument = new TypedDocumentString(`
    query DumpsRootFields {
  __schema {
    queryType {
      fields {
        name
        type {
          ofType {
            ofType {
              ofType {
                name
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DumpsRootFieldsQuery, DumpsRootFieldsQueryVariables>;
export const LinkedDataEntitiesNodeDocument = new TypedDocumentString(`
    query LinkedDataEntitiesNode {
  node(id: "norsk-helsenett") {
    name
    nameNo
  }
}
    `) as unknown as TypedDocumentString<LinkedDataEntitiesNodeQuery, LinkedDataEntitiesNodeQueryVariables>;
export const LinkedDataEntitiesEvidenceDocument = new TypedDocumentString(`
    query LinkedDataEntitiesEvidence($id: ID!) {
  evidence(id: $id) {
    section
  }
}
    `) as unknown as TypedDocumentString<LinkedDataEntitiesEvidenceQuery, LinkedDataEntitiesEvidenceQueryVariables>;
export const LinkedDataEntitiesNeighbourhoodDocument = new TypedDocumentString(`
    query LinkedDataEntitiesNeighbourhood($asOf: String) {
  neighbourhood(id: "directorate-of-ehealth", asOf: $asOf) {
    edges {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LinkedDataEntitiesNeighbourhoodQuery, LinkedDataEntitiesNeighbourhoodQueryVariables>;
export const NeighbourhoodOfDocument = new TypedDocumentString(`
    query NeighbourhoodOf {
  neighbourhood(id: "helsenorge", depth: 3) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<NeighbourhoodOfQuery, NeighbourhoodOfQueryVariables>;
export const NorwegianDescriptionsNodeDocument = new TypedDocumentString(`
    query NorwegianDescriptionsNode {
  node(id: "kjernejournal") {
    id
    description
    descriptionNo
  }
}
    `) as unknown as TypedDocumentString<NorwegianDescriptionsNodeQuery, NorwegianDescriptionsNodeQueryVariables>;
export const NorwegianDescriptionsSearchDocument = new TypedDocumentString(`
    query NorwegianDescriptionsSearch {
  search(text: "Helsenorge", limit: 3) {
    node {
      id
      description
      descriptionNo
    }
  }
}
    `) as unknown as TypedDocumentString<NorwegianDescriptionsSearchQuery, NorwegianDescriptionsSearchQueryVariables>;
export const NorwegianDescriptionsSearch2Document = new TypedDocumentString(`
    query NorwegianDescriptionsSearch2 {
  search(text: "fjernoppfølging", limit: 10) {
    node {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<NorwegianDescriptionsSearch2Query, NorwegianDescriptionsSearch2QueryVariables>;
export const NorwegianDescriptionsNeighbourhoodDocument = new TypedDocumentString(`
    query NorwegianDescriptionsNeighbourhood {
  neighbourhood(id: "e-resept", depth: 1) {
    nodes {
      id
      descriptionNo
    }
  }
}
    `) as unknown as TypedDocumentString<NorwegianDescriptionsNeighbourhoodQuery, NorwegianDescriptionsNeighbourhoodQueryVariables>;
export const NorwegianDescriptionsSolutionsDocument = new TypedDocumentString(`
    query NorwegianDescriptionsSolutions {
  solutions(where: {id: {eq: "e-resept"}}) {
    id
    description
    descriptionNo
  }
}
    `) as unknown as TypedDocumentString<NorwegianDescriptionsSolutionsQuery, NorwegianDescriptionsSolutionsQueryVariables>;
export const NorwegianReasonsNeighbourhoodDocument = new TypedDocumentString(`
    query NorwegianReasonsNeighbourhood {
  neighbourhood(id: "helsenorge", depth: 1) {
    edges {
      id
      reason
      reasonNo
    }
  }
}
    `) as unknown as TypedDocumentString<NorwegianReasonsNeighbourhoodQuery, NorwegianReasonsNeighbourhoodQueryVariables>;
export const NorwegianReasonsTraceToSdgsDocument = new TypedDocumentString(`
    query NorwegianReasonsTraceToSdgs {
  traceToSdgs(fromId: "helsenorge") {
    paths {
      steps {
        id
        reason
        reasonNo
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NorwegianReasonsTraceToSdgsQuery, NorwegianReasonsTraceToSdgsQueryVariables>;
export const NorwegianReasonsSdgMatrixDocument = new TypedDocumentString(`
    query NorwegianReasonsSdgMatrix {
  sdgMatrix {
    cells {
      objective {
        id
      }
      sdg {
        id
      }
      reason
      reasonNo
    }
  }
}
    `) as unknown as TypedDocumentString<NorwegianReasonsSdgMatrixQuery, NorwegianReasonsSdgMatrixQueryVariables>;
export const NorwegianReasonsSolutionsDocument = new TypedDocumentString(`
    query NorwegianReasonsSolutions {
  solutions(where: {id: {eq: "helsenorge"}}) {
    supportsConnection {
      edges {
        node {
          id
        }
        properties {
          reason
          reasonNo
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NorwegianReasonsSolutionsQuery, NorwegianReasonsSolutionsQueryVariables>;
export const ProcessSurvivesNodeDocument = new TypedDocumentString(`
    query ProcessSurvivesNode {
  node(id: "helsenorge") {
    id
  }
}
    `) as unknown as TypedDocumentString<ProcessSurvivesNodeQuery, ProcessSurvivesNodeQueryVariables>;
export const ReadCacheNameDocument = new TypedDocumentString(`
    query ReadCacheName {
  node(id: "helsenorge") {
    name
  }
}
    `) as unknown as TypedDocumentString<ReadCacheNameQuery, ReadCacheNameQueryVariables>;
export const ReadCacheSolutionsDocument = new TypedDocumentString(`
    query ReadCacheSolutions {
  solutions(where: {id: {eq: "cache-test-solution"}}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReadCacheSolutionsQuery, ReadCacheSolutionsQueryVariables>;
export const ReadCacheAccessNodeDocument = new TypedDocumentString(`
    query ReadCacheAccessNode {
  node(id: "kjernejournal") {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ReadCacheAccessNodeQuery, ReadCacheAccessNodeQueryVariables>;
export const ReadCacheDayPlanDocument = new TypedDocumentString(`
    query ReadCacheDayPlan($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReadCacheDayPlanQuery, ReadCacheDayPlanQueryVariables>;
export const RequestBoundsNodeDocument = new TypedDocumentString(`
    query RequestBoundsNode {
  node(id: "helsenorge") {
    id
  }
}
    `) as unknown as TypedDocumentString<RequestBoundsNodeQuery, RequestBoundsNodeQueryVariables>;
export const RequestBoundsUnionCappedDocument = new TypedDocumentString(`
    query RequestBoundsUnionCapped {
  countries(where: {id: {eq: "norway"}}) {
    locatedInIncoming(limit: 5) {
      __typename
    }
  }
}
    `) as unknown as TypedDocumentString<RequestBoundsUnionCappedQuery, RequestBoundsUnionCappedQueryVariables>;
export const RequestBoundsUnionWholeDocument = new TypedDocumentString(`
    query RequestBoundsUnionWhole {
  countries(where: {id: {eq: "norway"}}) {
    locatedInIncoming {
      __typename
    }
  }
}
    `) as unknown as TypedDocumentString<RequestBoundsUnionWholeQuery, RequestBoundsUnionWholeQueryVariables>;
export const RequestBoundsFirstPageDocument = new TypedDocumentString(`
    query RequestBoundsFirstPage {
  outcomesConnection(first: 2) {
    pageInfo {
      endCursor
    }
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RequestBoundsFirstPageQuery, RequestBoundsFirstPageQueryVariables>;
export const RequestBoundsNextPageDocument = new TypedDocumentString(`
    query RequestBoundsNextPage($after: String) {
  outcomesConnection(first: 2, after: $after) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RequestBoundsNextPageQuery, RequestBoundsNextPageQueryVariables>;
export const RequestBoundsOutcomesDocument = new TypedDocumentString(`
    query RequestBoundsOutcomes {
  outcomes {
    id
  }
}
    `) as unknown as TypedDocumentString<RequestBoundsOutcomesQuery, RequestBoundsOutcomesQueryVariables>;
export const SearchAcrossDatesDocument = new TypedDocumentString(`
    query SearchAcrossDates($text: String!, $asOf: String, $limit: Int) {
  search(text: $text, asOf: $asOf, limit: $limit) {
    inForce
    node {
      id
      validFrom
      validTo
    }
    succession {
      succeededBy {
        type
        validFrom
        node {
          id
        }
      }
      precededBy {
        type
        validFrom
        node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchAcrossDatesQuery, SearchAcrossDatesQueryVariables>;
export const PredecessorsDocument = new TypedDocumentString(`
    query Predecessors($id: ID!) {
  succession(id: $id) {
    precededBy {
      type
      validFrom
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PredecessorsQuery, PredecessorsQueryVariables>;
export const SubgraphOfIdsDocument = new TypedDocumentString(`
    query SubgraphOfIds($ids: [ID!]!) {
  subgraph(ids: $ids) {
    nodes {
      id
      type
      name
    }
    edges {
      id
      source
      target
      type
      basis
    }
  }
}
    `) as unknown as TypedDocumentString<SubgraphOfIdsQuery, SubgraphOfIdsQueryVariables>;
export const SubgraphAsOfDocument = new TypedDocumentString(`
    query SubgraphAsOf($ids: [ID!]!) {
  subgraph(ids: $ids, asOf: "2024-01-01") {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SubgraphAsOfQuery, SubgraphAsOfQueryVariables>;