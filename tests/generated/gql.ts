/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation AdminTokensCreate($id: ID!) { createSolutions(input: [{ id: $id, name: \"Test\", aliases: [], description: \"x\", sources: [\"strategy § test\"] }]) { solutions { id } } }": typeof types.AdminTokensCreateDocument,
    "mutation AdminTokensDelete($id: ID!) { deleteSolutions(where: { id: { eq: $id } }) { nodesDeleted } }": typeof types.AdminTokensDeleteDocument,
    "\n  fragment ApiNode on GraphNode {\n    id type name nameNo aliases description properties sources { document title section }\n  }\n": typeof types.ApiNodeFragmentDoc,
    "\n  fragment ApiEdge on GraphEdge {\n    id source target type basis strength reason conflict sources { document title section }\n  }\n": typeof types.ApiEdgeFragmentDoc,
    "query ApiSearch($text: String!, $types: [String!], $asOf: String) { search(text: $text, types: $types, limit: 10, asOf: $asOf) { node { id type } score } }": typeof types.ApiSearchDocument,
    "query ApiSearchSolutions { search(text: \"helse\", types: [\"Solution\"], limit: 20) { node { type } } }": typeof types.ApiSearchSolutionsDocument,
    "query ApiSearchOverLimit($text: String!) { search(text: $text, limit: 5000) { node { id } } }": typeof types.ApiSearchOverLimitDocument,
    "query ApiNodeById { node(id: \"kjernejournal\") { ...ApiNode } }": typeof types.ApiNodeByIdDocument,
    "query ApiEvidence { evidence(id: \"section-for-ehealth-services|PART_OF|department-of-ehealth\") { document title section } }": typeof types.ApiEvidenceDocument,
    "query ApiNeighbourhood { neighbourhood(id: \"department-of-ehealth\", depth: 1) { nodes { id } edges { ...ApiEdge } } }": typeof types.ApiNeighbourhoodDocument,
    "query ApiNeighbourhoodPartOf { neighbourhood(id: \"department-of-ehealth\", depth: 2, types: [\"PART_OF\"]) { edges { type } } }": typeof types.ApiNeighbourhoodPartOfDocument,
    "query ApiGovernanceTree { governanceTree(rootId: \"ministry-of-health-and-care-services\") { nodes { id } edges { type } } }": typeof types.ApiGovernanceTreeDocument,
    "query ApiShortestPath { shortestPath(fromId: \"helsenorge\", toId: \"sdg-3\") { nodes { id } edges { id } } }": typeof types.ApiShortestPathDocument,
    "query ApiTraceObjective($fromId: ID!) { traceToSdgs(fromId: $fromId) { sdgs { id } paths { sdg { id } steps { ...ApiEdge } } } }": typeof types.ApiTraceObjectiveDocument,
    "query ApiTraceHelsenorge { traceToSdgs(fromId: \"helsenorge\") { sdgs { id } paths { steps { ...ApiEdge } } subgraph { nodes { id } edges { id } } } }": typeof types.ApiTraceHelsenorgeDocument,
    "query ApiTraceMinistry { traceToSdgs(fromId: \"ministry-of-health-and-care-services\") { sdgs { id } } }": typeof types.ApiTraceMinistryDocument,
    "query ApiTraceOutcome { traceToSdgs(fromId: \"outcome-5-1\") { sdgs { id } paths { steps { type } } } }": typeof types.ApiTraceOutcomeDocument,
    "query ApiSdgMatrix { sdgMatrix { objectives { id } sdgs { id } cells { objective { id } sdg { id } strength reason sources { document section } } } }": typeof types.ApiSdgMatrixDocument,
    "query ApiGeneratedSolutions { solutions(where: { id: { eq: \"helsenorge\" } }) { id name supports { id } supportsConnection { edges { properties { basis sources } } } } }": typeof types.ApiGeneratedSolutionsDocument,
    "mutation ApiCreateSolution { createSolutions(input: [{ id: \"test-mutation-solution\", name: \"Test\", aliases: [], description: \"x\", sources: [\"strategy § test\"] }]) { solutions { id } } }": typeof types.ApiCreateSolutionDocument,
    "mutation ApiDeleteSolution { deleteSolutions(where: { id: { eq: \"test-mutation-solution\" } }) { nodesDeleted } }": typeof types.ApiDeleteSolutionDocument,
    "query ApiConflicts { conflicts { nodes { id } edges { source target conflict } } }": typeof types.ApiConflictsDocument,
    "\n  fragment ApiHistoryNode on GraphNode {\n    id validFrom validTo dateSources { document title section url } sources { paragraph url }\n  }\n": typeof types.ApiHistoryNodeFragmentDoc,
    "\n  fragment ApiHistoryEdge on GraphEdge {\n    id source target type wording validFrom validTo dateSources { title url }\n  }\n": typeof types.ApiHistoryEdgeFragmentDoc,
    "fragment ApiHistoryIds on Subgraph { nodes { id } edges { id } }": typeof types.ApiHistoryIdsFragmentDoc,
    "query ApiHistoryNodeAsOf($id: ID!) { node(id: $id, asOf: \"2020-06-01\") { ...ApiHistoryNode } }": typeof types.ApiHistoryNodeAsOfDocument,
    "query ApiHistoryNodeToday($id: ID!) { node(id: $id) { id } }": typeof types.ApiHistoryNodeTodayDocument,
    "query ApiHistoryNeighbourhood($id: ID!, $asOf: String) { neighbourhood(id: $id, asOf: $asOf) { nodes { id } edges { ...ApiHistoryEdge } } }": typeof types.ApiHistoryNeighbourhoodDocument,
    "query ApiHistoryGovernanceTree($id: ID!, $asOf: String) { governanceTree(rootId: $id, asOf: $asOf) { nodes { id } edges { id } } }": typeof types.ApiHistoryGovernanceTreeDocument,
    "query ApiHistorySearch($t: String!, $asOf: String) { search(text: $t, limit: 20, asOf: $asOf) { node { id } } }": typeof types.ApiHistorySearchDocument,
    "query ApiHistoryTraceToSdgs($id: ID!, $asOf: String) { traceToSdgs(fromId: $id, asOf: $asOf) { sdgs { id } subgraph { nodes { id } edges { id } } } }": typeof types.ApiHistoryTraceToSdgsDocument,
    "query ApiHistoryShortestPath($a: ID!, $b: ID!, $asOf: String) { shortestPath(fromId: $a, toId: $b, asOf: $asOf) { nodes { id } edges { id } } }": typeof types.ApiHistoryShortestPathDocument,
    "query ApiHistoryShortestPath2($a: ID!, $b: ID!) { shortestPath(fromId: $a, toId: $b, asOf: \"2021-06-01\") { nodes { id } } }": typeof types.ApiHistoryShortestPath2Document,
    "query ApiHistoryShortestPath3($a: ID!, $b: ID!) { shortestPath(fromId: $a, toId: $b, asOf: \"2025-06-01\") { nodes { id } } }": typeof types.ApiHistoryShortestPath3Document,
    "query ApiHistorySdgMatrix($id: ID!) { sdgMatrix(strategyId: $id, asOf: \"2020-06-01\") { objectives { id } cells { sdg { id } wording strength } } }": typeof types.ApiHistorySdgMatrixDocument,
    "query ApiHistorySdgMatrix2($id: ID!) { sdgMatrix(strategyId: $id, asOf: \"2018-06-01\") { cells { sdg { id } } } }": typeof types.ApiHistorySdgMatrix2Document,
    "query ApiHistoryConflicts($asOf: String) { conflicts(asOf: $asOf) { edges { id conflict } } }": typeof types.ApiHistoryConflictsDocument,
    "query ApiHistoryEvidence($id: ID!) { evidence(id: $id) { section paragraph } }": typeof types.ApiHistoryEvidenceDocument,
    "query ApiHistoryChanges($from: String!, $to: String!) { changes(from: $from, to: $to) { date kind node { id } edge { id } sources { title } } }": typeof types.ApiHistoryChangesDocument,
    "query ApiHistoryChanges2 { changes(from: \"2024-01-01\", to: \"2024-01-01\") { node { id } edge { id source target } edgeEnds { id name type } } }": typeof types.ApiHistoryChanges2Document,
    "query ApiHistoryTimeline { timeline }": typeof types.ApiHistoryTimelineDocument,
    "query ApiHistoryDirectorates($prefix: ID!, $hub: ID!, $objective: ID!) {\n          directorates(where: { id: { startsWith: $prefix }, validTo: { eq: \"2023-12-31\" } }) {\n            id validFrom validTo dateSources\n          }\n          ministries(where: { id: { eq: $hub } }) {\n            overseesConnection { edges { properties { validFrom validTo dateSources } } }\n          }\n          objectives(where: { id: { eq: $objective } }) {\n            contributesToConnection { edges { properties { wording } } }\n          }\n        }": typeof types.ApiHistoryDirectoratesDocument,
    "query ApiHistoryEvidenceFields($id: ID!) { neighbourhood(id: $id, asOf: \"2020-01-01\") { edges { ...ApiHistoryEdge } } }": typeof types.ApiHistoryEvidenceFieldsDocument,
    "query ApiHistorySourceDocuments { sourceDocuments { id publisher date published dateNote url } }": typeof types.ApiHistorySourceDocumentsDocument,
    "query DataReleaseCurrent { dataRelease { version date releases correctionCount } }": typeof types.DataReleaseCurrentDocument,
    "query DataReleaseCorrections($since: String) { corrections(since: $since) { item field release } }": typeof types.DataReleaseCorrectionsDocument,
    "query DataReleaseCorrections2($since: String) { corrections(since: $since) { item } }": typeof types.DataReleaseCorrections2Document,
    "query DataReleaseCorrections3 { corrections(item: \"cancer-specific-ehealth-solutions\") { item field was now why release } }": typeof types.DataReleaseCorrections3Document,
    "query DataReleaseUnseeded { dataRelease { version } corrections { item } }": typeof types.DataReleaseUnseededDocument,
    "query DataReleaseNode($id: ID!) { node(id: $id) { sources { document section quote paragraph language } } }": typeof types.DataReleaseNodeDocument,
    "query DataReleaseEvidence { evidence(id: \"norwegian-medical-products-agency\") { document quote language } }": typeof types.DataReleaseEvidenceDocument,
    "query FaultsSearch { search(text: \"helse\") { node { id } } }": typeof types.FaultsSearchDocument,
    "query FaultsTrace { traceToSdgs(fromId: \"objective-3\") { sdgs { id } } }": typeof types.FaultsTraceDocument,
    "query FaultsGenerated { solutions { id } }": typeof types.FaultsGeneratedDocument,
    "query FuzzNode { node(id: \"helsenorge\") { id } }": typeof types.FuzzNodeDocument,
    "query GovernanceTreeOf($id: ID!, $asOf: String) { governanceTree(rootId: $id, asOf: $asOf) { nodes { id } edges { id source target type } } }": typeof types.GovernanceTreeOfDocument,
    "query GovernanceTreeMinistryCypher { governanceTree(rootId: \"ministry-of-health-and-care-services\") { nodes { id } } }": typeof types.GovernanceTreeMinistryCypherDocument,
    "query HistoryNeighbourhood($id: ID!, $asOf: String) {\n  neighbourhood(id: $id, depth: 1, asOf: $asOf) { nodes { id } edges { id } }\n}": typeof types.HistoryNeighbourhoodDocument,
    "query HistoryChanges($from: String!, $to: String!) {\n  changes(from: $from, to: $to) {\n    date kind\n    node { id validFrom validTo }\n    edge { id validFrom validTo }\n    sources { document section }\n  }\n}": typeof types.HistoryChangesDocument,
    "query HistoryTimeline { timeline }": typeof types.HistoryTimelineDocument,
    "query HistoryConflicts { conflicts { edges { id sources { document section } } } }": typeof types.HistoryConflictsDocument,
    "query DumpsOverseers($asOf: String) { neighbourhood(id: \"directorate-of-ehealth\", types: [\"OVERSEES\"], asOf: $asOf) { edges { source target type } } }": typeof types.DumpsOverseersDocument,
    "query DumpsMergers { changes(from: \"2024-01-01\", to: \"2024-01-01\") { kind edge { source target type } } }": typeof types.DumpsMergersDocument,
    "query DumpsSdgMatrix { sdgMatrix { cells { objective { id } sdg { id properties } wording } } }": typeof types.DumpsSdgMatrixDocument,
    "query DumpsEvidence { evidence(id: \"norsk-helsenett|RUNS|helsenorge\") { title section paragraph url quote } }": typeof types.DumpsEvidenceDocument,
    "query DumpsRootFields { __schema { queryType { fields { name type { ofType { ofType { ofType { name } } } } } } } }": typeof types.DumpsRootFieldsDocument,
    "query LinkedDataEntitiesNode { node(id: \"norsk-helsenett\") { name nameNo } }": typeof types.LinkedDataEntitiesNodeDocument,
    "query LinkedDataEntitiesEvidence($id: ID!) { evidence(id: $id) { section } }": typeof types.LinkedDataEntitiesEvidenceDocument,
    "query LinkedDataEntitiesNeighbourhood($asOf: String) { neighbourhood(id: \"directorate-of-ehealth\", asOf: $asOf) { edges { id } } }": typeof types.LinkedDataEntitiesNeighbourhoodDocument,
    "query NeighbourhoodOf { neighbourhood(id: \"helsenorge\", depth: 3) { nodes { id } } }": typeof types.NeighbourhoodOfDocument,
    "query NorwegianDescriptionsNode { node(id: \"kjernejournal\") { id description descriptionNo } }": typeof types.NorwegianDescriptionsNodeDocument,
    "query NorwegianDescriptionsSearch { search(text: \"Helsenorge\", limit: 3) { node { id description descriptionNo } } }": typeof types.NorwegianDescriptionsSearchDocument,
    "query NorwegianDescriptionsSearch2 { search(text: \"fjernoppfølging\", limit: 10) { node { id } } }": typeof types.NorwegianDescriptionsSearch2Document,
    "query NorwegianDescriptionsNeighbourhood { neighbourhood(id: \"e-resept\", depth: 1) { nodes { id descriptionNo } } }": typeof types.NorwegianDescriptionsNeighbourhoodDocument,
    "query NorwegianDescriptionsSolutions { solutions(where: { id: { eq: \"e-resept\" } }) { id description descriptionNo } }": typeof types.NorwegianDescriptionsSolutionsDocument,
    "query NorwegianReasonsNeighbourhood { neighbourhood(id: \"helsenorge\", depth: 1) { edges { id reason reasonNo } } }": typeof types.NorwegianReasonsNeighbourhoodDocument,
    "query NorwegianReasonsTraceToSdgs { traceToSdgs(fromId: \"helsenorge\") { paths { steps { id reason reasonNo } } } }": typeof types.NorwegianReasonsTraceToSdgsDocument,
    "query NorwegianReasonsSdgMatrix { sdgMatrix { cells { objective { id } sdg { id } reason reasonNo } } }": typeof types.NorwegianReasonsSdgMatrixDocument,
    "query NorwegianReasonsSolutions { solutions(where: { id: { eq: \"helsenorge\" } }) { supportsConnection { edges { node { id } properties { reason reasonNo } } } } }": typeof types.NorwegianReasonsSolutionsDocument,
    "query ProcessSurvivesNode { node(id: \"helsenorge\") { id } }": typeof types.ProcessSurvivesNodeDocument,
    "query ReadCacheName { node(id: \"helsenorge\") { name } }": typeof types.ReadCacheNameDocument,
    "query ReadCacheSolutions { solutions(where: { id: { eq: \"cache-test-solution\" } }) { id } }": typeof types.ReadCacheSolutionsDocument,
    "query ReadCacheAccessNode { node(id: \"kjernejournal\") { id name } }": typeof types.ReadCacheAccessNodeDocument,
    "query ReadCacheDayPlan($id: ID!) { node(id: $id) { id } }": typeof types.ReadCacheDayPlanDocument,
    "query RequestBoundsNode { node(id: \"helsenorge\") { id } }": typeof types.RequestBoundsNodeDocument,
    "query RequestBoundsUnionCapped { countries(where: { id: { eq: \"norway\" } }) { locatedInIncoming(limit: 5) { __typename } } }": typeof types.RequestBoundsUnionCappedDocument,
    "query RequestBoundsUnionWhole { countries(where: { id: { eq: \"norway\" } }) { locatedInIncoming { __typename } } }": typeof types.RequestBoundsUnionWholeDocument,
    "query RequestBoundsFirstPage { outcomesConnection(first: 2) { pageInfo { endCursor } edges { node { id } } } }": typeof types.RequestBoundsFirstPageDocument,
    "query RequestBoundsNextPage($after: String) { outcomesConnection(first: 2, after: $after) { edges { node { id } } } }": typeof types.RequestBoundsNextPageDocument,
    "query RequestBoundsOutcomes { outcomes { id } }": typeof types.RequestBoundsOutcomesDocument,
    "\n  query SearchAcrossDates($text: String!, $asOf: String, $limit: Int) {\n    search(text: $text, asOf: $asOf, limit: $limit) {\n      inForce\n      node {\n        id\n        validFrom\n        validTo\n      }\n      succession {\n        succeededBy {\n          type\n          validFrom\n          node {\n            id\n          }\n        }\n        precededBy {\n          type\n          validFrom\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchAcrossDatesDocument,
    "\n  query Predecessors($id: ID!) {\n    succession(id: $id) {\n      precededBy {\n        type\n        validFrom\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PredecessorsDocument,
    "query SubgraphOfIds($ids: [ID!]!) { subgraph(ids: $ids) { nodes { id type name } edges { id source target type basis } } }": typeof types.SubgraphOfIdsDocument,
    "query SubgraphAsOf($ids: [ID!]!) { subgraph(ids: $ids, asOf: \"2024-01-01\") { nodes { id } } }": typeof types.SubgraphAsOfDocument,
};
const documents: Documents = {
    "mutation AdminTokensCreate($id: ID!) { createSolutions(input: [{ id: $id, name: \"Test\", aliases: [], description: \"x\", sources: [\"strategy § test\"] }]) { solutions { id } } }": types.AdminTokensCreateDocument,
    "mutation AdminTokensDelete($id: ID!) { deleteSolutions(where: { id: { eq: $id } }) { nodesDeleted } }": types.AdminTokensDeleteDocument,
    "\n  fragment ApiNode on GraphNode {\n    id type name nameNo aliases description properties sources { document title section }\n  }\n": types.ApiNodeFragmentDoc,
    "\n  fragment ApiEdge on GraphEdge {\n    id source target type basis strength reason conflict sources { document title section }\n  }\n": types.ApiEdgeFragmentDoc,
    "query ApiSearch($text: String!, $types: [String!], $asOf: String) { search(text: $text, types: $types, limit: 10, asOf: $asOf) { node { id type } score } }": types.ApiSearchDocument,
    "query ApiSearchSolutions { search(text: \"helse\", types: [\"Solution\"], limit: 20) { node { type } } }": types.ApiSearchSolutionsDocument,
    "query ApiSearchOverLimit($text: String!) { search(text: $text, limit: 5000) { node { id } } }": types.ApiSearchOverLimitDocument,
    "query ApiNodeById { node(id: \"kjernejournal\") { ...ApiNode } }": types.ApiNodeByIdDocument,
    "query ApiEvidence { evidence(id: \"section-for-ehealth-services|PART_OF|department-of-ehealth\") { document title section } }": types.ApiEvidenceDocument,
    "query ApiNeighbourhood { neighbourhood(id: \"department-of-ehealth\", depth: 1) { nodes { id } edges { ...ApiEdge } } }": types.ApiNeighbourhoodDocument,
    "query ApiNeighbourhoodPartOf { neighbourhood(id: \"department-of-ehealth\", depth: 2, types: [\"PART_OF\"]) { edges { type } } }": types.ApiNeighbourhoodPartOfDocument,
    "query ApiGovernanceTree { governanceTree(rootId: \"ministry-of-health-and-care-services\") { nodes { id } edges { type } } }": types.ApiGovernanceTreeDocument,
    "query ApiShortestPath { shortestPath(fromId: \"helsenorge\", toId: \"sdg-3\") { nodes { id } edges { id } } }": types.ApiShortestPathDocument,
    "query ApiTraceObjective($fromId: ID!) { traceToSdgs(fromId: $fromId) { sdgs { id } paths { sdg { id } steps { ...ApiEdge } } } }": types.ApiTraceObjectiveDocument,
    "query ApiTraceHelsenorge { traceToSdgs(fromId: \"helsenorge\") { sdgs { id } paths { steps { ...ApiEdge } } subgraph { nodes { id } edges { id } } } }": types.ApiTraceHelsenorgeDocument,
    "query ApiTraceMinistry { traceToSdgs(fromId: \"ministry-of-health-and-care-services\") { sdgs { id } } }": types.ApiTraceMinistryDocument,
    "query ApiTraceOutcome { traceToSdgs(fromId: \"outcome-5-1\") { sdgs { id } paths { steps { type } } } }": types.ApiTraceOutcomeDocument,
    "query ApiSdgMatrix { sdgMatrix { objectives { id } sdgs { id } cells { objective { id } sdg { id } strength reason sources { document section } } } }": types.ApiSdgMatrixDocument,
    "query ApiGeneratedSolutions { solutions(where: { id: { eq: \"helsenorge\" } }) { id name supports { id } supportsConnection { edges { properties { basis sources } } } } }": types.ApiGeneratedSolutionsDocument,
    "mutation ApiCreateSolution { createSolutions(input: [{ id: \"test-mutation-solution\", name: \"Test\", aliases: [], description: \"x\", sources: [\"strategy § test\"] }]) { solutions { id } } }": types.ApiCreateSolutionDocument,
    "mutation ApiDeleteSolution { deleteSolutions(where: { id: { eq: \"test-mutation-solution\" } }) { nodesDeleted } }": types.ApiDeleteSolutionDocument,
    "query ApiConflicts { conflicts { nodes { id } edges { source target conflict } } }": types.ApiConflictsDocument,
    "\n  fragment ApiHistoryNode on GraphNode {\n    id validFrom validTo dateSources { document title section url } sources { paragraph url }\n  }\n": types.ApiHistoryNodeFragmentDoc,
    "\n  fragment ApiHistoryEdge on GraphEdge {\n    id source target type wording validFrom validTo dateSources { title url }\n  }\n": types.ApiHistoryEdgeFragmentDoc,
    "fragment ApiHistoryIds on Subgraph { nodes { id } edges { id } }": types.ApiHistoryIdsFragmentDoc,
    "query ApiHistoryNodeAsOf($id: ID!) { node(id: $id, asOf: \"2020-06-01\") { ...ApiHistoryNode } }": types.ApiHistoryNodeAsOfDocument,
    "query ApiHistoryNodeToday($id: ID!) { node(id: $id) { id } }": types.ApiHistoryNodeTodayDocument,
    "query ApiHistoryNeighbourhood($id: ID!, $asOf: String) { neighbourhood(id: $id, asOf: $asOf) { nodes { id } edges { ...ApiHistoryEdge } } }": types.ApiHistoryNeighbourhoodDocument,
    "query ApiHistoryGovernanceTree($id: ID!, $asOf: String) { governanceTree(rootId: $id, asOf: $asOf) { nodes { id } edges { id } } }": types.ApiHistoryGovernanceTreeDocument,
    "query ApiHistorySearch($t: String!, $asOf: String) { search(text: $t, limit: 20, asOf: $asOf) { node { id } } }": types.ApiHistorySearchDocument,
    "query ApiHistoryTraceToSdgs($id: ID!, $asOf: String) { traceToSdgs(fromId: $id, asOf: $asOf) { sdgs { id } subgraph { nodes { id } edges { id } } } }": types.ApiHistoryTraceToSdgsDocument,
    "query ApiHistoryShortestPath($a: ID!, $b: ID!, $asOf: String) { shortestPath(fromId: $a, toId: $b, asOf: $asOf) { nodes { id } edges { id } } }": types.ApiHistoryShortestPathDocument,
    "query ApiHistoryShortestPath2($a: ID!, $b: ID!) { shortestPath(fromId: $a, toId: $b, asOf: \"2021-06-01\") { nodes { id } } }": types.ApiHistoryShortestPath2Document,
    "query ApiHistoryShortestPath3($a: ID!, $b: ID!) { shortestPath(fromId: $a, toId: $b, asOf: \"2025-06-01\") { nodes { id } } }": types.ApiHistoryShortestPath3Document,
    "query ApiHistorySdgMatrix($id: ID!) { sdgMatrix(strategyId: $id, asOf: \"2020-06-01\") { objectives { id } cells { sdg { id } wording strength } } }": types.ApiHistorySdgMatrixDocument,
    "query ApiHistorySdgMatrix2($id: ID!) { sdgMatrix(strategyId: $id, asOf: \"2018-06-01\") { cells { sdg { id } } } }": types.ApiHistorySdgMatrix2Document,
    "query ApiHistoryConflicts($asOf: String) { conflicts(asOf: $asOf) { edges { id conflict } } }": types.ApiHistoryConflictsDocument,
    "query ApiHistoryEvidence($id: ID!) { evidence(id: $id) { section paragraph } }": types.ApiHistoryEvidenceDocument,
    "query ApiHistoryChanges($from: String!, $to: String!) { changes(from: $from, to: $to) { date kind node { id } edge { id } sources { title } } }": types.ApiHistoryChangesDocument,
    "query ApiHistoryChanges2 { changes(from: \"2024-01-01\", to: \"2024-01-01\") { node { id } edge { id source target } edgeEnds { id name type } } }": types.ApiHistoryChanges2Document,
    "query ApiHistoryTimeline { timeline }": types.ApiHistoryTimelineDocument,
    "query ApiHistoryDirectorates($prefix: ID!, $hub: ID!, $objective: ID!) {\n          directorates(where: { id: { startsWith: $prefix }, validTo: { eq: \"2023-12-31\" } }) {\n            id validFrom validTo dateSources\n          }\n          ministries(where: { id: { eq: $hub } }) {\n            overseesConnection { edges { properties { validFrom validTo dateSources } } }\n          }\n          objectives(where: { id: { eq: $objective } }) {\n            contributesToConnection { edges { properties { wording } } }\n          }\n        }": types.ApiHistoryDirectoratesDocument,
    "query ApiHistoryEvidenceFields($id: ID!) { neighbourhood(id: $id, asOf: \"2020-01-01\") { edges { ...ApiHistoryEdge } } }": types.ApiHistoryEvidenceFieldsDocument,
    "query ApiHistorySourceDocuments { sourceDocuments { id publisher date published dateNote url } }": types.ApiHistorySourceDocumentsDocument,
    "query DataReleaseCurrent { dataRelease { version date releases correctionCount } }": types.DataReleaseCurrentDocument,
    "query DataReleaseCorrections($since: String) { corrections(since: $since) { item field release } }": types.DataReleaseCorrectionsDocument,
    "query DataReleaseCorrections2($since: String) { corrections(since: $since) { item } }": types.DataReleaseCorrections2Document,
    "query DataReleaseCorrections3 { corrections(item: \"cancer-specific-ehealth-solutions\") { item field was now why release } }": types.DataReleaseCorrections3Document,
    "query DataReleaseUnseeded { dataRelease { version } corrections { item } }": types.DataReleaseUnseededDocument,
    "query DataReleaseNode($id: ID!) { node(id: $id) { sources { document section quote paragraph language } } }": types.DataReleaseNodeDocument,
    "query DataReleaseEvidence { evidence(id: \"norwegian-medical-products-agency\") { document quote language } }": types.DataReleaseEvidenceDocument,
    "query FaultsSearch { search(text: \"helse\") { node { id } } }": types.FaultsSearchDocument,
    "query FaultsTrace { traceToSdgs(fromId: \"objective-3\") { sdgs { id } } }": types.FaultsTraceDocument,
    "query FaultsGenerated { solutions { id } }": types.FaultsGeneratedDocument,
    "query FuzzNode { node(id: \"helsenorge\") { id } }": types.FuzzNodeDocument,
    "query GovernanceTreeOf($id: ID!, $asOf: String) { governanceTree(rootId: $id, asOf: $asOf) { nodes { id } edges { id source target type } } }": types.GovernanceTreeOfDocument,
    "query GovernanceTreeMinistryCypher { governanceTree(rootId: \"ministry-of-health-and-care-services\") { nodes { id } } }": types.GovernanceTreeMinistryCypherDocument,
    "query HistoryNeighbourhood($id: ID!, $asOf: String) {\n  neighbourhood(id: $id, depth: 1, asOf: $asOf) { nodes { id } edges { id } }\n}": types.HistoryNeighbourhoodDocument,
    "query HistoryChanges($from: String!, $to: String!) {\n  changes(from: $from, to: $to) {\n    date kind\n    node { id validFrom validTo }\n    edge { id validFrom validTo }\n    sources { document section }\n  }\n}": types.HistoryChangesDocument,
    "query HistoryTimeline { timeline }": types.HistoryTimelineDocument,
    "query HistoryConflicts { conflicts { edges { id sources { document section } } } }": types.HistoryConflictsDocument,
    "query DumpsOverseers($asOf: String) { neighbourhood(id: \"directorate-of-ehealth\", types: [\"OVERSEES\"], asOf: $asOf) { edges { source target type } } }": types.DumpsOverseersDocument,
    "query DumpsMergers { changes(from: \"2024-01-01\", to: \"2024-01-01\") { kind edge { source target type } } }": types.DumpsMergersDocument,
    "query DumpsSdgMatrix { sdgMatrix { cells { objective { id } sdg { id properties } wording } } }": types.DumpsSdgMatrixDocument,
    "query DumpsEvidence { evidence(id: \"norsk-helsenett|RUNS|helsenorge\") { title section paragraph url quote } }": types.DumpsEvidenceDocument,
    "query DumpsRootFields { __schema { queryType { fields { name type { ofType { ofType { ofType { name } } } } } } } }": types.DumpsRootFieldsDocument,
    "query LinkedDataEntitiesNode { node(id: \"norsk-helsenett\") { name nameNo } }": types.LinkedDataEntitiesNodeDocument,
    "query LinkedDataEntitiesEvidence($id: ID!) { evidence(id: $id) { section } }": types.LinkedDataEntitiesEvidenceDocument,
    "query LinkedDataEntitiesNeighbourhood($asOf: String) { neighbourhood(id: \"directorate-of-ehealth\", asOf: $asOf) { edges { id } } }": types.LinkedDataEntitiesNeighbourhoodDocument,
    "query NeighbourhoodOf { neighbourhood(id: \"helsenorge\", depth: 3) { nodes { id } } }": types.NeighbourhoodOfDocument,
    "query NorwegianDescriptionsNode { node(id: \"kjernejournal\") { id description descriptionNo } }": types.NorwegianDescriptionsNodeDocument,
    "query NorwegianDescriptionsSearch { search(text: \"Helsenorge\", limit: 3) { node { id description descriptionNo } } }": types.NorwegianDescriptionsSearchDocument,
    "query NorwegianDescriptionsSearch2 { search(text: \"fjernoppfølging\", limit: 10) { node { id } } }": types.NorwegianDescriptionsSearch2Document,
    "query NorwegianDescriptionsNeighbourhood { neighbourhood(id: \"e-resept\", depth: 1) { nodes { id descriptionNo } } }": types.NorwegianDescriptionsNeighbourhoodDocument,
    "query NorwegianDescriptionsSolutions { solutions(where: { id: { eq: \"e-resept\" } }) { id description descriptionNo } }": types.NorwegianDescriptionsSolutionsDocument,
    "query NorwegianReasonsNeighbourhood { neighbourhood(id: \"helsenorge\", depth: 1) { edges { id reason reasonNo } } }": types.NorwegianReasonsNeighbourhoodDocument,
    "query NorwegianReasonsTraceToSdgs { traceToSdgs(fromId: \"helsenorge\") { paths { steps { id reason reasonNo } } } }": types.NorwegianReasonsTraceToSdgsDocument,
    "query NorwegianReasonsSdgMatrix { sdgMatrix { cells { objective { id } sdg { id } reason reasonNo } } }": types.NorwegianReasonsSdgMatrixDocument,
    "query NorwegianReasonsSolutions { solutions(where: { id: { eq: \"helsenorge\" } }) { supportsConnection { edges { node { id } properties { reason reasonNo } } } } }": types.NorwegianReasonsSolutionsDocument,
    "query ProcessSurvivesNode { node(id: \"helsenorge\") { id } }": types.ProcessSurvivesNodeDocument,
    "query ReadCacheName { node(id: \"helsenorge\") { name } }": types.ReadCacheNameDocument,
    "query ReadCacheSolutions { solutions(where: { id: { eq: \"cache-test-solution\" } }) { id } }": types.ReadCacheSolutionsDocument,
    "query ReadCacheAccessNode { node(id: \"kjernejournal\") { id name } }": types.ReadCacheAccessNodeDocument,
    "query ReadCacheDayPlan($id: ID!) { node(id: $id) { id } }": types.ReadCacheDayPlanDocument,
    "query RequestBoundsNode { node(id: \"helsenorge\") { id } }": types.RequestBoundsNodeDocument,
    "query RequestBoundsUnionCapped { countries(where: { id: { eq: \"norway\" } }) { locatedInIncoming(limit: 5) { __typename } } }": types.RequestBoundsUnionCappedDocument,
    "query RequestBoundsUnionWhole { countries(where: { id: { eq: \"norway\" } }) { locatedInIncoming { __typename } } }": types.RequestBoundsUnionWholeDocument,
    "query RequestBoundsFirstPage { outcomesConnection(first: 2) { pageInfo { endCursor } edges { node { id } } } }": types.RequestBoundsFirstPageDocument,
    "query RequestBoundsNextPage($after: String) { outcomesConnection(first: 2, after: $after) { edges { node { id } } } }": types.RequestBoundsNextPageDocument,
    "query RequestBoundsOutcomes { outcomes { id } }": types.RequestBoundsOutcomesDocument,
    "\n  query SearchAcrossDates($text: String!, $asOf: String, $limit: Int) {\n    search(text: $text, asOf: $asOf, limit: $limit) {\n      inForce\n      node {\n        id\n        validFrom\n        validTo\n      }\n      succession {\n        succeededBy {\n          type\n          validFrom\n          node {\n            id\n          }\n        }\n        precededBy {\n          type\n          validFrom\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.SearchAcrossDatesDocument,
    "\n  query Predecessors($id: ID!) {\n    succession(id: $id) {\n      precededBy {\n        type\n        validFrom\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.PredecessorsDocument,
    "query SubgraphOfIds($ids: [ID!]!) { subgraph(ids: $ids) { nodes { id type name } edges { id source target type basis } } }": types.SubgraphOfIdsDocument,
    "query SubgraphAsOf($ids: [ID!]!) { subgraph(ids: $ids, asOf: \"2024-01-01\") { nodes { id } } }": types.SubgraphAsOfDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdminTokensCreate($id: ID!) { createSolutions(input: [{ id: $id, name: \"Test\", aliases: [], description: \"x\", sources: [\"strategy § test\"] }]) { solutions { id } } }"): typeof import('./graphql').AdminTokensCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdminTokensDelete($id: ID!) { deleteSolutions(where: { id: { eq: $id } }) { nodesDeleted } }"): typeof import('./graphql').AdminTokensDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiNode on GraphNode {\n    id type name nameNo aliases description properties sources { document title section }\n  }\n"): typeof import('./graphql').ApiNodeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiEdge on GraphEdge {\n    id source target type basis strength reason conflict sources { document title section }\n  }\n"): typeof import('./graphql').ApiEdgeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiSearch($text: String!, $types: [String!], $asOf: String) { search(text: $text, types: $types, limit: 10, asOf: $asOf) { node { id type } score } }"): typeof import('./graphql').ApiSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiSearchSolutions { search(text: \"helse\", types: [\"Solution\"], limit: 20) { node { type } } }"): typeof import('./graphql').ApiSearchSolutionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiSearchOverLimit($text: String!) { search(text: $text, limit: 5000) { node { id } } }"): typeof import('./graphql').ApiSearchOverLimitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiNodeById { node(id: \"kjernejournal\") { ...ApiNode } }"): typeof import('./graphql').ApiNodeByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiEvidence { evidence(id: \"section-for-ehealth-services|PART_OF|department-of-ehealth\") { document title section } }"): typeof import('./graphql').ApiEvidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiNeighbourhood { neighbourhood(id: \"department-of-ehealth\", depth: 1) { nodes { id } edges { ...ApiEdge } } }"): typeof import('./graphql').ApiNeighbourhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiNeighbourhoodPartOf { neighbourhood(id: \"department-of-ehealth\", depth: 2, types: [\"PART_OF\"]) { edges { type } } }"): typeof import('./graphql').ApiNeighbourhoodPartOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiGovernanceTree { governanceTree(rootId: \"ministry-of-health-and-care-services\") { nodes { id } edges { type } } }"): typeof import('./graphql').ApiGovernanceTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiShortestPath { shortestPath(fromId: \"helsenorge\", toId: \"sdg-3\") { nodes { id } edges { id } } }"): typeof import('./graphql').ApiShortestPathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiTraceObjective($fromId: ID!) { traceToSdgs(fromId: $fromId) { sdgs { id } paths { sdg { id } steps { ...ApiEdge } } } }"): typeof import('./graphql').ApiTraceObjectiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiTraceHelsenorge { traceToSdgs(fromId: \"helsenorge\") { sdgs { id } paths { steps { ...ApiEdge } } subgraph { nodes { id } edges { id } } } }"): typeof import('./graphql').ApiTraceHelsenorgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiTraceMinistry { traceToSdgs(fromId: \"ministry-of-health-and-care-services\") { sdgs { id } } }"): typeof import('./graphql').ApiTraceMinistryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiTraceOutcome { traceToSdgs(fromId: \"outcome-5-1\") { sdgs { id } paths { steps { type } } } }"): typeof import('./graphql').ApiTraceOutcomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiSdgMatrix { sdgMatrix { objectives { id } sdgs { id } cells { objective { id } sdg { id } strength reason sources { document section } } } }"): typeof import('./graphql').ApiSdgMatrixDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiGeneratedSolutions { solutions(where: { id: { eq: \"helsenorge\" } }) { id name supports { id } supportsConnection { edges { properties { basis sources } } } } }"): typeof import('./graphql').ApiGeneratedSolutionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApiCreateSolution { createSolutions(input: [{ id: \"test-mutation-solution\", name: \"Test\", aliases: [], description: \"x\", sources: [\"strategy § test\"] }]) { solutions { id } } }"): typeof import('./graphql').ApiCreateSolutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApiDeleteSolution { deleteSolutions(where: { id: { eq: \"test-mutation-solution\" } }) { nodesDeleted } }"): typeof import('./graphql').ApiDeleteSolutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiConflicts { conflicts { nodes { id } edges { source target conflict } } }"): typeof import('./graphql').ApiConflictsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiHistoryNode on GraphNode {\n    id validFrom validTo dateSources { document title section url } sources { paragraph url }\n  }\n"): typeof import('./graphql').ApiHistoryNodeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiHistoryEdge on GraphEdge {\n    id source target type wording validFrom validTo dateSources { title url }\n  }\n"): typeof import('./graphql').ApiHistoryEdgeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ApiHistoryIds on Subgraph { nodes { id } edges { id } }"): typeof import('./graphql').ApiHistoryIdsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiHistoryNodeAsOf($id: ID!) { node(id: $id, asOf: \"2020-06-01\") { ...ApiHistoryNode } }"): typeof import('./graphql').ApiHistoryNodeAsOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiHistoryNodeToday($id: ID!) { node(id: $id) { id } }"): typeof import('./graphql').ApiHistoryNodeTodayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiHistoryNeighbourhood($id: ID!, $asOf: String) { neighbourhood(id: $id, asOf: $asOf) { nodes { id } edges { ...ApiHistoryEdge } } }"): typeof import('./graphql').ApiHistoryNeighbourhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiHistoryGovernanceTree($id: ID!, $asOf: String) { governanceTree(rootId: $id, asOf: $asOf) { nodes { id } edges { id } } }"): typeof import('./graphql').ApiHistoryGovernanceTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiHistorySearch($t: String!, $asOf: String) { search(text: $t, limit: 20, asOf: $asOf) { node { id } } }"): typeof import('./graphql').ApiHistorySearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiHistoryTraceToSdgs($id: ID!, $asOf: String) { traceToSdgs(fromId: $id, asOf: $asOf) { sdgs { id } subgraph { nodes { id } edges { id } } } }"): typeof import('./graphql').ApiHistoryTraceToSdgsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiHistoryShortestPath($a: ID!, $b: ID!, $asOf: String) { shortestPath(fromId: $a, toId: $b, asOf: $asOf) { nodes { id } edges { id } } }"): typeof import('./graphql').ApiHistoryShortestPathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiHistoryShortestPath2($a: ID!, $b: ID!) { shortestPath(fromId: $a, toId: $b, asOf: \"2021-06-01\") { nodes { id } } }"): typeof import('./graphql').ApiHistoryShortestPath2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiHistoryShortestPath3($a: ID!, $b: ID!) { shortestPath(fromId: $a, toId: $b, asOf: \"2025-06-01\") { nodes { id } } }"): typeof import('./graphql').ApiHistoryShortestPath3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiHistorySdgMatrix($id: ID!) { sdgMatrix(strategyId: $id, asOf: \"2020-06-01\") { objectives { id } cells { sdg { id } wording strength } } }"): typeof import('./graphql').ApiHistorySdgMatrixDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiHistorySdgMatrix2($id: ID!) { sdgMatrix(strategyId: $id, asOf: \"2018-06-01\") { cells { sdg { id } } } }"): typeof import('./graphql').ApiHistorySdgMatrix2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiHistoryConflicts($asOf: String) { conflicts(asOf: $asOf) { edges { id conflict } } }"): typeof import('./graphql').ApiHistoryConflictsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiHistoryEvidence($id: ID!) { evidence(id: $id) { section paragraph } }"): typeof import('./graphql').ApiHistoryEvidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiHistoryChanges($from: String!, $to: String!) { changes(from: $from, to: $to) { date kind node { id } edge { id } sources { title } } }"): typeof import('./graphql').ApiHistoryChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiHistoryChanges2 { changes(from: \"2024-01-01\", to: \"2024-01-01\") { node { id } edge { id source target } edgeEnds { id name type } } }"): typeof import('./graphql').ApiHistoryChanges2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiHistoryTimeline { timeline }"): typeof import('./graphql').ApiHistoryTimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiHistoryDirectorates($prefix: ID!, $hub: ID!, $objective: ID!) {\n          directorates(where: { id: { startsWith: $prefix }, validTo: { eq: \"2023-12-31\" } }) {\n            id validFrom validTo dateSources\n          }\n          ministries(where: { id: { eq: $hub } }) {\n            overseesConnection { edges { properties { validFrom validTo dateSources } } }\n          }\n          objectives(where: { id: { eq: $objective } }) {\n            contributesToConnection { edges { properties { wording } } }\n          }\n        }"): typeof import('./graphql').ApiHistoryDirectoratesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiHistoryEvidenceFields($id: ID!) { neighbourhood(id: $id, asOf: \"2020-01-01\") { edges { ...ApiHistoryEdge } } }"): typeof import('./graphql').ApiHistoryEvidenceFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiHistorySourceDocuments { sourceDocuments { id publisher date published dateNote url } }"): typeof import('./graphql').ApiHistorySourceDocumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DataReleaseCurrent { dataRelease { version date releases correctionCount } }"): typeof import('./graphql').DataReleaseCurrentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DataReleaseCorrections($since: String) { corrections(since: $since) { item field release } }"): typeof import('./graphql').DataReleaseCorrectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DataReleaseCorrections2($since: String) { corrections(since: $since) { item } }"): typeof import('./graphql').DataReleaseCorrections2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DataReleaseCorrections3 { corrections(item: \"cancer-specific-ehealth-solutions\") { item field was now why release } }"): typeof import('./graphql').DataReleaseCorrections3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DataReleaseUnseeded { dataRelease { version } corrections { item } }"): typeof import('./graphql').DataReleaseUnseededDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DataReleaseNode($id: ID!) { node(id: $id) { sources { document section quote paragraph language } } }"): typeof import('./graphql').DataReleaseNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DataReleaseEvidence { evidence(id: \"norwegian-medical-products-agency\") { document quote language } }"): typeof import('./graphql').DataReleaseEvidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FaultsSearch { search(text: \"helse\") { node { id } } }"): typeof import('./graphql').FaultsSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FaultsTrace { traceToSdgs(fromId: \"objective-3\") { sdgs { id } } }"): typeof import('./graphql').FaultsTraceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FaultsGenerated { solutions { id } }"): typeof import('./graphql').FaultsGeneratedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FuzzNode { node(id: \"helsenorge\") { id } }"): typeof import('./graphql').FuzzNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GovernanceTreeOf($id: ID!, $asOf: String) { governanceTree(rootId: $id, asOf: $asOf) { nodes { id } edges { id source target type } } }"): typeof import('./graphql').GovernanceTreeOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GovernanceTreeMinistryCypher { governanceTree(rootId: \"ministry-of-health-and-care-services\") { nodes { id } } }"): typeof import('./graphql').GovernanceTreeMinistryCypherDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HistoryNeighbourhood($id: ID!, $asOf: String) {\n  neighbourhood(id: $id, depth: 1, asOf: $asOf) { nodes { id } edges { id } }\n}"): typeof import('./graphql').HistoryNeighbourhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HistoryChanges($from: String!, $to: String!) {\n  changes(from: $from, to: $to) {\n    date kind\n    node { id validFrom validTo }\n    edge { id validFrom validTo }\n    sources { document section }\n  }\n}"): typeof import('./graphql').HistoryChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HistoryTimeline { timeline }"): typeof import('./graphql').HistoryTimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HistoryConflicts { conflicts { edges { id sources { document section } } } }"): typeof import('./graphql').HistoryConflictsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DumpsOverseers($asOf: String) { neighbourhood(id: \"directorate-of-ehealth\", types: [\"OVERSEES\"], asOf: $asOf) { edges { source target type } } }"): typeof import('./graphql').DumpsOverseersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DumpsMergers { changes(from: \"2024-01-01\", to: \"2024-01-01\") { kind edge { source target type } } }"): typeof import('./graphql').DumpsMergersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DumpsSdgMatrix { sdgMatrix { cells { objective { id } sdg { id properties } wording } } }"): typeof import('./graphql').DumpsSdgMatrixDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DumpsEvidence { evidence(id: \"norsk-helsenett|RUNS|helsenorge\") { title section paragraph url quote } }"): typeof import('./graphql').DumpsEvidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DumpsRootFields { __schema { queryType { fields { name type { ofType { ofType { ofType { name } } } } } } } }"): typeof import('./graphql').DumpsRootFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LinkedDataEntitiesNode { node(id: \"norsk-helsenett\") { name nameNo } }"): typeof import('./graphql').LinkedDataEntitiesNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LinkedDataEntitiesEvidence($id: ID!) { evidence(id: $id) { section } }"): typeof import('./graphql').LinkedDataEntitiesEvidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LinkedDataEntitiesNeighbourhood($asOf: String) { neighbourhood(id: \"directorate-of-ehealth\", asOf: $asOf) { edges { id } } }"): typeof import('./graphql').LinkedDataEntitiesNeighbourhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NeighbourhoodOf { neighbourhood(id: \"helsenorge\", depth: 3) { nodes { id } } }"): typeof import('./graphql').NeighbourhoodOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NorwegianDescriptionsNode { node(id: \"kjernejournal\") { id description descriptionNo } }"): typeof import('./graphql').NorwegianDescriptionsNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NorwegianDescriptionsSearch { search(text: \"Helsenorge\", limit: 3) { node { id description descriptionNo } } }"): typeof import('./graphql').NorwegianDescriptionsSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NorwegianDescriptionsSearch2 { search(text: \"fjernoppfølging\", limit: 10) { node { id } } }"): typeof import('./graphql').NorwegianDescriptionsSearch2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NorwegianDescriptionsNeighbourhood { neighbourhood(id: \"e-resept\", depth: 1) { nodes { id descriptionNo } } }"): typeof import('./graphql').NorwegianDescriptionsNeighbourhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NorwegianDescriptionsSolutions { solutions(where: { id: { eq: \"e-resept\" } }) { id description descriptionNo } }"): typeof import('./graphql').NorwegianDescriptionsSolutionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NorwegianReasonsNeighbourhood { neighbourhood(id: \"helsenorge\", depth: 1) { edges { id reason reasonNo } } }"): typeof import('./graphql').NorwegianReasonsNeighbourhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NorwegianReasonsTraceToSdgs { traceToSdgs(fromId: \"helsenorge\") { paths { steps { id reason reasonNo } } } }"): typeof import('./graphql').NorwegianReasonsTraceToSdgsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NorwegianReasonsSdgMatrix { sdgMatrix { cells { objective { id } sdg { id } reason reasonNo } } }"): typeof import('./graphql').NorwegianReasonsSdgMatrixDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NorwegianReasonsSolutions { solutions(where: { id: { eq: \"helsenorge\" } }) { supportsConnection { edges { node { id } properties { reason reasonNo } } } } }"): typeof import('./graphql').NorwegianReasonsSolutionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProcessSurvivesNode { node(id: \"helsenorge\") { id } }"): typeof import('./graphql').ProcessSurvivesNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadCacheName { node(id: \"helsenorge\") { name } }"): typeof import('./graphql').ReadCacheNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadCacheSolutions { solutions(where: { id: { eq: \"cache-test-solution\" } }) { id } }"): typeof import('./graphql').ReadCacheSolutionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadCacheAccessNode { node(id: \"kjernejournal\") { id name } }"): typeof import('./graphql').ReadCacheAccessNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadCacheDayPlan($id: ID!) { node(id: $id) { id } }"): typeof import('./graphql').ReadCacheDayPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RequestBoundsNode { node(id: \"helsenorge\") { id } }"): typeof import('./graphql').RequestBoundsNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RequestBoundsUnionCapped { countries(where: { id: { eq: \"norway\" } }) { locatedInIncoming(limit: 5) { __typename } } }"): typeof import('./graphql').RequestBoundsUnionCappedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RequestBoundsUnionWhole { countries(where: { id: { eq: \"norway\" } }) { locatedInIncoming { __typename } } }"): typeof import('./graphql').RequestBoundsUnionWholeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RequestBoundsFirstPage { outcomesConnection(first: 2) { pageInfo { endCursor } edges { node { id } } } }"): typeof import('./graphql').RequestBoundsFirstPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RequestBoundsNextPage($after: String) { outcomesConnection(first: 2, after: $after) { edges { node { id } } } }"): typeof import('./graphql').RequestBoundsNextPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RequestBoundsOutcomes { outcomes { id } }"): typeof import('./graphql').RequestBoundsOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchAcrossDates($text: String!, $asOf: String, $limit: Int) {\n    search(text: $text, asOf: $asOf, limit: $limit) {\n      inForce\n      node {\n        id\n        validFrom\n        validTo\n      }\n      succession {\n        succeededBy {\n          type\n          validFrom\n          node {\n            id\n          }\n        }\n        precededBy {\n          type\n          validFrom\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchAcrossDatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Predecessors($id: ID!) {\n    succession(id: $id) {\n      precededBy {\n        type\n        validFrom\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PredecessorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SubgraphOfIds($ids: [ID!]!) { subgraph(ids: $ids) { nodes { id type name } edges { id source target type basis } } }"): typeof import('./graphql').SubgraphOfIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SubgraphAsOf($ids: [ID!]!) { subgraph(ids: $ids, asOf: \"2024-01-01\") { nodes { id } } }"): typeof import('./graphql').SubgraphAsOfDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
