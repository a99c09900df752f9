/**
 * The generated graph schema describes what it generates, and saved Cypher follows the model.
 * Whether the committed graph.graphql and docs/model.md are current is `npm run lint:generated`.
 */
import { describe, expect, it } from "vitest";
import { cypherFile } from "#cypher/cypherFile.ts";
import { TRACE_TYPES } from "#model/model.ts";
import { SEED_MODULES } from "#seed/modules.ts";
import { validateSeed } from "#seed/validate.ts";
import { generateGraphSdl } from "#server/schema/generateGraphSdl.ts";

const seed = validateSeed(SEED_MODULES);

describe("the generated graph schema", () => {
  it("gives every type and field of the graph schema a description", () => {
    const sdl = generateGraphSdl(seed);
    const lines = sdl.split("\n");
    lines.forEach((line, index) => {
      if (/^\s*(type|interface|union) \w+|^\s+\w+: /.test(line)) {
        expect(lines[index - 1], `no description before: ${line}`).toMatch(/"""/);
      }
    });
  });
});

describe("saved Cypher", () => {
  it("traceToSdgs follows exactly the model's TRACE_TYPES", () => {
    const types = /\[:([A-Z_|]+)\*1\.\.6\]/.exec(cypherFile("queries/traceToSdgs"))?.[1]?.split("|");
    expect(types?.sort()).toEqual([...TRACE_TYPES].sort());
  });
});
