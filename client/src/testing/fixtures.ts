/**
 * Graph objects for client unit tests, typed against the generated API types: a field added to
 * the NodeFields or EdgeFields fragment fails the typecheck here, once, instead of in every test
 * that builds a node or an edge by hand.
 */
import type { EdgeFieldsFragment, NodeFieldsFragment, SubgraphFieldsFragment } from "@generated/graphql.ts";

/** A node with every field empty: its name is its id, its type "Agency" unless given. */
export function node(id: string, fields: Partial<NodeFieldsFragment> = {}): NodeFieldsFragment {
  return {
    id,
    type: "Agency",
    name: id,
    nameNo: null,
    aliases: [],
    description: null,
    descriptionNo: null,
    properties: {},
    validFrom: null,
    validTo: null,
    sources: [],
    ...fields,
  };
}

/** A stated relationship `source -type-> target`, its id "source|type|target" as the server forms it. */
export function edge(
  source: string,
  type: string,
  target: string,
  fields: Partial<EdgeFieldsFragment> = {},
): EdgeFieldsFragment {
  return {
    id: `${source}|${type}|${target}`,
    source,
    target,
    type,
    basis: "stated",
    strength: null,
    wording: null,
    reason: null,
    reasonNo: null,
    conflict: null,
    validFrom: null,
    validTo: null,
    properties: {},
    sources: [],
    ...fields,
  };
}

/** Nodes by id (each as `node(id)`) with the given edges. */
export function subgraph(
  ids: readonly string[],
  edges: readonly EdgeFieldsFragment[] = [],
): SubgraphFieldsFragment {
  return { nodes: ids.map((id) => node(id)), edges };
}
