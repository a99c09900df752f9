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
`);

graphql(`
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
  query Search($text: String!, $limit: Int, $asOf: String) {
    search(text: $text, limit: $limit, asOf: $asOf) {
      score
      node {
        ...NodeFields
      }
    }
  }
`);

/** The sources of one node or relationship, by id, whatever the canvas draws. */
export const EVIDENCE = graphql(`
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
`);

export const NEIGHBOURHOOD = graphql(`
  query Neighbourhood($id: ID!, $depth: Int, $types: [String!], $asOf: String) {
    neighbourhood(id: $id, depth: $depth, types: $types, asOf: $asOf) {
      ...SubgraphFields
    }
  }
`);

export const GOVERNANCE_TREE = graphql(`
  query GovernanceTree($rootId: ID!, $asOf: String) {
    governanceTree(rootId: $rootId, asOf: $asOf) {
      ...SubgraphFields
    }
  }
`);

export const SUBGRAPH = graphql(`
  query Subgraph($ids: [ID!]!, $asOf: String) {
    subgraph(ids: $ids, asOf: $asOf) {
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
  query Trace($fromId: ID!, $asOf: String) {
    traceToSdgs(fromId: $fromId, asOf: $asOf) {
      ...TraceFields
    }
  }
`);

/**
 * Everything a shared link needs, in one request: the root's tree, the listed nodes with every
 * relationship among them, and the trace if one is open, all as of the view's day.
 */
export const RESTORE = graphql(`
  query Restore(
    $rootId: ID!
    $withTree: Boolean!
    $ids: [ID!]!
    $traceId: ID!
    $withTrace: Boolean!
    $asOf: String
  ) {
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
`);

export const MATRIX = graphql(`
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
`);

export const SHORTEST_PATH = graphql(`
  query ShortestPath($fromId: ID!, $toId: ID!, $asOf: String) {
    shortestPath(fromId: $fromId, toId: $toId, asOf: $asOf) {
      ...SubgraphFields
    }
  }
`);

/** Every day on which something starts or ends: the time slider's stops. */
export const TIMELINE = graphql(`
  query Timeline {
    timeline
  }
`);

/** What started and ended between two days: the list beside the compare view. */
export const CHANGES = graphql(`
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
`);

/** The five source documents: publisher, date and address for the evidence shown. */
export const SOURCE_DOCUMENTS = graphql(`
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
`);

/** The data release the graph holds: shown in the footer and recorded in links and exports. */
export const DATA_RELEASE = graphql(`
  query DataRelease {
    dataRelease {
      version
      date
      releases
      correctionCount
    }
  }
`);

/** Corrections since a release, or of one fact: for an older link's notice and a fact's panel. */
export const CORRECTIONS = graphql(`
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
`);
