/**
 * Explicit page sizes for generated lists whose target is a union.
 *
 * @neo4j/graphql applies a type's `@limit(default:, max:)` to lists of that type, but a union
 * cannot carry the directive, and for a list or connection of a union the library then reads
 * every match (`MATCH … UNION … collect(…)` with no LIMIT). This writes the page size it would
 * have applied into the operation as an argument — the default where none was given, the max in
 * place of a larger one — so every generated list is bounded the same way and the query cost
 * (queryCost.ts) counts what really runs. Nothing changes for a list that stays within the max.
 */
import {
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  isUnionType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from "graphql";
import { connectionNodeType, isGeneratedList, type ListSizes } from "./listSizes.ts";

function withArgument(node: FieldNode, name: string, value: number): FieldNode {
  const argument: ArgumentNode = {
    kind: Kind.ARGUMENT,
    name: { kind: Kind.NAME, value: name },
    value: { kind: Kind.INT, value: String(value) },
  };
  return { ...node, arguments: [...(node.arguments ?? []).filter((a) => a.name.value !== name), argument] };
}

/**
 * The document with explicit page sizes on union lists and connections; the same object when
 * none needed one (the usual case: no union list, or one within its max).
 */
export function withUnionLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>>,
  sizes: ListSizes,
): DocumentNode {
  const typeInfo = new TypeInfo(schema);
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const field = typeInfo.getFieldDef();
        if (!field) return undefined;
        const list = isGeneratedList(field);
        const target = list ? getNamedType(field.type) : connectionNodeType(field);
        if (!target || !isUnionType(target)) return undefined;
        const limit = sizes.limitOf(target);
        if (!limit) return undefined;
        let args: Record<string, unknown>;
        try {
          args = getArgumentValues(field, node, variables);
        } catch {
          return undefined;
        }
        const name = list ? "limit" : "first";
        const asked = args[name];
        if (typeof asked === "number" && asked >= 1 && asked <= limit.max) return undefined;
        return withArgument(
          node,
          name,
          typeof asked === "number" && asked > limit.max ? limit.max : limit.default,
        );
      },
    }),
  );
}
