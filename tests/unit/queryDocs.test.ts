/**
 * The Docs pane describes every field of the served schema, including the root query fields
 * @neo4j/graphql generates without a description. The schema is the server's own, built without
 * a database and read back through introspection exactly as the explorer reads it.
 */
import { createRequire } from "node:module";
import { buildClientSchema, type GraphQLSchema, isObjectType } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSchema } from "#server/schema/buildSchema.ts";
import { fieldDescription, searchSchema } from "../../client/src/core/query/docs.ts";

// @neo4j/graphql builds its schema with graphql's CommonJS build, which refuses the ES module
// build's schema objects: introspect with the same copy, then rebuild as the browser does.
const commonJsGraphql: typeof import("graphql") = createRequire(import.meta.url)("graphql");
let schema: GraphQLSchema;

beforeAll(async () => {
  schema = buildClientSchema(
    commonJsGraphql.introspectionFromSchema(await buildSchema(undefined, "docs-test-secret")),
  );
}, 120_000);

describe("the Docs pane's field descriptions", () => {
  it("the served schema itself leaves most generated root fields undescribed (why the rule exists)", () => {
    const root = Object.values(schema.getQueryType()?.getFields() ?? {});
    expect(root.filter((field) => !field.description).length).toBeGreaterThan(100);
  });

  it("shows a description for every root query field: none is left blank", () => {
    const query = schema.getQueryType();
    if (!query) throw new Error("no Query type");
    const blank = Object.values(query.getFields()).filter(
      (field) => fieldDescription(query, field, schema).trim() === "",
    );
    expect(blank.map((field) => field.name)).toEqual([]);
  });

  it("shows a description for every field of every object type the pane can open", () => {
    const blank = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && !type.name.startsWith("__"))
      .flatMap((type) =>
        isObjectType(type)
          ? Object.values(type.getFields())
              .filter((field) => fieldDescription(type, field, schema).trim() === "")
              .map((field) => `${type.name}.${field.name}`)
          : [],
      );
    expect(blank).toEqual([]);
  });

  it("derives a list field's description from the node type's own description", () => {
    const query = schema.getQueryType();
    const ministries = query?.getFields().ministries;
    if (!query || !ministries) throw new Error("no Query.ministries");
    const text = fieldDescription(query, ministries, schema);
    expect(text).toMatch(/^All Ministry nodes, filtered by `where`/);
    expect(text).toContain(schema.getType("Ministry")?.description ?? "missing");
  });

  it("describes a connection field by the node type it pages over", () => {
    const query = schema.getQueryType();
    const field = query?.getFields().ministriesConnection;
    if (!query || !field) throw new Error("no Query.ministriesConnection");
    expect(fieldDescription(query, field, schema)).toMatch(/^Ministry nodes a page at a time/);
  });

  it("describes a generated union query by its member types", () => {
    const query = schema.getQueryType();
    const field = query?.getFields().ministryOwnsTargets;
    if (!query || !field) throw new Error("no Query.ministryOwnsTargets");
    expect(fieldDescription(query, field, schema)).toMatch(
      /^Nodes of any of the types .+ \(the union MinistryOwnsTarget\)/,
    );
  });
});

describe("the Docs pane's search", () => {
  it("finds Query's fields, then types, by part of their name, case-insensitively", () => {
    const matches = searchSchema(schema, "MINISTR");
    expect(matches[0]?.type).toBe("Query");
    expect(matches).toContainEqual({ type: "Query", field: "ministries" });
    expect(matches.some((m) => m.type === "Ministry" && m.field === undefined)).toBe(true);
    const firstType = matches.findIndex((m) => m.field === undefined);
    expect(matches.slice(0, firstType).every((m) => m.type === "Query")).toBe(true);
  });

  it("finds nothing for an empty term or a name the schema lacks", () => {
    expect(searchSchema(schema, "  ")).toEqual([]);
    expect(searchSchema(schema, "zzzNoSuchName")).toEqual([]);
  });

  it("never lists introspection types", () => {
    expect(searchSchema(schema, "__").filter((m) => m.type.startsWith("__"))).toEqual([]);
  });
});
