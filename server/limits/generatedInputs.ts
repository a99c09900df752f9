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

/** The first problem in `value` (of `type`, at `path`), or undefined; iterative, since input is bounded. */
function firstProblem(value: unknown, type: GraphQLInputType, path: string): string | undefined {
  const pending: [unknown, GraphQLInputType, string][] = [[value, type, path]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [current, currentType, at] = next;
    const nullable = getNullableType(currentType);
    if (current === null || current === undefined) continue;
    if (isListType(nullable)) {
      if (Array.isArray(current)) {
        current.forEach((item, index) => {
          pending.push([item, nullable.ofType, `${at}[${index}]`]);
        });
      }
      continue;
    }
    if (!isInputObjectType(nullable) || typeof current !== "object") continue;
    const entries = Object.entries(current as Record<string, unknown>);
    if (UPDATE_OPERATIONS_SUFFIX.test(nullable.name) && entries.length > 1) {
      return `${at} gives ${entries.length} operations (${entries.map(([k]) => k).join(", ")}); give one operation per field`;
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
      pending.push([child, fieldType, `${at}.${key}`]);
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
