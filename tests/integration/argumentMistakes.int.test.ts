/**
 * Walks the generated API's argument types, read from the served schema by introspection, and
 * sends each paging, cursor, sort and filter argument a wrong value: every root list and
 * connection, and the first relationship list and connection of every type. Each answer must be
 * BAD_USER_INPUT naming that argument (HTTP 400), never INTERNAL_SERVER_ERROR and never a 5xx.
 */
import {
  buildClientSchema,
  type GraphQLField,
  type GraphQLObjectType,
  getNamedType,
  isInputObjectType,
  isObjectType,
} from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { untypedAnswer, useApp } from "./harness.ts";

interface Probe {
  readonly what: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
  readonly argument: string;
}

type Field = GraphQLField<unknown, unknown>;
const has = (field: Field, name: string) => field.args.some((a) => a.name === name);
const argType = (field: Field, name: string) =>
  field.args.find((a) => a.name === name)?.type.toString() ?? "";

/** A selection that is valid on the field's type: `__typename` everywhere, `edges` on a connection. */
function selection(field: Field): string {
  return has(field, "first") ? "{ edges { cursor } }" : "{ __typename }";
}

/** Whether a filter input takes NOT and OR (a union's filter does not). */
function takesNotAndOr(field: Field): boolean {
  const where = field.args.find((a) => a.name === "where");
  const type = where && getNamedType(where.type);
  return !!type && isInputObjectType(type) && "NOT" in type.getFields() && "OR" in type.getFields();
}

/**
 * Wrong values for one field's arguments, each expected to be refused by that argument's name;
 * `wrap` places the field in the operation (at the root, or under a root list).
 */
function probesFor(field: Field, wrap: (inner: string) => string): Probe[] {
  const probes: Probe[] = [];
  const add = (name: string, what: string, value: unknown) => {
    if (!has(field, name)) return;
    const query = `query($v: ${argType(field, name)}) { ${wrap(`${field.name}(${name}: $v) ${selection(field)}`)} }`;
    probes.push({
      what: `${wrap(field.name)} (${name}: ${what})`,
      query,
      variables: { v: value },
      argument: name,
    });
  };
  add("limit", "-1", -1);
  add("limit", "0", 0);
  add("offset", "-1", -1);
  add("first", "-1", -1);
  add("first", "0", 0);
  add("after", "not a cursor", "not a cursor");
  add("after", "a cursor of a negative offset", Buffer.from("arrayconnection:-1").toString("base64"));
  const sortType = field.args.find((a) => a.name === "sort")?.type;
  const sortInput = sortType && getNamedType(sortType);
  if (sortInput && isInputObjectType(sortInput)) {
    const keys = Object.keys(sortInput.getFields());
    if (keys.length >= 2) {
      const [a, b] = keys as [string, string];
      const leaf = (key: string) =>
        isInputObjectType(getNamedType(sortInput.getFields()[key]?.type ?? sortInput)) ? {} : "ASC";
      add("sort", "an object with two keys", [{ [a]: leaf(a), [b]: leaf(b) }]);
    }
  }
  if (takesNotAndOr(field)) {
    let deep: unknown = {};
    for (let i = 0; i < 40; i++) deep = { NOT: deep };
    add("where", "40 nested NOTs", deep);
    add("where", "1,500 alternatives", { OR: Array.from({ length: 1_500 }, () => ({})) });
  }
  return probes;
}

describe("the generated API's arguments, walked with wrong values", () => {
  const api = useApp();
  const probes: Probe[] = [];

  beforeAll(async () => {
    const { body } = await api.introspect();
    if (!body.data) throw new Error("introspection failed");
    const schema = buildClientSchema(body.data);
    const query = schema.getQueryType() as GraphQLObjectType;
    // The generated lists (limit and offset) and connections (first and after).
    const paged = (field: Field) =>
      (has(field, "limit") && has(field, "offset")) || (has(field, "first") && has(field, "after"));
    for (const field of Object.values(query.getFields()).filter(paged)) {
      probes.push(...probesFor(field, (inner) => inner));
    }
    // One relationship list and one relationship connection of every node type, nested under
    // the type's root list.
    for (const root of Object.values(query.getFields())) {
      const type = getNamedType(root.type);
      if (!isObjectType(type) || !has(root, "limit")) continue;
      const nested = Object.values(type.getFields());
      for (const field of [nested.find((f) => has(f, "limit")), nested.find((f) => has(f, "first"))]) {
        if (field) probes.push(...probesFor(field, (inner) => `${root.name}(limit: 1) { ${inner} }`));
      }
    }
  }, 60_000);

  it("refuses every wrong paging, cursor, sort and filter value as BAD_USER_INPUT naming the argument", async () => {
    expect(probes.length).toBeGreaterThan(300);
    const failures: string[] = [];
    // Bounded: a fixed list, eight in flight, on 127.0.0.1.
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < probes.length) {
          const probe = probes[next++] as Probe;
          const response = await fetch(`${api.url()}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ query: probe.query, variables: probe.variables }),
            signal: AbortSignal.timeout(15_000),
          });
          const body = untypedAnswer(await response.text());
          const extensions = body.errors?.[0]?.extensions;
          if (
            response.status !== 400 ||
            extensions?.code !== "BAD_USER_INPUT" ||
            extensions?.argument !== probe.argument
          ) {
            failures.push(
              `${probe.what}: ${response.status} ${JSON.stringify(body.errors?.[0] ?? body).slice(0, 200)}`,
            );
          }
        }
      }),
    );
    expect(
      failures.slice(0, 10),
      `${failures.length} of ${probes.length} wrong values not refused by name`,
    ).toEqual([]);
  }, 180_000);
});
