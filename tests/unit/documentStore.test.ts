/**
 * Apollo's document store, bounded in bytes: documents are kept without their token lists (what
 * let 111 distinct large queries take the heap unseen) yet still locate errors in the query.
 */
import { GraphQLError, type OperationDefinitionNode, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { boundedDocumentStore, slimDocument } from "#server/limits/documentStore.ts";

const query = (n: number) =>
  `{ ${Array.from({ length: 50 }, (_, i) => `a${i}: sdgs(limit: ${n}) { id }`).join(" ")} }`;

describe("the bounded document store", () => {
  it("unlinks the tokens but keeps each location's offsets, so errors still point into the query", () => {
    const document = parse("{ sdgs { id } }");
    const operation = document.definitions[0] as OperationDefinitionNode;
    const field = operation.selectionSet.selections[0];
    expect(field?.loc?.startToken).toBeTruthy();
    slimDocument(document);
    expect(field?.loc?.startToken).toBeNull();
    expect(new GraphQLError("x", { nodes: field ? [field] : [] }).locations).toEqual([
      { line: 1, column: 3 },
    ]);
  });

  it("counts a document by its nodes and source, growing with the query", () => {
    expect(slimDocument(parse(query(1))).bytes).toBeGreaterThan(
      10 * slimDocument(parse("{ sdgs { id } }")).bytes,
    );
  });

  it("holds no more than its budget, dropping the least recently used first", async () => {
    const one = slimDocument(parse(query(1))).bytes;
    const store = boundedDocumentStore(3 * one + one / 2);
    for (let n = 1; n <= 5; n++) await store.set(`q${n}`, parse(query(n)));
    expect(store.bytes()).toBeLessThanOrEqual(3 * one + one / 2);
    expect(await store.get("q1")).toBeUndefined();
    expect(await store.get("q5")).toBeDefined();
    // Read q3, then add another: q4 (not q3) is now the oldest and goes.
    await store.get("q3");
    await store.set("q6", parse(query(6)));
    expect(await store.get("q3")).toBeDefined();
    expect(await store.get("q4")).toBeUndefined();
  });
});
