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
    "query ApiHistoryNode($id: ID!) { node(id: $id) { id } }": typeof types.ApiHistoryNodeDocument,
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
    "query ApiHistoryNode($id: ID!) { node(id: $id) { id } }": types.ApiHistoryNodeDocument,
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
export function graphql(source: "query ApiHistoryNode($id: ID!) { node(id: $id) { id } }"): typeof import('./graphql').ApiHistoryNodeDocument;
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


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
