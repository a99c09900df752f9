/**
 * The in-suite schema fuzz (300 requests, fuzz.int.test.ts) checks that no answer is an
 * INTERNAL_SERVER_ERROR. That check can only catch a lost guard if the fuzz still sends the
 * requests the guards refuse: this samples exactly the requests the suite sends (same seed, same
 * count, the schema the server serves) and counts each once-fatal class in them.
 */
import fc from "fast-check";
import { buildClientSchema, introspectionFromSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { buildSchema } from "#server/schema/buildSchema.ts";
import { FUZZ_CLASSES, fuzzClassesOf } from "../integration/fuzzClasses.ts";
import { fuzzSeed, schemaFuzzRequests } from "../integration/fuzzSeed.ts";
import { schemaRequests } from "../integration/schemaFuzz.ts";

describe("the in-suite schema fuzz", () => {
  it("sends requests of every class that once crashed the API's translation", async () => {
    const schema = await buildSchema(undefined, "a secret only this test knows, forty characters");
    const introspection = introspectionFromSchema(schema);
    const served = buildClientSchema(introspection);
    const requests = fc.sample(schemaRequests(introspection), {
      numRuns: schemaFuzzRequests(),
      seed: fuzzSeed(),
    });
    const counts = new Map(FUZZ_CLASSES.map((c) => [c, 0]));
    for (const request of requests)
      for (const c of fuzzClassesOf(served, request)) counts.set(c, (counts.get(c) ?? 0) + 1);
    for (const c of FUZZ_CLASSES)
      expect(counts.get(c), `${c}: ${JSON.stringify([...counts])}`).toBeGreaterThanOrEqual(3);
  }, 60_000);

  it("recognises each class in the request that first showed it, and none in a plain read", async () => {
    const schema = await buildSchema(undefined, "a secret only this test knows, forty characters");
    const of = (query: string, variables: Record<string, unknown> = {}) => [
      ...fuzzClassesOf(schema, { query, variables }),
    ];
    expect(
      of("query($w: ResponsibilityAreaWhere) { responsibilityAreas(where: $w) { id } }", {
        w: { name: null },
      }),
    ).toEqual(["null for an input-object field"]);
    expect(
      of(
        'mutation { updatePeople(where: { id: { eq: "nobody" } }, update: { aliases: { set: [], push: ["x"] } }) { people { id } } }',
      ),
    ).toEqual(["two operations on one updated field"]);
    expect(
      of(
        "{ ministries(limit: 1) { locatedInConnection(where: { OR: [{ node: {} }] }) { aggregate { count { nodes } } } } }",
      ),
    ).toEqual(["empty node filter under AND/OR/NOT"]);
    expect(of("{ visionsConnection { aggregate { a: count { nodes } b: count { nodes } } } }")).toEqual([
      "a connection field under two aliases",
    ]);
    expect(of('{ solutions(where: { id: { eq: "helsenorge" } }, limit: 1) { id name } }')).toEqual([]);
  }, 60_000);
});
