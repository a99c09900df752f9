/** The GraphQL documents the explorer sends, one per operation. */

const NODE = "id type name nameNo aliases description properties sources { document title section }";
const EDGE =
  "id source target type basis strength reason conflict properties sources { document title section }";
const SUBGRAPH = `nodes { ${NODE} } edges { ${EDGE} }`;

export const SEARCH = `query Search($text: String!, $limit: Int) { search(text: $text, limit: $limit) { score node { ${NODE} } } }`;
export const NODE_QUERY = `query Node($id: ID!) { node(id: $id) { ${NODE} } }`;
export const NEIGHBOURHOOD = `query Neighbourhood($id: ID!, $depth: Int, $types: [String!]) { neighbourhood(id: $id, depth: $depth, types: $types) { ${SUBGRAPH} } }`;
export const GOVERNANCE_TREE = `query GovernanceTree($rootId: ID!) { governanceTree(rootId: $rootId) { ${SUBGRAPH} } }`;
export const TRACE = `query Trace($fromId: ID!) { traceToSdgs(fromId: $fromId) { from { ${NODE} } sdgs { ${NODE} } paths { sdg { ${NODE} } steps { ${EDGE} } } subgraph { ${SUBGRAPH} } } }`;
export const MATRIX = `query Matrix { sdgMatrix { objectives { ${NODE} } sdgs { ${NODE} } cells { strength reason objective { ${NODE} } sdg { ${NODE} } sources { document title section } } } }`;
