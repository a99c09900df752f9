/**
 * The classes of request that once made the API answer INTERNAL_SERVER_ERROR (found by the 20,000
 * request schema fuzz, refused since: server/limits/generatedInputs.ts and connectionSelections.ts),
 * recognised in a fuzz request by reading it against the schema. Written apart from the server's
 * guards on purpose: it tells whether the in-suite fuzz still *sends* such requests, so that its
 * "no INTERNAL_SERVER_ERROR" check could fail if a guard were lost.
 */
import {
  type GraphQLInputType,
  type GraphQLSchema,
  getNullableType,
  isInputObjectType,
  isListType,
  parse,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
} from "graphql";
import type { SchemaRequest } from "./schemaFuzz.ts";

export type FuzzClass =
  | "null for an input-object field"
  | "two operations on one updated field"
  | "empty node filter under AND/OR/NOT"
  | "a connection field under two aliases";

export const FUZZ_CLASSES: readonly FuzzClass[] = [
  "null for an input-object field",
  "two operations on one updated field",
  "empty node filter under AND/OR/NOT",
  "a connection field under two aliases",
];

const LOGICAL = new Set(["AND", "OR", "NOT"]);
const isEmptyObject = (value: unknown) =>
  typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;

/** The classes an argument's value (already coerced to JSON) falls in. */
function valueClasses(value: unknown, type: GraphQLInputType, underLogical: boolean, found: Set<FuzzClass>) {
  const nullable = getNullableType(type);
  if (value === null || value === undefined) return;
  if (isListType(nullable)) {
    if (Array.isArray(value))
      for (const item of value) valueClasses(item, nullable.ofType, underLogical, found);
    return;
  }
  if (!isInputObjectType(nullable) || typeof value !== "object") return;
  const fields = nullable.getFields();
  const entries = Object.entries(value as Record<string, unknown>);
  if (nullable.name.endsWith("Mutations") && entries.length > 1)
    found.add("two operations on one updated field");
  if (
    underLogical &&
    nullable.name.endsWith("ConnectionWhere") &&
    isEmptyObject((value as { node?: unknown }).node)
  )
    found.add("empty node filter under AND/OR/NOT");
  for (const [key, inner] of entries) {
    const field = fields[key];
    if (!field) continue;
    if (inner === null && isInputObjectType(getNullableType(field.type)))
      found.add("null for an input-object field");
    valueClasses(inner, field.type, underLogical || LOGICAL.has(key), found);
  }
}

/** Which of the once-fatal classes `request` belongs to (none for most requests). */
export function fuzzClassesOf(schema: GraphQLSchema, request: SchemaRequest): Set<FuzzClass> {
  const found = new Set<FuzzClass>();
  let document: ReturnType<typeof parse>;
  try {
    document = parse(request.query);
  } catch {
    return found;
  }
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const type = typeInfo.getInputType();
        if (!type) return;
        // Undefined when the value does not coerce: graphql-js refuses such a request itself.
        const value = valueFromAST(node.value, type, request.variables);
        valueClasses(value, type, false, found);
      },
      SelectionSet(node) {
        const parent = typeInfo.getParentType();
        if (!parent || !(parent.name.endsWith("Connection") || parent.name.endsWith("Aggregate"))) return;
        const aliasesOf = new Map<string, Set<string>>();
        for (const selection of node.selections) {
          if (selection.kind !== "Field" || !selection.selectionSet) continue;
          const aliases = aliasesOf.get(selection.name.value) ?? new Set<string>();
          aliases.add(selection.alias?.value ?? selection.name.value);
          aliasesOf.set(selection.name.value, aliases);
          if (aliases.size > 1) found.add("a connection field under two aliases");
        }
      },
    }),
  );
  return found;
}
