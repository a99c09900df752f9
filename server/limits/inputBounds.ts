/**
 * How deep and how large an input value (an argument's `where`, `sort`, a variable) may be.
 *
 * @neo4j/graphql turns a filter into Cypher one level per level of input: a `where` of 300
 * nested `NOT`s (1.8 KB) became Cypher that overflowed Neo4j's parser stack, and the request then
 * hung for minutes holding a pooled connection. No filter anyone writes by hand is more than a few
 * levels deep, so input is refused past INPUT_LIMITS before any Cypher is built.
 */
import { UnreachableCaseError } from "#platform/UnreachableCaseError.ts";

export interface InputLimits {
  /** Levels of objects and lists (a scalar is level 0; `{ id: { eq: "x" } }` is 2). */
  readonly maxDepth: number;
  /** Values of every kind (objects, lists, scalars) in one argument or variable. */
  readonly maxValues: number;
}

/**
 * About 20 levels (a relationship filter nested four deep with AND/OR/NOT at each is ~15) and
 * 1,000 values (`subgraph(ids:)` takes up to 500 ids).
 */
export const INPUT_LIMITS: InputLimits = { maxDepth: 20, maxValues: 1_000 };

export type InputExcess =
  | { readonly kind: "depth"; readonly depth: number }
  | { readonly kind: "size"; readonly values: number };

/**
 * The first way `value` exceeds `limits`, or undefined. Iterative and stopping at the first
 * excess, so a hostile value 40,000 levels deep (what fits in a 100 KB body) costs no stack and
 * only as much time as the limits allow.
 */
export function inputExcess(value: unknown, limits: InputLimits): InputExcess | undefined {
  const pending: [unknown, number][] = [[value, 0]];
  let values = 0;
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [current, depth] = next;
    values += 1;
    if (values > limits.maxValues) return { kind: "size", values };
    if (typeof current !== "object" || current === null) continue;
    if (depth + 1 > limits.maxDepth) return { kind: "depth", depth: depth + 1 };
    const children = Array.isArray(current) ? current : Object.values(current);
    for (const child of children) pending.push([child, depth + 1]);
  }
  return undefined;
}

export function describeExcess(excess: InputExcess, limits: InputLimits): string {
  switch (excess.kind) {
    case "depth":
      return `is nested more than ${limits.maxDepth} levels deep`;
    case "size":
      return `holds more than ${limits.maxValues} values`;
    default:
      throw new UnreachableCaseError(excess);
  }
}
