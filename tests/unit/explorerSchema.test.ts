/** The explorer's hand-written SDL documents itself: the schema is the API's documentation. */
import { readFileSync } from "node:fs";
import { buildSchema, isObjectType } from "graphql";
import { describe, expect, it } from "vitest";

const schema = buildSchema(readFileSync("server/schema/explorer.graphql", "utf8"));
const types = Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith("__"));
const own = types.filter((type) => !["String", "Int", "Float", "Boolean", "ID"].includes(type.name));

describe("server/schema/explorer.graphql", () => {
  it.each(own.map((type) => [type.name, type] as const))("describes the type %s", (_name, type) => {
    if (type.name !== "Query") expect(type.description?.length ?? 0).toBeGreaterThan(5);
  });

  it.each(
    own
      .filter(isObjectType)
      .flatMap((type) =>
        Object.values(type.getFields()).map((field) => [`${type.name}.${field.name}`, field] as const),
      ),
  )("describes the field %s", (_name, field) => {
    expect(field.description?.length ?? 0).toBeGreaterThan(5);
  });

  it("takes asOf on every query that reads the graph, and changes takes from and to", () => {
    const query = schema.getQueryType();
    const args = (name: string) => query?.getFields()[name]?.args.map((arg) => arg.name) ?? [];
    for (const name of ["search", "node", "neighbourhood", "governanceTree", "traceToSdgs", "shortestPath"]) {
      expect(args(name), name).toContain("asOf");
    }
    for (const name of ["sdgMatrix", "conflicts", "evidence"]) expect(args(name), name).toContain("asOf");
    expect(args("changes")).toEqual(["from", "to"]);
  });
});
