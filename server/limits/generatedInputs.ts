/**
 * Input values that pass graphql-js's coercion but that @neo4j/graphql cannot translate: it
 * crashed on them (a TypeError or a GraphQLError without a code), and the client got an
 * INTERNAL_SERVER_ERROR for its own mistake. Found by the schema fuzzer; each is refused before
 * any Cypher is built, naming the argument.
 *
 * - `null` for a field of input-object type, anywhere in an argument (`where: { name: null }`,
 *   `where: { locatedInConnection: null }`, a union filter's `{ Hospital: null }`, an update's
 *   `{ description: null }`): the library reads the object's keys without a null check, or, for a
 *   union member, writes a Cypher WHERE with nothing in it (a syntax error in Neo4j).
 * - An empty `node: {}` in a relationship connection's filter under AND, OR or NOT, when the
 *   connection's `aggregate` is asked for: the library looks up an attribute named `undefined`
 *   ("Attribute undefined not found"). The empty filter means nothing, so it is refused always.
 * - An update of one field with more than one operation (`{ aliases: { set: [], push: "x" } }`):
 *   the library refuses it with an uncoded "Conflicting modification" error.
 */
import {
  type GraphQLField,
  type GraphQLInputType,
  getNullableType,
  isInputObjectType,
  isListType,
} from "graphql";
import type { ArgumentProblem } from "./pagingArguments.ts";

/** Suffix of the generated types of one field's update operations (`set`, `push`, `add` …). */
const UPDATE_OPERATIONS_SUFFIX = /Mutations$/;
/** Suffix of the generated filter types of a relationship connection (`…ConnectionWhere`). */
const CONNECTION_WHERE_SUFFIX = /ConnectionWhere$/;
const LOGICAL = new Set(["AND", "OR", "NOT"]);

const isEmptyObject = (value: unknown) =>
  typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;

/** The first problem in `value` (of `type`, at `path`), or undefined; iterative, since input is bounded. */
function firstProblem(value: unknown, type: GraphQLInputType, path: string): string | undefined {
  // The flag: whether the value sits under a logical operator (AND, OR, NOT).
  const pending: [unknown, GraphQLInputType, string, boolean][] = [[value, type, path, false]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [current, currentType, at, underLogical] = next;
    const nullable = getNullableType(currentType);
    if (current === null || current === undefined) continue;
    if (isListType(nullable)) {
      if (Array.isArray(current)) {
        current.forEach((item, index) => {
          pending.push([item, nullable.ofType, `${at}[${index}]`, underLogical]);
        });
      }
      continue;
    }
    if (!isInputObjectType(nullable) || typeof current !== "object") continue;
    const entries = Object.entries(current as Record<string, unknown>);
    if (UPDATE_OPERATIONS_SUFFIX.test(nullable.name) && entries.length > 1) {
      return `${at} gives ${entries.length} operations (${entries.map(([k]) => k).join(", ")}); give one operation per field`;
    }
    if (
      underLogical &&
      CONNECTION_WHERE_SUFFIX.test(nullable.name) &&
      isEmptyObject((current as Record<string, unknown>).node)
    ) {
      return `${at}.node is empty, which filters nothing; leave it out`;
    }
    const fields = nullable.getFields();
    for (const [key, child] of entries) {
      const fieldType = fields[key]?.type;
      if (!fieldType) continue;
      const childNullable = getNullableType(fieldType);
      if (child === null && (isInputObjectType(childNullable) || isListType(childNullable))) {
        if (isInputObjectType(childNullable)) {
          return `${at}.${key} is null; leave it out, or give an object (${childNullable.name})`;
        }
        continue;
      }
      pending.push([child, fieldType, `${at}.${key}`, underLogical || LOGICAL.has(key)]);
    }
  }
  return undefined;
}

/** What is wrong with a field's input-object arguments that the library cannot translate. */
export function generatedInputProblems(
  field: GraphQLField<unknown, unknown>,
  args: Readonly<Record<string, unknown>>,
): ArgumentProblem[] {
  const problems: ArgumentProblem[] = [];
  for (const definition of field.args) {
    const value = args[definition.name];
    if (value === undefined || value === null) continue;
    const problem = firstProblem(value, definition.type, definition.name);
    if (problem) problems.push({ argument: definition.name, message: `${problem} (in ${field.name})` });
  }
  return problems;
}
