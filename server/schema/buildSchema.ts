/**
 * Builds the API schema: the generated graph types (graph.graphql, served by @neo4j/graphql)
 * and the explorer's custom queries (explorer.graphql), in one schema.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { explorerResolvers } from "../resolvers.ts";
import { dropSourceLocations } from "./dropSourceLocations.ts";

const SCHEMA_DIR = dirname(fileURLToPath(import.meta.url));

export function typeDefs(): string {
  return ["graph.graphql", "explorer.graphql"]
    .map((file) => readFileSync(join(SCHEMA_DIR, file), "utf8"))
    .join("\n");
}

/** The generated graph types alone (graph.graphql), with their `@limit` directives. */
export function graphTypeDefs(): string {
  return readFileSync(join(SCHEMA_DIR, "graph.graphql"), "utf8");
}

/**
 * `driver` may be left out: requests carry their own (`executionContext` in the context), so the
 * schema can be built before the database is up.
 */
export async function buildSchema(driver: Driver | undefined, jwtSecret: string): Promise<GraphQLSchema> {
  const neoSchema = new Neo4jGraphQL({
    typeDefs: typeDefs(),
    ...(driver ? { driver } : {}),
    resolvers: explorerResolvers,
    features: {
      authorization: { key: jwtSecret },
    },
  });
  return dropSourceLocations(await neoSchema.getSchema());
}
