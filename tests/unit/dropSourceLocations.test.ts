/**
 * The built schema keeps no parser locations (they pinned the whole token list of the
 * augmented SDL, about 50 MiB per process), and still validates and reports request errors with
 * their locations, which come from the request's own document.
 */
import { createRequire } from "node:module";
import { buildSchema as buildFromSdl, type GraphQLSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { dropSourceLocations } from "#server/schema/dropSourceLocations.ts";

const SDL = `
  "A thing" type Thing { id: ID! name(lang: String): String kind: Kind }
  enum Kind { A B }
  input ThingWhere { id: ID }
  type Query { thing(where: ThingWhere): Thing }
  directive @note(text: String) on FIELD_DEFINITION
`;

function astNodes(schema: GraphQLSchema): unknown[] {
  const nodes: unknown[] = [schema.astNode];
  for (const type of Object.values(schema.getTypeMap())) {
    nodes.push(type.astNode);
    if ("getFields" in type)
      for (const field of Object.values(type.getFields())) {
        nodes.push(field.astNode);
        if ("args" in field) for (const arg of field.args) nodes.push(arg.astNode);
      }
    if ("getValues" in type) for (const value of type.getValues()) nodes.push(value.astNode);
  }
  for (const directive of schema.getDirectives()) nodes.push(directive.astNode);
  return nodes.filter((node) => node != null);
}

function hasLoc(node: unknown, seen = new Set<unknown>()): boolean {
  if (typeof node !== "object" || node === null || seen.has(node)) return false;
  seen.add(node);
  if ("loc" in node && node.loc !== undefined) return true;
  return Object.values(node).some((value) => hasLoc(value, seen));
}

describe("dropSourceLocations", () => {
  it("leaves no AST node of the schema with a location, and unlinks the tokens", () => {
    const schema = buildFromSdl(SDL);
    const nodes = astNodes(schema);
    expect(nodes.some((node) => hasLoc(node))).toBe(true);
    const token = schema.getQueryType()?.astNode?.loc?.startToken;
    expect(token?.next).not.toBeNull();
    dropSourceLocations(schema);
    expect(nodes.some((node) => hasLoc(node))).toBe(false);
    expect(token?.next).toBeNull();
  });

  it("still validates requests and reports where in the request an error is", () => {
    const schema = dropSourceLocations(buildFromSdl(SDL));
    const errors = validate(schema, parse("{ thing { id nope } }"));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.locations).toEqual([{ line: 1, column: 14 }]);
    expect(validate(schema, parse('{ thing(where: { id: "a" }) { name(lang: "no") kind } }'))).toEqual([]);
  });
});

describe("the API schema as served", () => {
  // The generated API is a contract: the memory work must not drop the spellings @neo4j/graphql
  // marks deprecated (`id_EQ` …), which earlier clients of this API may send.
  it("still accepts the deprecated generated filter spellings beside their replacements", async () => {
    const { buildSchema } = await import("#server/schema/buildSchema.ts");
    const schema = await buildSchema(undefined, "x".repeat(32));
    // @neo4j/graphql loads graphql's CommonJS build: validate with that same instance.
    const graphqlCjs: typeof import("graphql") = createRequire(import.meta.url)("graphql");
    const check = (query: string) => graphqlCjs.validate(schema, graphqlCjs.parse(query));
    expect(check('{ solutions(where: { id_EQ: "helsenorge" }) { id } }')).toEqual([]);
    expect(check('{ solutions(where: { id: { eq: "helsenorge" } }) { id } }')).toEqual([]);
  }, 60_000);
});
