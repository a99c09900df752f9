/**
 * The generated API's paging and sorting arguments, checked before @neo4j/graphql sees them.
 *
 * The library passes them to Cypher as they come, and each wrong value failed somewhere worse
 * than here: a negative `limit`, `offset` or `first` reached Neo4j and came back as an internal
 * error; `limit: 0` and `first: 0` read as "no limit" and returned every node, past the type's
 * `@limit(max:)`; a malformed `after` cursor decoded to `SKIP NaN`; a sort object with two keys
 * sorts in whatever order its keys happen to arrive (the API's documented form is one key per
 * object, in a list that gives the order). Each is the client's mistake, named by its argument.
 */
import type { GraphQLField } from "graphql";
import { connectionNodeType, isGeneratedList } from "./listSizes.ts";

export interface ArgumentProblem {
  readonly argument: string;
  readonly message: string;
}

/** graphql-relay's offset cursors: base64 of `arrayconnection:<offset>`. */
const CURSOR_PREFIX = "arrayconnection:";
/** The longest cursor the API hands out (an offset below 2^31) is 28 characters; allow slack. */
const MAX_CURSOR_LENGTH = 64;

export function isValidCursor(cursor: string): boolean {
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9+/]*={0,2}$/.test(cursor)) return false;
  const decoded = Buffer.from(cursor, "base64").toString("utf8");
  if (!decoded.startsWith(CURSOR_PREFIX)) return false;
  const offset = decoded.slice(CURSOR_PREFIX.length);
  return /^\d{1,10}$/.test(offset) && Number(offset) < 2 ** 31;
}

/** The sort element's first path that does not name exactly one key, or undefined. */
function ambiguousSort(element: unknown, path: string): string | undefined {
  if (typeof element !== "object" || element === null || Array.isArray(element)) return undefined;
  const keys = Object.keys(element);
  if (keys.length !== 1) return path;
  const [key] = keys as [string];
  return ambiguousSort((element as Record<string, unknown>)[key], `${path}.${key}`);
}

/** What is wrong with a generated field's paging and sorting arguments; empty when nothing is. */
export function pagingProblems(
  field: GraphQLField<unknown, unknown>,
  args: Readonly<Record<string, unknown>>,
): ArgumentProblem[] {
  const problems: ArgumentProblem[] = [];
  const list = isGeneratedList(field);
  const connection = connectionNodeType(field) !== undefined;
  if (!list && !connection) return problems;
  const where = `${field.name}`;
  const atLeast = (name: string, min: number, why: string) => {
    const value = args[name];
    if (typeof value === "number" && value < min) {
      problems.push({
        argument: name,
        message: `${name} of ${where} must be at least ${min}${why} (got ${value})`,
      });
    }
  };
  if (list) {
    atLeast("limit", 1, "; leave it out for the default page");
    atLeast("offset", 0, "");
  }
  if (connection) {
    atLeast("first", 1, "; leave it out for the default page");
    const after = args.after;
    if (typeof after === "string" && !isValidCursor(after)) {
      problems.push({
        argument: "after",
        message: `after of ${where} is not a cursor this API handed out (use pageInfo.endCursor or an edge's cursor)`,
      });
    }
  }
  const sort = args.sort;
  if (Array.isArray(sort)) {
    sort.forEach((element, index) => {
      const path = ambiguousSort(element, `sort[${index}]`);
      if (path !== undefined) {
        problems.push({
          argument: "sort",
          message: `${path} of ${where} must name exactly one field; give one object per field, in order: sort: [{ name: ASC }, { id: DESC }]`,
        });
      }
    });
  }
  return problems;
}
