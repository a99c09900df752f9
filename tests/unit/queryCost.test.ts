/**
 * The list-aware query cost over the real schema: every document the explorer sends and every
 * Query-tab preset stays under the limit, while nested relationship lists multiply by their page
 * size and the review's eleven-level cycle is far over it.
 */
import {
  type FragmentDefinitionNode,
  type GraphQLSchema,
  getOperationAST,
  Kind,
  type OperationDefinitionNode,
  parse,
} from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { LIMITS } from "#server/limits/apiLimits.ts";
import { entityLimits, type ListSizes, listSizes } from "#server/limits/listSizes.ts";
import { operationCost } from "#server/limits/queryCost.ts";
import { buildSchema, graphTypeDefs } from "#server/schema/buildSchema.ts";
import { PRESETS } from "../../client/src/core/query/presets.ts";
import * as documents from "../../client/src/generated/graphql.ts";

let schema: GraphQLSchema;
let sizes: ListSizes;

beforeAll(async () => {
  schema = await buildSchema(undefined, "query-cost-test-secret-0123456789abcdef");
  sizes = listSizes(entityLimits(graphTypeDefs()));
}, 120_000);

function cost(query: string, variables: Record<string, unknown> = {}, stopAbove = Number.POSITIVE_INFINITY) {
  const document = parse(query);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const operation = getOperationAST(document) as OperationDefinitionNode;
  return operationCost({ schema, operation, fragments, variables, sizes, stopAbove });
}

describe("the list-aware query cost", () => {
  it("keeps every document the explorer sends under the limit (Restore with tree and trace included)", () => {
    const sent = Object.entries(documents).filter(([name]) => name.endsWith("Document"));
    expect(sent.length).toBeGreaterThanOrEqual(10);
    for (const [name, document] of sent) {
      expect(cost(String(document), { withTree: true, withTrace: true }), name).toBeLessThan(LIMITS.maxCost);
    }
  });

  it("keeps every Query-tab preset under the limit", () => {
    for (const preset of PRESETS) expect(cost(preset.query), preset.id).toBeLessThan(LIMITS.maxCost);
  });

  it("multiplies along nested lists by their page: the default 100, or the limit asked for", () => {
    const one = cost("{ objectives { id } }");
    const two = cost("{ objectives { outcomeOfIncoming { id } } }");
    const small = cost("{ objectives { outcomeOfIncoming(limit: 2) { id } } }");
    expect(two).toBeGreaterThan(50 * one);
    expect(small).toBeLessThan(two / 10);
    // A limit above the type's max counts as the max, as @neo4j/graphql applies it.
    expect(cost("{ objectives(limit: 1000000) { id } }")).toBe(cost("{ objectives(limit: 1000) { id } }"));
    // The same through a variable.
    expect(cost("query($n: Int) { objectives { outcomeOfIncoming(limit: $n) { id } } }", { n: 2 })).toBe(
      small,
    );
  });

  it("counts a connection's edges by its first", () => {
    const page = (first: number) =>
      cost(`{ objectives { outcomeOfIncomingConnection(first: ${first}) { edges { node { id name } } } } }`);
    expect(page(50)).toBeGreaterThan(10 * page(2));
  });

  it("leaves out what @skip or @include leaves out", () => {
    const query =
      "query($t: Boolean!) { objectives @include(if: $t) { outcomeOfIncoming { id } } sdgs { id } }";
    expect(cost(query, { t: false })).toBeLessThan(cost(query, { t: true }) / 10);
  });

  it("puts the review's eleven-level relationship cycle far over the limit", () => {
    let selection = "{ id }";
    for (let level = 10; level >= 1; level--) {
      selection = `{ ${level % 2 === 1 ? "outcomeOfIncoming" : "outcomeOf"} ${selection} }`;
    }
    expect(cost(`{ objectives ${selection} }`)).toBeGreaterThan(1e15);
  });

  it("costs a fragment once however often it is spread, and stops counting past the limit", () => {
    // Thirty fragments, each spreading the next twice: a 2^30 expansion.
    const fragments = Array.from(
      { length: 30 },
      (_, i) =>
        `fragment F${i} on Objective { id ${i < 29 ? `outcomeOfIncoming(limit: 1) { outcomeOf(limit: 1) { ...F${i + 1} ...F${i + 1} } }` : ""} }`,
    ).join(" ");
    const started = performance.now();
    const total = cost(`{ objectives { ...F0 } } ${fragments}`, {}, LIMITS.maxCost);
    expect(total).toBeGreaterThan(LIMITS.maxCost);
    expect(performance.now() - started).toBeLessThan(100);
  });
});
