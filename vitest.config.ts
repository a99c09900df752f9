import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const paths = {
  "#model": fileURLToPath(new URL("./model", import.meta.url)),
  "#seed": fileURLToPath(new URL("./seed", import.meta.url)),
  "#cypher": fileURLToPath(new URL("./cypher", import.meta.url)),
  "#server": fileURLToPath(new URL("./server", import.meta.url)),
  "#platform": fileURLToPath(new URL("./platform", import.meta.url)),
  "#tools": fileURLToPath(new URL("./tools", import.meta.url)),
  "#launcher": fileURLToPath(new URL("./platform/launcher", import.meta.url)),
  "#tests": fileURLToPath(new URL("./tests", import.meta.url)),
  "@model": fileURLToPath(new URL("./model", import.meta.url)),
  "@generated": fileURLToPath(new URL("./client/src/generated", import.meta.url)),
};

/**
 * `graphql` resolved as Node resolves it at run time (`npm start`, tsx): its CommonJS build, the
 * copy @neo4j/graphql and Apollo use. Vite alone would pick the package's ES module build for our
 * sources, and graphql-js refuses schema objects made by the other copy ("Cannot use
 * GraphQLObjectType from another module or realm"), so server code that inspects the built
 * schema (server/limits/) would fail only under test.
 */
const alias = [
  ...Object.entries(paths).map(([find, replacement]) => ({ find, replacement })),
  { find: /^graphql$/, replacement: createRequire(import.meta.url).resolve("graphql") },
];

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: [
            "tests/unit/**/*.test.ts",
            "client/src/**/*.test.ts",
            "server/**/*.test.ts",
            "model/**/*.test.ts",
            "seed/**/*.test.ts",
          ],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.int.test.ts"],
          globalSetup: ["tests/integration/globalSetup.ts"],
          // One shared throw-away Neo4j: files that re-seed it must not overlap with readers.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.spec.ts"],
          // One app server for the run; files take turns with it.
          globalSetup: ["tests/e2e/globalSetup.ts"],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
