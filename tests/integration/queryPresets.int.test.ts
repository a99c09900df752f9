/**
 * Every Query-tab preset against the schema the server serves: each validates as written and as the
 * tab sends it (with `__typename` added to every selection), and answers without errors. A preset
 * that asks a union for fields without fragments, or a field the schema lacks, fails here before a
 * user picks it.
 */
import { buildClientSchema, type GraphQLSchema, parse, print, validate } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { PRESETS } from "../../client/src/core/query/presets.ts";
import { addTypename } from "../../client/src/core/query/typename.ts";
import { resultToGraph } from "../../client/src/core/query/utils.ts";
import { useApp } from "./harness.ts";

describe("the Query tab's presets", () => {
  // The first reads meet a cold database on a busy machine: this is about validity, not speed.
  const api = useApp({ queryTimeoutMs: 30_000 });
  let schema: GraphQLSchema;

  beforeAll(async () => {
    const { body } = await api.introspect();
    if (!body.data) throw new Error(`introspection failed: ${JSON.stringify(body.errors)}`);
    schema = buildClientSchema(body.data);
  });

  it.each(PRESETS.map((preset) => [preset.id, preset] as const))(
    "%s validates against the served schema, as written and as sent",
    (_id, preset) => {
      const document = parse(preset.query);
      expect(validate(schema, document).map((error) => error.message)).toEqual([]);
      expect(validate(schema, addTypename(document)).map((error) => error.message)).toEqual([]);
    },
  );

  it.each(PRESETS.map((preset) => [preset.id, preset] as const))(
    "%s answers without errors, and with something to show",
    async (_id, preset) => {
      const { status, body } = await api.graphql(print(addTypename(parse(preset.query))));
      expect(body.errors).toBeUndefined();
      expect(status).toBe(200);
      expect(Object.values(body.data ?? {}).some((value) => value !== null)).toBe(true);
    },
  );

  it("lists Helsenorge's operators each with the period it ran it, ended ones with an end", async () => {
    const preset = PRESETS.find((p) => p.id === "helsenorge");
    if (!preset) throw new Error("no Helsenorge preset");
    const { body } = await api.graphql(print(addTypename(parse(preset.query))));
    const graph = resultToGraph(body.data);
    const runs = graph.edges.filter((edge) => edge.type === "RUNS" && edge.target === "helsenorge");
    expect(runs.length).toBeGreaterThanOrEqual(3);
    for (const edge of runs) expect(edge.validFrom, edge.id).toMatch(/^\d{4}/);
    expect(runs.filter((edge) => edge.validTo !== null).length).toBeGreaterThan(0);
  });
});
