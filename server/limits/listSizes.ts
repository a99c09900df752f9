/**
 * How many items each list field of the API can return: the multiplier the query cost
 * (queryCost.ts) applies along nested lists, and the page size the generated API is held to.
 *
 * Generated lists (every field with `limit`/`offset`, and connections with `first`) return what
 * @neo4j/graphql's `@limit(default:, max:)` on the target type allows: the `limit` (or `first`)
 * asked for, capped at `max`, or `default` without one. A union target carries no `@limit`
 * (GraphQL allows the directive on objects and interfaces only), and the library then applies no
 * limit at all; unionLimits.ts makes one explicit before execution, from the members' limits, so
 * the same rule holds for every generated list.
 *
 * The explorer's own lists are bounded by their resolvers; the bounds below are the constants
 * those resolvers enforce, so the cost counts what they can really return.
 */
import {
  type DocumentNode,
  type GraphQLField,
  type GraphQLNamedType,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  isUnionType,
  Kind,
  parse,
} from "graphql";
import { MAX_CHANGES } from "../queries/changes.ts";
import { MAX_SEARCH_LIMIT } from "../queries/search.ts";
import { MAX_SUBGRAPH_NODES } from "../queries/subgraphBounds.ts";
import { MAX_SUCCESSION_STEPS } from "../queries/succession.ts";
import { MAX_TRACE_PATHS } from "../queries/traceToSdgs.ts";

/** A type's `@limit(default:, max:)`. */
export interface EntityLimit {
  readonly default: number;
  readonly max: number;
}

/**
 * Sources of one node or relationship: the seed's longest list has 7; an imported graph could hold
 * more, which only the response ceiling then catches.
 */
const SOURCES_PER_ITEM = 10;
/** Steps of one trace path: traceToSdgs follows at most 6 relationships (cypher/queries/traceToSdgs.cypher). */
const TRACE_STEPS = 6;
/** The 17 UN Sustainable Development Goals. */
const SDGS = 17;
/** Objectives of one strategy: the seed's strategy has 6; room for a longer one. */
const STRATEGY_OBJECTIVES = 20;

/**
 * The explorer's lists of objects, by `Type.field`, with the most each returns. Edges of a
 * subgraph have no cap of their own: they are counted like neighbourhood's per-level read cap
 * (4 relationships per node); a denser graph is caught by the response ceiling.
 */
export const EXPLORER_LIST_SIZES: Readonly<Record<string, number>> = {
  "Subgraph.nodes": MAX_SUBGRAPH_NODES,
  "Subgraph.edges": 4 * MAX_SUBGRAPH_NODES,
  "SdgTrace.sdgs": SDGS,
  "SdgTrace.paths": MAX_TRACE_PATHS,
  "TracePath.steps": TRACE_STEPS,
  "SdgMatrix.objectives": STRATEGY_OBJECTIVES,
  "SdgMatrix.sdgs": SDGS,
  "SdgMatrix.cells": STRATEGY_OBJECTIVES * SDGS,
  "SdgMatrixCell.sources": SOURCES_PER_ITEM,
  "GraphNode.sources": SOURCES_PER_ITEM,
  "GraphNode.dateSources": SOURCES_PER_ITEM,
  "GraphEdge.sources": SOURCES_PER_ITEM,
  "GraphEdge.dateSources": SOURCES_PER_ITEM,
  "Change.sources": SOURCES_PER_ITEM,
  "Change.edgeEnds": 2,
  "Query.changes": MAX_CHANGES,
  "Query.evidence": SOURCES_PER_ITEM,
  "Query.sourceDocuments": 20,
  "Succession.succeededBy": MAX_SUCCESSION_STEPS,
  "Succession.precededBy": MAX_SUCCESSION_STEPS,
};

/** Any other list of objects (introspection's `fields`, `types` …): counted as this many items. */
export const UNKNOWN_LIST_SIZE = 100;

/** The `@limit` of every type and interface in the SDL, parsed without locations and dropped after. */
export function entityLimits(typeDefs: string | DocumentNode): ReadonlyMap<string, EntityLimit> {
  const document = typeof typeDefs === "string" ? parse(typeDefs, { noLocation: true }) : typeDefs;
  const limits = new Map<string, EntityLimit>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION)
      continue;
    const directive = definition.directives?.find((d) => d.name.value === "limit");
    if (!directive) continue;
    const value = (name: string) => {
      const arg = directive.arguments?.find((a) => a.name.value === name)?.value;
      return arg?.kind === Kind.INT ? Number(arg.value) : undefined;
    };
    const max = value("max");
    const byDefault = value("default") ?? max;
    if (max === undefined || byDefault === undefined) continue;
    limits.set(definition.name.value, { default: byDefault, max });
  }
  return limits;
}

export interface ListSizes {
  /** The `@limit` that holds for a generated list of `type` (a union: the largest of its members'). */
  limitOf(type: GraphQLNamedType): EntityLimit | undefined;
  /**
   * The most items `field` returns, given its (coerced) arguments; 1 when it is not a list. A
   * connection's `edges` takes the page size of the connection field above it (`page`).
   */
  itemsOf(
    parent: GraphQLNamedType,
    field: GraphQLField<unknown, unknown>,
    args: Readonly<Record<string, unknown>>,
    page: number | undefined,
  ): number;
  /** The page size of a generated connection field (its `first`), or undefined when it is none. */
  pageOf(field: GraphQLField<unknown, unknown>, args: Readonly<Record<string, unknown>>): number | undefined;
}

const asCount = (value: unknown): number | undefined =>
  typeof value === "number" && Number.isFinite(value) ? value : undefined;

/** True for a generated relationship or root list: it takes `limit` and `offset`. */
export function isGeneratedList(field: GraphQLField<unknown, unknown>): boolean {
  return (
    isListType(getNullableType(field.type)) &&
    field.args.some((a) => a.name === "limit") &&
    field.args.some((a) => a.name === "offset")
  );
}

/** The node type of a generated connection field (`…Connection` with `first` and `edges { node }`). */
export function connectionNodeType(field: GraphQLField<unknown, unknown>): GraphQLNamedType | undefined {
  if (!field.args.some((a) => a.name === "first")) return undefined;
  const connection = getNamedType(field.type);
  if (!isObjectType(connection)) return undefined;
  const edges = connection.getFields().edges;
  if (!edges) return undefined;
  const edge = getNamedType(edges.type);
  if (!isObjectType(edge)) return undefined;
  const node = edge.getFields().node;
  return node ? getNamedType(node.type) : undefined;
}

export function listSizes(limits: ReadonlyMap<string, EntityLimit>): ListSizes {
  const unionLimits = new Map<string, EntityLimit | undefined>();

  function limitOf(type: GraphQLNamedType): EntityLimit | undefined {
    if (!isUnionType(type)) return limits.get(type.name);
    if (!unionLimits.has(type.name)) {
      const members = type.getTypes().map((member) => limits.get(member.name));
      const known = members.filter((m): m is EntityLimit => m !== undefined);
      unionLimits.set(
        type.name,
        known.length === members.length && known.length > 0
          ? {
              default: Math.max(...known.map((m) => m.default)),
              max: Math.max(...known.map((m) => m.max)),
            }
          : undefined,
      );
    }
    return unionLimits.get(type.name);
  }

  /** What @neo4j/graphql (with unionLimits.ts for unions) applies: the asked size capped at max. */
  function pageSize(limit: EntityLimit, asked: unknown): number {
    const size = asCount(asked);
    return Math.min(size === undefined || size <= 0 ? limit.default : size, limit.max);
  }

  return {
    limitOf,
    pageOf(field, args) {
      const node = connectionNodeType(field);
      const limit = node && limitOf(node);
      return limit ? pageSize(limit, args.first) : undefined;
    },
    itemsOf(parent, field, args, page) {
      if (!isListType(getNullableType(field.type))) return 1;
      const target = getNamedType(field.type);
      if (isGeneratedList(field)) {
        const limit = limitOf(target);
        if (limit) return pageSize(limit, args.limit);
      }
      if (field.name === "edges" && page !== undefined) return page;
      if (parent.name === "Query" && field.name === "search") {
        return Math.min(asCount(args.limit) ?? 10, MAX_SEARCH_LIMIT);
      }
      const known = EXPLORER_LIST_SIZES[`${parent.name}.${field.name}`];
      if (known !== undefined) return known;
      // A list of scalars is one value to count; a list of objects multiplies what is under it.
      return isObjectType(target) || isInterfaceType(target) || isUnionType(target) ? UNKNOWN_LIST_SIZE : 1;
    },
  };
}
