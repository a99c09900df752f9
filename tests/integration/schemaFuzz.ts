/**
 * A fuzzer built from the served schema itself (introspection): operations over randomly chosen
 * root fields of the whole generated and explorer API, each argument given a value of its type —
 * or of a wrong type, out of range, nested deep, or large — as a literal or a variable, and
 * selections that follow the types' fields (nested relationship lists, connections, unions and
 * interfaces through inline fragments) several levels down. Shared by the integration fuzz
 * (fuzz.int.test.ts, a short run inside `npm test`) and the attack benchmark (bench/bounds.ts,
 * 20,000 requests at 20 in flight).
 *
 * Replayable: `fc.sample(arbitrary, { seed, numRuns })` gives the same requests for the same seed
 * and schema.
 */
import fc from "fast-check";
import {
  buildClientSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  type IntrospectionQuery,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from "graphql";

export interface SchemaRequest {
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

const REAL_IDS = [
  "helsenorge",
  "kjernejournal",
  "objective-3",
  "sdg-3",
  "norway",
  "ministry-of-health-and-care-services",
  "national-ehealth-strategy-2023",
] as const;

const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...REAL_IDS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 20 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "",
      "*",
      "\\",
      '"',
      "' OR 1=1 --",
      "}) MATCH (n) DETACH DELETE n //",
      "\u0000",
      "ÆØÅ",
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom("2024", "2024-13-45", "not a date", "1900-01-01", "9999-12-31") },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 20_000 }).map((n) => "x".repeat(n)) },
);

const hostileInt = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -3, max: 50 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31), 1_000, 100_000) },
);

/** A value that does not fit any type: the wrong kind, or nested too deep, or too large. */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, 1.5, "x", [], {}, 2 ** 53),
  fc.integer({ min: 21, max: 400 }).map((depth) => {
    let value: unknown = { id: { eq: "sdg-3" } };
    for (let i = 0; i < depth; i++) value = { NOT: value };
    return value;
  }),
  fc.integer({ min: 1_001, max: 3_000 }).map((n) => Array.from({ length: n }, (_, i) => `id-${i}`)),
);

/** A JSON value for an input type, mostly of that type; `depth` bounds the recursion. */
function inputValue(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
  const nullable = getNullableType(type);
  const right = typedValue(nullable, depth);
  // An explicit null where an input object belongs is its own weight: @neo4j/graphql read such
  // objects' keys without a null check (a crash the fuzz found and the server now refuses).
  const absent = isInputObjectType(nullable) ? 2 : 0;
  return fc.oneof(
    { weight: 12, arbitrary: right },
    { weight: 1, arbitrary: wrongValue },
    { weight: absent, arbitrary: fc.constant(null) },
  );
}

function typedValue(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
  if (isListType(type)) {
    return fc.array(inputValue(type.ofType, depth - 1), { maxLength: depth > 0 ? 3 : 1 });
  }
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.value as unknown));
  if (isScalarType(type)) {
    switch (type.name) {
      case "Int":
        return hostileInt;
      case "Float":
        return fc.oneof(hostileInt, fc.double({ noNaN: true, noDefaultInfinity: true }));
      case "Boolean":
        return fc.boolean();
      default:
        return hostileString;
    }
  }
  if (isInputObjectType(type)) {
    if (depth <= 0) return fc.constant({});
    const fields = Object.values(type.getFields());
    if (fields.length === 0) return fc.constant({});
    // Mostly a few fields; sometimes every field at once (two operations on one updated field,
    // every logical operator together), a shape a careful client never sends.
    const few = fc.uniqueArray(fc.constantFrom(...fields), {
      maxLength: Math.min(3, fields.length),
      selector: (f) => f.name,
    });
    const every = fields.length <= 8 ? fc.constant(fields) : few;
    return fc
      .oneof({ weight: 6, arbitrary: few }, { weight: 1, arbitrary: every })
      .chain((chosen) =>
        chosen.length === 0
          ? fc.constant({})
          : fc
              .tuple(...chosen.map((f) => inputValue(f.type, depth - 1)))
              .map((values) => Object.fromEntries(chosen.map((f, i) => [f.name, values[i]]))),
      );
  }
  return fc.constant(null);
}

/** A GraphQL literal for a JSON value (input object keys are names, enums bare). */
function literal(value: unknown, type: GraphQLInputType): string {
  const nullable = getNullableType(type);
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) {
    const item = isListType(nullable) ? nullable.ofType : nullable;
    return `[${value.map((v) => literal(v, item)).join(", ")}]`;
  }
  if (typeof value === "object") {
    const fields = isInputObjectType(nullable) ? nullable.getFields() : {};
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${literal(v, fields[k]?.type ?? nullable)}`)
      .join(", ")} }`;
  }
  if (typeof value === "string" && isEnumType(getNamedType(nullable)) && /^[A-Za-z_]\w*$/.test(value))
    return value;
  return JSON.stringify(value) ?? "null";
}

interface Built {
  readonly text: string;
  readonly variables: [name: string, type: string, value: unknown][];
}

type Field = GraphQLField<unknown, unknown>;

/** Arguments of a field: required ones always, optional ones sometimes; literals or variables. */
function argumentsOf(field: Field, prefix: string, depth: number): fc.Arbitrary<Built> {
  if (field.args.length === 0) return fc.constant({ text: "", variables: [] });
  const one = (arg: GraphQLArgument, index: number) =>
    fc
      .record({
        present: isNonNullType(arg.type) ? fc.constant(true) : fc.boolean(),
        asVariable: fc.boolean(),
        value: inputValue(arg.type, depth),
      })
      .map(({ present, asVariable, value }): Built | undefined => {
        if (!present) return undefined;
        if (!asVariable) return { text: `${arg.name}: ${literal(value, arg.type)}`, variables: [] };
        const name = `${prefix}_a${index}`;
        return { text: `${arg.name}: $${name}`, variables: [[name, arg.type.toString(), value]] };
      });
  return fc.tuple(...field.args.map(one)).map((parts) => {
    const present = parts.filter((p): p is Built => p !== undefined);
    return present.length === 0
      ? { text: "", variables: [] }
      : {
          text: `(${present.map((p) => p.text).join(", ")})`,
          variables: present.flatMap((p) => p.variables),
        };
  });
}

/** `count` arbitraries made by `make(index)`, so that each part gets its own names. */
function indexed(
  count: fc.Arbitrary<number>,
  make: (index: number) => fc.Arbitrary<Built>,
): fc.Arbitrary<Built[]> {
  return count.chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => make(i))));
}

const isComposite = (type: GraphQLOutputType) => {
  const named = getNamedType(type);
  return isObjectType(named) || isUnionType(named) || isInterfaceType(named);
};

/**
 * A selection on `type`, following its fields `depth` levels further down; variable and alias
 * names are made from `path`, so no two in one operation collide.
 */
function selectionOf(
  schema: GraphQLSchema,
  type: GraphQLOutputType,
  depth: number,
  path: string,
): fc.Arbitrary<Built> {
  const named = getNamedType(type);
  if (isUnionType(named) || isInterfaceType(named)) {
    return fc.constantFrom(...schema.getPossibleTypes(named)).chain((member) =>
      selectionOf(schema, member, depth, path).map((inner) => ({
        text: `{ __typename ... on ${member.name} ${inner.text} }`,
        variables: inner.variables,
      })),
    );
  }
  if (!isObjectType(named)) return fc.constant({ text: "", variables: [] });
  const fields = Object.values(named.getFields());
  const leaves = fields.filter((f) => !isComposite(f.type) && f.args.every((a) => !isNonNullType(a.type)));
  const nested = depth > 0 ? fields.filter((f) => isComposite(f.type)) : [];
  const leaf =
    leaves.length > 0
      ? fc.constantFrom(...leaves).map((f): Built => ({ text: f.name, variables: [] }))
      : fc.constant<Built>({ text: "__typename", variables: [] });
  const child = (index: number): fc.Arbitrary<Built> => {
    if (nested.length === 0) return leaf;
    const at = `${path}_${index}`;
    const deeper = fc.constantFrom(...nested).chain((field) =>
      fc.tuple(argumentsOf(field, at, 3), selectionOf(schema, field.type, depth - 1, at)).map(
        ([args, inner]): Built => ({
          text: `${at}: ${field.name}${args.text} ${inner.text}`,
          variables: [...args.variables, ...inner.variables],
        }),
      ),
    );
    return fc.oneof({ weight: 3, arbitrary: leaf }, { weight: 1, arbitrary: deeper });
  };
  return indexed(fc.integer({ min: 1, max: 4 }), child).map((parts) => ({
    text: `{ __typename ${parts.map((p) => p.text).join(" ")} }`,
    variables: parts.flatMap((p) => p.variables),
  }));
}

/**
 * An update that gives one field several operations at once (`aliases: { set: [], push: "x" }`),
 * for every generated update whose input has such a field: a shape the random walk above reaches
 * about once in a thousand requests (a mutation, its optional `update`, a list or number field, two
 * of its operations), which once crashed @neo4j/graphql's translation.
 */
function multiOperationUpdates(schema: GraphQLSchema): fc.Arbitrary<SchemaRequest> | undefined {
  const candidates = Object.values(schema.getMutationType()?.getFields() ?? {}).flatMap((field) => {
    const update = field.args.find((a) => a.name === "update");
    const input = update ? getNamedType(update.type) : undefined;
    if (!input || !isInputObjectType(input)) return [];
    return Object.values(input.getFields()).flatMap((inputField) => {
      const operations = getNamedType(inputField.type);
      return isInputObjectType(operations) && Object.keys(operations.getFields()).length > 1
        ? [{ field, inputField: inputField.name, operations: Object.values(operations.getFields()) }]
        : [];
    });
  });
  if (candidates.length === 0) return undefined;
  return fc.constantFrom(...candidates).chain(({ field, inputField, operations }) =>
    fc
      .tuple(
        fc.tuple(...operations.map((op) => typedValue(getNullableType(op.type), 1))),
        selectionOf(schema, field.type, 1, "r0"),
      )
      .map(([values, inner]): SchemaRequest => {
        const given = operations.map((op, i) => `${op.name}: ${literal(values[i], op.type)}`).join(", ");
        return {
          query: `mutation${inner.variables.length === 0 ? "" : `(${inner.variables.map(([n, t]) => `$${n}: ${t}`).join(", ")})`} { r0: ${field.name}(where: { id: { eq: "nobody" } }, update: { ${inputField}: { ${given} } }) ${inner.text} }`,
          variables: Object.fromEntries(inner.variables.map(([n, , v]) => [n, v])),
        };
      }),
  );
}

/** Requests over the schema's root query fields (and, rarely, its mutations, which need a token). */
export function schemaRequests(introspection: IntrospectionQuery): fc.Arbitrary<SchemaRequest> {
  const schema = buildClientSchema(introspection);
  const rootField = (root: "query" | "mutation") => {
    const type = root === "query" ? schema.getQueryType() : schema.getMutationType();
    const fields = Object.values(type?.getFields() ?? {});
    return (index: number) =>
      fc.constantFrom(...fields).chain((field) =>
        fc.tuple(argumentsOf(field, `r${index}`, 3), selectionOf(schema, field.type, 3, `r${index}`)).map(
          ([args, inner]): Built => ({
            text: `r${index}: ${field.name}${args.text} ${inner.text}`,
            variables: [...args.variables, ...inner.variables],
          }),
        ),
      );
  };
  const operation = (root: "query" | "mutation") =>
    indexed(fc.integer({ min: 1, max: 2 }), rootField(root)).map((parts): SchemaRequest => {
      const variables = parts.flatMap((p) => p.variables);
      const declared =
        variables.length === 0 ? "" : `(${variables.map(([n, t]) => `$${n}: ${t}`).join(", ")})`;
      return {
        query: `${root}${declared} { ${parts.map((p) => p.text).join(" ")} }`,
        variables: Object.fromEntries(variables.map(([n, , v]) => [n, v])),
      };
    });
  const updates = multiOperationUpdates(schema);
  return fc.oneof(
    { weight: 18, arbitrary: operation("query") },
    { weight: 2, arbitrary: operation("mutation") },
    ...(updates ? [{ weight: 1, arbitrary: updates }] : []),
  );
}
