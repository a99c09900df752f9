/** Generated artefacts stay in step with their sources, and saved Cypher with the model. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cypherFile } from "#cypher/cypherFile.ts";
import { TRACE_TYPES } from "#seed/model.ts";
import { modelDoc } from "#seed/modelDoc.ts";
import { SEED_MODULES } from "#seed/modules.ts";
import { validateSeed } from "#seed/validate.ts";
import { generateGraphSdl } from "#server/schema/generateGraphSdl.ts";

const seed = validateSeed(SEED_MODULES);

describe("generated files", () => {
  it("server/schema/graph.graphql matches the seed (run `npm run schema:generate`)", () => {
    expect(readFileSync("server/schema/graph.graphql", "utf8")).toBe(generateGraphSdl(seed));
  });

  it("docs/model.md matches the seed (run `npm run docs:model`)", () => {
    expect(readFileSync("docs/model.md", "utf8")).toBe(modelDoc(seed));
  });

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
