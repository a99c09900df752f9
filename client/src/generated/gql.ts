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
    "\n  fragment NodeFields on GraphNode {\n    id\n    type\n    name\n    nameNo\n    aliases\n    description\n    descriptionNo\n    properties\n    validFrom\n    validTo\n    sources {\n      document\n      title\n      section\n      paragraph\n      quote\n      language\n      url\n    }\n  }\n": typeof types.NodeFieldsFragmentDoc,
    "\n  fragment EdgeFields on GraphEdge {\n    id\n    source\n    target\n    type\n    basis\n    strength\n    wording\n    reason\n    reasonNo\n    conflict\n    validFrom\n    validTo\n    properties\n    sources {\n      document\n      title\n      section\n      paragraph\n      quote\n      language\n      url\n    }\n  }\n": typeof types.EdgeFieldsFragmentDoc,
    "\n  fragment SubgraphFields on Subgraph {\n    nodes {\n      ...NodeFields\n    }\n    edges {\n      ...EdgeFields\n    }\n  }\n": typeof types.SubgraphFieldsFragmentDoc,
    "\n  fragment SuccessionFields on Succession {\n    succeededBy { type validFrom node { ...NodeFields } }\n    precededBy { type validFrom node { ...NodeFields } }\n  }\n": typeof types.SuccessionFieldsFragmentDoc,
    "\n  query Search($text: String!, $limit: Int, $asOf: String) {\n    search(text: $text, limit: $limit, asOf: $asOf) {\n      score\n      inForce\n      node {\n        ...NodeFields\n      }\n      succession { ...SuccessionFields }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query Succession($id: ID!) { succession(id: $id) { ...SuccessionFields } }\n": typeof types.SuccessionDocument,
    "\n  query Evidence($id: ID!, $asOf: String) {\n    evidence(id: $id, asOf: $asOf) {\n      document\n      title\n      section\n      paragraph\n      quote\n      language\n      url\n    }\n  }\n": typeof types.EvidenceDocument,
    "\n  query Neighbourhood($id: ID!, $depth: Int, $types: [String!], $asOf: String) {\n    neighbourhood(id: $id, depth: $depth, types: $types, asOf: $asOf) {\n      ...SubgraphFields\n    }\n  }\n": typeof types.NeighbourhoodDocument,
    "\n  query GovernanceTree($rootId: ID!, $asOf: String) {\n    governanceTree(rootId: $rootId, asOf: $asOf) {\n      ...SubgraphFields\n    }\n  }\n": typeof types.GovernanceTreeDocument,
    "\n  query Subgraph($ids: [ID!]!, $asOf: String) {\n    subgraph(ids: $ids, asOf: $asOf) {\n      ...SubgraphFields\n    }\n  }\n": typeof types.SubgraphDocument,
    "\n  fragment TraceFields on SdgTrace {\n    from {\n      ...NodeFields\n    }\n    sdgs {\n      ...NodeFields\n    }\n    paths {\n      sdg {\n        ...NodeFields\n      }\n      steps {\n        ...EdgeFields\n      }\n    }\n    subgraph {\n      ...SubgraphFields\n    }\n  }\n": typeof types.TraceFieldsFragmentDoc,
    "\n  query Trace($fromId: ID!, $asOf: String) {\n    traceToSdgs(fromId: $fromId, asOf: $asOf) {\n      ...TraceFields\n    }\n  }\n": typeof types.TraceDocument,
    "\n  query Restore(\n    $rootId: ID!\n    $withTree: Boolean!\n    $ids: [ID!]!\n    $traceId: ID!\n    $withTrace: Boolean!\n    $asOf: String\n  ) {\n    governanceTree(rootId: $rootId, asOf: $asOf) @include(if: $withTree) {\n      ...SubgraphFields\n    }\n    subgraph(ids: $ids, asOf: $asOf) {\n      ...SubgraphFields\n    }\n    traceToSdgs(fromId: $traceId, asOf: $asOf) @include(if: $withTrace) {\n      ...TraceFields\n    }\n  }\n": typeof types.RestoreDocument,
    "\n  query Matrix($asOf: String) {\n    sdgMatrix(asOf: $asOf) {\n      objectives {\n        ...NodeFields\n      }\n      sdgs {\n        ...NodeFields\n      }\n      cells {\n        strength\n        wording\n        reason\n        reasonNo\n        objective {\n          ...NodeFields\n        }\n        sdg {\n          ...NodeFields\n        }\n        sources {\n          document\n          title\n          section\n          paragraph\n          quote\n          language\n          url\n        }\n      }\n    }\n  }\n": typeof types.MatrixDocument,
    "\n  query ShortestPath($fromId: ID!, $toId: ID!, $asOf: String) {\n    shortestPath(fromId: $fromId, toId: $toId, asOf: $asOf) {\n      ...SubgraphFields\n    }\n  }\n": typeof types.ShortestPathDocument,
    "\n  query Timeline {\n    timeline\n  }\n": typeof types.TimelineDocument,
    "\n  query Changes($from: String!, $to: String!) {\n    changes(from: $from, to: $to) {\n      date\n      kind\n      node {\n        ...NodeFields\n      }\n      edge {\n        ...EdgeFields\n      }\n      edgeEnds {\n        ...NodeFields\n      }\n    }\n  }\n": typeof types.ChangesDocument,
    "\n  query SourceDocuments {\n    sourceDocuments {\n      id\n      title\n      publisher\n      date\n      published\n      dateNote\n      url\n    }\n  }\n": typeof types.SourceDocumentsDocument,
    "\n  query DataRelease {\n    dataRelease {\n      version\n      date\n      releases\n      correctionCount\n    }\n  }\n": typeof types.DataReleaseDocument,
    "\n  query Corrections($since: String, $item: ID) {\n    corrections(since: $since, item: $item) {\n      item\n      field\n      was\n      now\n      why\n      date\n      release\n    }\n  }\n": typeof types.CorrectionsDocument,
};
const documents: Documents = {
    "\n  fragment NodeFields on GraphNode {\n    id\n    type\n    name\n    nameNo\n    aliases\n    description\n    descriptionNo\n    properties\n    validFrom\n    validTo\n    sources {\n      document\n      title\n      section\n      paragraph\n      quote\n      language\n      url\n    }\n  }\n": types.NodeFieldsFragmentDoc,
    "\n  fragment EdgeFields on GraphEdge {\n    id\n    source\n    target\n    type\n    basis\n    strength\n    wording\n    reason\n    reasonNo\n    conflict\n    validFrom\n    validTo\n    properties\n    sources {\n      document\n      title\n      section\n      paragraph\n      quote\n      language\n      url\n    }\n  }\n": types.EdgeFieldsFragmentDoc,
    "\n  fragment SubgraphFields on Subgraph {\n    nodes {\n      ...NodeFields\n    }\n    edges {\n      ...EdgeFields\n    }\n  }\n": types.SubgraphFieldsFragmentDoc,
    "\n  fragment SuccessionFields on Succession {\n    succeededBy { type validFrom node { ...NodeFields } }\n    precededBy { type validFrom node { ...NodeFields } }\n  }\n": types.SuccessionFieldsFragmentDoc,
    "\n  query Search($text: String!, $limit: Int, $asOf: String) {\n    search(text: $text, limit: $limit, asOf: $asOf) {\n      score\n      inForce\n      node {\n        ...NodeFields\n      }\n      succession { ...SuccessionFields }\n    }\n  }\n": types.SearchDocument,
    "\n  query Succession($id: ID!) { succession(id: $id) { ...SuccessionFields } }\n": types.SuccessionDocument,
    "\n  query Evidence($id: ID!, $asOf: String) {\n    evidence(id: $id, asOf: $asOf) {\n      document\n      title\n      section\n      paragraph\n      quote\n      language\n      url\n    }\n  }\n": types.EvidenceDocument,
    "\n  query Neighbourhood($id: ID!, $depth: Int, $types: [String!], $asOf: String) {\n    neighbourhood(id: $id, depth: $depth, types: $types, asOf: $asOf) {\n      ...SubgraphFields\n    }\n  }\n": types.NeighbourhoodDocument,
    "\n  query GovernanceTree($rootId: ID!, $asOf: String) {\n    governanceTree(rootId: $rootId, asOf: $asOf) {\n      ...SubgraphFields\n    }\n  }\n": types.GovernanceTreeDocument,
    "\n  query Subgraph($ids: [ID!]!, $asOf: String) {\n    subgraph(ids: $ids, asOf: $asOf) {\n      ...SubgraphFields\n    }\n  }\n": types.SubgraphDocument,
    "\n  fragment TraceFields on SdgTrace {\n    from {\n      ...NodeFields\n    }\n    sdgs {\n      ...NodeFields\n    }\n    paths {\n      sdg {\n        ...NodeFields\n      }\n      steps {\n        ...EdgeFields\n      }\n    }\n    subgraph {\n      ...SubgraphFields\n    }\n  }\n": types.TraceFieldsFragmentDoc,
    "\n  query Trace($fromId: ID!, $asOf: String) {\n    traceToSdgs(fromId: $fromId, asOf: $asOf) {\n      ...TraceFields\n    }\n  }\n": types.TraceDocument,
    "\n  query Restore(\n    $rootId: ID!\n    $withTree: Boolean!\n    $ids: [ID!]!\n    $traceId: ID!\n    $withTrace: Boolean!\n    $asOf: String\n  ) {\n    governanceTree(rootId: $rootId, asOf: $asOf) @include(if: $withTree) {\n      ...SubgraphFields\n    }\n    subgraph(ids: $ids, asOf: $asOf) {\n      ...SubgraphFields\n    }\n    traceToSdgs(fromId: $traceId, asOf: $asOf) @include(if: $withTrace) {\n      ...TraceFields\n    }\n  }\n": types.RestoreDocument,
    "\n  query Matrix($asOf: String) {\n    sdgMatrix(asOf: $asOf) {\n      objectives {\n        ...NodeFields\n      }\n      sdgs {\n        ...NodeFields\n      }\n      cells {\n        strength\n        wording\n        reason\n        reasonNo\n        objective {\n          ...NodeFields\n        }\n        sdg {\n          ...NodeFields\n        }\n        sources {\n          document\n          title\n          section\n          paragraph\n          quote\n          language\n          url\n        }\n      }\n    }\n  }\n": types.MatrixDocument,
    "\n  query ShortestPath($fromId: ID!, $toId: ID!, $asOf: String) {\n    shortestPath(fromId: $fromId, toId: $toId, asOf: $asOf) {\n      ...SubgraphFields\n    }\n  }\n": types.ShortestPathDocument,
    "\n  query Timeline {\n    timeline\n  }\n": types.TimelineDocument,
    "\n  query Changes($from: String!, $to: String!) {\n    changes(from: $from, to: $to) {\n      date\n      kind\n      node {\n        ...NodeFields\n      }\n      edge {\n        ...EdgeFields\n      }\n      edgeEnds {\n        ...NodeFields\n      }\n    }\n  }\n": types.ChangesDocument,
    "\n  query SourceDocuments {\n    sourceDocuments {\n      id\n      title\n      publisher\n      date\n      published\n      dateNote\n      url\n    }\n  }\n": types.SourceDocumentsDocument,
    "\n  query DataRelease {\n    dataRelease {\n      version\n      date\n      releases\n      correctionCount\n    }\n  }\n": types.DataReleaseDocument,
    "\n  query Corrections($since: String, $item: ID) {\n    corrections(since: $since, item: $item) {\n      item\n      field\n      was\n      now\n      why\n      date\n      release\n    }\n  }\n": types.CorrectionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeFields on GraphNode {\n    id\n    type\n    name\n    nameNo\n    aliases\n    description\n    descriptionNo\n    properties\n    validFrom\n    validTo\n    sources {\n      document\n      title\n      section\n      paragraph\n      quote\n      language\n      url\n    }\n  }\n"): typeof import('./graphql').NodeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EdgeFields on GraphEdge {\n    id\n    source\n    target\n    type\n    basis\n    strength\n    wording\n    reason\n    reasonNo\n    conflict\n    validFrom\n    validTo\n    properties\n    sources {\n      document\n      title\n      section\n      paragraph\n      quote\n      language\n      url\n    }\n  }\n"): typeof import('./graphql').EdgeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubgraphFields on Subgraph {\n    nodes {\n      ...NodeFields\n    }\n    edges {\n      ...EdgeFields\n    }\n  }\n"): typeof import('./graphql').SubgraphFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SuccessionFields on Succession {\n    succeededBy { type validFrom node { ...NodeFields } }\n    precededBy { type validFrom node { ...NodeFields } }\n  }\n"): typeof import('./graphql').SuccessionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($text: String!, $limit: Int, $asOf: String) {\n    search(text: $text, limit: $limit, asOf: $asOf) {\n      score\n      inForce\n      node {\n        ...NodeFields\n      }\n      succession { ...SuccessionFields }\n    }\n  }\n"): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Succession($id: ID!) { succession(id: $id) { ...SuccessionFields } }\n"): typeof import('./graphql').SuccessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Evidence($id: ID!, $asOf: String) {\n    evidence(id: $id, asOf: $asOf) {\n      document\n      title\n      section\n      paragraph\n      quote\n      language\n      url\n    }\n  }\n"): typeof import('./graphql').EvidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighbourhood($id: ID!, $depth: Int, $types: [String!], $asOf: String) {\n    neighbourhood(id: $id, depth: $depth, types: $types, asOf: $asOf) {\n      ...SubgraphFields\n    }\n  }\n"): typeof import('./graphql').NeighbourhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GovernanceTree($rootId: ID!, $asOf: String) {\n    governanceTree(rootId: $rootId, asOf: $asOf) {\n      ...SubgraphFields\n    }\n  }\n"): typeof import('./graphql').GovernanceTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Subgraph($ids: [ID!]!, $asOf: String) {\n    subgraph(ids: $ids, asOf: $asOf) {\n      ...SubgraphFields\n    }\n  }\n"): typeof import('./graphql').SubgraphDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TraceFields on SdgTrace {\n    from {\n      ...NodeFields\n    }\n    sdgs {\n      ...NodeFields\n    }\n    paths {\n      sdg {\n        ...NodeFields\n      }\n      steps {\n        ...EdgeFields\n      }\n    }\n    subgraph {\n      ...SubgraphFields\n    }\n  }\n"): typeof import('./graphql').TraceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trace($fromId: ID!, $asOf: String) {\n    traceToSdgs(fromId: $fromId, asOf: $asOf) {\n      ...TraceFields\n    }\n  }\n"): typeof import('./graphql').TraceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Restore(\n    $rootId: ID!\n    $withTree: Boolean!\n    $ids: [ID!]!\n    $traceId: ID!\n    $withTrace: Boolean!\n    $asOf: String\n  ) {\n    governanceTree(rootId: $rootId, asOf: $asOf) @include(if: $withTree) {\n      ...SubgraphFields\n    }\n    subgraph(ids: $ids, asOf: $asOf) {\n      ...SubgraphFields\n    }\n    traceToSdgs(fromId: $traceId, asOf: $asOf) @include(if: $withTrace) {\n      ...TraceFields\n    }\n  }\n"): typeof import('./graphql').RestoreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Matrix($asOf: String) {\n    sdgMatrix(asOf: $asOf) {\n      objectives {\n        ...NodeFields\n      }\n      sdgs {\n        ...NodeFields\n      }\n      cells {\n        strength\n        wording\n        reason\n        reasonNo\n        objective {\n          ...NodeFields\n        }\n        sdg {\n          ...NodeFields\n        }\n        sources {\n          document\n          title\n          section\n          paragraph\n          quote\n          language\n          url\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MatrixDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShortestPath($fromId: ID!, $toId: ID!, $asOf: String) {\n    shortestPath(fromId: $fromId, toId: $toId, asOf: $asOf) {\n      ...SubgraphFields\n    }\n  }\n"): typeof import('./graphql').ShortestPathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Timeline {\n    timeline\n  }\n"): typeof import('./graphql').TimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Changes($from: String!, $to: String!) {\n    changes(from: $from, to: $to) {\n      date\n      kind\n      node {\n        ...NodeFields\n      }\n      edge {\n        ...EdgeFields\n      }\n      edgeEnds {\n        ...NodeFields\n      }\n    }\n  }\n"): typeof import('./graphql').ChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SourceDocuments {\n    sourceDocuments {\n      id\n      title\n      publisher\n      date\n      published\n      dateNote\n      url\n    }\n  }\n"): typeof import('./graphql').SourceDocumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataRelease {\n    dataRelease {\n      version\n      date\n      releases\n      correctionCount\n    }\n  }\n"): typeof import('./graphql').DataReleaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Corrections($since: String, $item: ID) {\n    corrections(since: $since, item: $item) {\n      item\n      field\n      was\n      now\n      why\n      date\n      release\n    }\n  }\n"): typeof import('./graphql').CorrectionsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
