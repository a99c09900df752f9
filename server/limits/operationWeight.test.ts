import { getIntrospectionQuery, type OperationDefinitionNode, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { HEAVY, introspects, operationWeight } from "./operationWeight.ts";

const operationOf = (query: string) => {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === "OperationDefinition",
  );
  if (!operation) throw new Error("no operation");
  return { document, operation };
};
const asksForSchema = (query: string) => {
  const { document, operation } = operationOf(query);
  return introspects(operation, document);
};

describe("an operation's weight in the execution gate", () => {
  it("is the heaviest for an introspection, at the root, in an inline fragment or through a named one", () => {
    expect(asksForSchema(getIntrospectionQuery())).toBe(true);
    expect(asksForSchema('{ __type(name: "Query") { name } }')).toBe(true);
    expect(asksForSchema("{ ... on Query { __schema { queryType { name } } } }")).toBe(true);
    expect(
      asksForSchema(
        "query { ...F } fragment F on Query { ...G } fragment G on Query { __schema { types { name } } }",
      ),
    ).toBe(true);
    expect(operationWeight(1, true)).toBe(HEAVY);
  });

  it("is not an introspection for __typename or for ordinary fields, even with cyclic fragments", () => {
    expect(asksForSchema("{ __typename sdgs { id } }")).toBe(false);
    expect(asksForSchema("query { ...F } fragment F on Query { ...F sdgs { id } }")).toBe(false);
  });

  it("grows with the cost, one unit per thousand, between one and the heaviest", () => {
    expect(operationWeight(0, false)).toBe(1);
    expect(operationWeight(502, false)).toBe(1);
    expect(operationWeight(6_001, false)).toBe(7);
    expect(operationWeight(300_030, false)).toBe(HEAVY);
  });
});
