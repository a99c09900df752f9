/**
 * The GraphQL documents the explorer sends, one per operation. `graphql()` is generated from
 * the SDL (npm run codegen:client): each document carries its result and variable types.
 */
import { graphql } from "@generated/gql.ts";

graphql(`
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
`);

graphql(`
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
`);

graphql(`
  fragment SubgraphFields on Subgraph {
    nodes {
      ...NodeFields
    }
    edges {
      ...EdgeFields
    }
  }
`);

export const SEARCH = graphql(`
  query Search($text: String!, $limit: Int) {
    search(text: $text, limit: $limit) {
      score
      node {
        ...NodeFields
      }
    }
  }
`);

export const NEIGHBOURHOOD = graphql(`
  query Neighbourhood($id: ID!, $depth: Int, $types: [String!]) {
    neighbourhood(id: $id, depth: $depth, types: $types) {
      ...SubgraphFields
    }
  }
`);

export const GOVERNANCE_TREE = graphql(`
  query GovernanceTree($rootId: ID!) {
    governanceTree(rootId: $rootId) {
      ...SubgraphFields
    }
  }
`);

export const SUBGRAPH = graphql(`
  query Subgraph($ids: [ID!]!) {
    subgraph(ids: $ids) {
      ...SubgraphFields
    }
  }
`);

graphql(`
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
`);

export const TRACE = graphql(`
  query Trace($fromId: ID!) {
    traceToSdgs(fromId: $fromId) {
      ...TraceFields
    }
  }
`);

/**
 * Everything a shared link needs, in one request: the tree (only for a view that is just the
 * tree), the listed nodes with every relationship among them, and the trace if one is open.
 */
export const RESTORE = graphql(`
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
`);

export const MATRIX = graphql(`
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
`);

export const SHORTEST_PATH = graphql(`
  query ShortestPath($fromId: ID!, $toId: ID!) {
    shortestPath(fromId: $fromId, toId: $toId) {
      ...SubgraphFields
    }
  }
`);

export const SOURCE_DOCUMENTS = graphql(`
  query SourceDocuments {
    sourceDocuments {
      id
      title
      publisher
      date
    }
  }
`);
