/**
 * The server's GraphQL types are generated from explorer.graphql and the resolvers are typed by
 * them, so a renamed field fails the typecheck. Whether the committed file is current is checked
 * by `npm run typecheck` (`graphql-codegen --check`), not here.
 */
import { readFileSync } from "node:fs";
import { generate } from "@graphql-codegen/cli";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import config from "../../codegen.server.ts";

describe("server codegen", () => {
  it("generates a resolver signature for every query of explorer.graphql", async () => {
    const [output] = await generate({ ...config, silent: true }, false);
    for (const query of ["search", "node", "neighbourhood", "changes", "timeline", "conflicts"]) {
      expect(output?.content).toMatch(new RegExp(`^  ${query}\\?: Resolver<`, "m"));
    }
  }, 30_000);
});

describe("one contract", () => {
  /** Type errors in the server when explorer.graphql is replaced by `sdl` and its types regenerated. */
  async function typeErrorsWith(sdl: string): Promise<string[]> {
    const [output] = await generate({ ...config, schema: sdl, silent: true }, false);
    const generated = output?.content ?? "";
    const { config: tsconfig } = ts.readConfigFile("tsconfig.json", ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(tsconfig, ts.sys, process.cwd());
    const host = ts.createCompilerHost(options);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (fileName, language, ...rest) =>
      fileName.endsWith("server/graph/explorerTypes.generated.ts")
        ? ts.createSourceFile(fileName, generated, language)
        : getSourceFile(fileName, language, ...rest);
    const program = ts.createProgram(["server/resolvers.ts"], options, host);
    return ts
      .getPreEmitDiagnostics(program)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
  }

  const sdl = readFileSync("server/schema/explorer.graphql", "utf8");

  it("the server typechecks against the SDL as it is", async () => {
    expect(await typeErrorsWith(sdl)).toEqual([]);
  }, 60_000);

  it.each([
    ["a GraphNode field", "  validFrom: String\n", "  validSince: String\n", "validFrom"],
    ["a query argument", "node(id: ID!, asOf: String)", "node(id: ID!, day: String)", "asOf"],
    ["a Change field", "  kind: String!\n", "  sort: String!\n", "kind"],
  ])(
    "renaming %s in explorer.graphql fails the typecheck",
    async (_what, from, to, name) => {
      expect(sdl).toContain(from);
      const errors = await typeErrorsWith(sdl.replace(from, to));
      expect(errors.join("\n")).toContain(`'${name}'`);
    },
    60_000,
  );
});
