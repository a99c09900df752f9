/**
 * What the Docs pane says about the schema. @neo4j/graphql generates most root query fields
 * (`ministries`, `ministriesConnection`, one per union) without a description, so the pane
 * derives one from a rule and from the described node type it returns. Imported only by the lazy
 * editor chunk: it pulls in graphql-js, which the first load must not carry.
 */
import {
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from "graphql";

type AnyField = GraphQLField<unknown, unknown>;

/** Fields @neo4j/graphql adds to its connection, edge and page types, described once here. */
const GENERATED_FIELDS: Readonly<Record<string, string>> = {
  edges: "One entry per node on this page, each with its cursor.",
  node: "The node this entry stands for.",
  cursor: "An opaque position: pass it as `after` to read the page that follows.",
  pageInfo: "Whether more pages follow or precede, and the cursors at both ends of this page.",
  totalCount: "How many nodes match the filter, over all pages.",
  hasNextPage: "True when a page follows this one.",
  hasPreviousPage: "True when a page precedes this one.",
  startCursor: "The cursor of the first entry on this page.",
  endCursor: "The cursor of the last entry on this page.",
  count: "How many nodes match.",
};

function sentence(text: string | null | undefined): string {
  return text ? ` ${text.trim()}` : "";
}

function isListOf(field: AnyField): boolean {
  const type = isNonNullType(field.type) ? field.type.ofType : field.type;
  return isListType(type);
}

/** The node type a `…Connection` type pages over (its `edges.node`). */
function connectionNode(type: GraphQLNamedType): GraphQLNamedType | undefined {
  if (!isObjectType(type)) return undefined;
  const edges = type.getFields().edges;
  const edge = edges ? getNamedType(edges.type) : undefined;
  const node = edge && isObjectType(edge) ? edge.getFields().node : undefined;
  return node ? getNamedType(node.type) : undefined;
}

function rootFieldDescription(field: AnyField): string | undefined {
  const target = getNamedType(field.type);
  if (field.name.endsWith("Connection")) {
    const node = connectionNode(target);
    if (node)
      return `${node.name} nodes a page at a time: \`first\` nodes after the cursor \`after\`, filtered by \`where\`, ordered by \`sort\`.${sentence(node.description)}`;
  }
  if (isListOf(field) && isUnionType(target)) {
    const members = target.getTypes().map((member) => member.name);
    return `Nodes of any of the types ${members.join(", ")} (the union ${target.name}), filtered per type by \`where\`, paged by \`limit\` and \`offset\`.`;
  }
  if (isListOf(field) && isObjectType(target))
    return `All ${target.name} nodes, filtered by \`where\`, ordered by \`sort\`, paged by \`limit\` and \`offset\`.${sentence(target.description)}`;
  return undefined;
}

/** The field's own description, or one derived from a rule when the schema gives none. */
export function fieldDescription(parent: GraphQLNamedType, field: AnyField, schema: GraphQLSchema): string {
  if (field.description) return field.description;
  const derived = parent === schema.getQueryType() ? rootFieldDescription(field) : undefined;
  if (derived) return derived;
  const generated = GENERATED_FIELDS[field.name];
  if (generated) return generated;
  const target = getNamedType(field.type);
  return target.description
    ? `The ${target.name} of this ${parent.name}. ${target.description}`
    : `The ${field.name} of this ${parent.name} (${String(field.type)}).`;
}

export interface DocsMatch {
  readonly type: string;
  /** Absent when the type's own name matched. */
  readonly field?: string;
}

/**
 * Types and fields whose name contains the term, case-insensitively: Query's fields first (that is
 * where a query starts), then types, then the fields of other types.
 */
export function searchSchema(schema: GraphQLSchema, term: string, limit = 60): DocsMatch[] {
  const needle = term.trim().toLowerCase();
  if (needle === "") return [];
  const matches = (name: string) => name.toLowerCase().includes(needle);
  const types = Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith("__"));
  const query = schema.getQueryType();
  const fieldsOf = (type: GraphQLNamedType): DocsMatch[] =>
    isObjectType(type)
      ? Object.keys(type.getFields())
          .filter(matches)
          .map((name) => ({ type: type.name, field: name }))
      : [];
  return [
    ...(query ? fieldsOf(query) : []),
    ...types.filter((type) => matches(type.name)).map((type) => ({ type: type.name })),
    ...types.filter((type) => type !== query).flatMap(fieldsOf),
  ].slice(0, limit);
}
