/**
 * Client types generated from the SDL, so that a contract is written once: the explorer's GraphQL documents
 * (client/src/core/api/documents.ts) are typed against server/schema/explorer.graphql, so a
 * renamed field fails the typecheck instead of the user's browser.
 * `npm run codegen:client` writes client/src/generated/; `npm run codegen:client -- --check`
 * fails when what is there is not current.
 */
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "server/schema/explorer.graphql",
  documents: ["client/src/core/api/documents.ts"],
  ignoreNoDocuments: false,
  generates: {
    "client/src/generated/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents travel as strings: the bundle needs no GraphQL AST or printer.
        documentMode: "string",
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
