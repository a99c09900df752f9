/**
 * Types for the integration tests' GraphQL operations, generated from the schema the app serves
 * (tests/integration/servedSchema.ts), so that a test's reading of an answer is written once, in
 * its operation: a renamed or retyped field fails the typecheck of the tests, not only their run.
 * Operations are written with `graphql(...)` from tests/generated/ and sent by the harness's
 * `query(document, variables)`. `npm run codegen:tests` writes tests/generated/;
 * `npm run codegen:tests -- --check` (run by typecheck) fails when it is not current. The script runs
 * the CLI under tsx because the schema module is TypeScript that imports the server.
 */
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "tests/integration/servedSchema.ts",
  documents: ["tests/integration/*.int.test.ts"],
  ignoreNoDocuments: true,
  generates: {
    "tests/generated/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        // Operations travel as strings, as the explorer's do: the harness posts them as they are.
        documentMode: "string",
        onlyOperationTypes: true,
        immutableTypes: true,
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { JSON: { input: "unknown", output: "Readonly<Record<string, unknown>>" } },
      },
    },
  },
};

export default config;
