/**
 * The schema the app serves, @neo4j/graphql's generated queries and mutations included, for
 * codegen.tests.ts. It is built here rather than printed into the repository: printed, it is
 * about 5 MB of SDL that only repeats graph.graphql and explorer.graphql.
 */
import { buildSchema } from "#server/schema/buildSchema.ts";

// Only the shape of the schema is read; the key signs nothing.
export default buildSchema(undefined, "codegen-reads-the-schema-shape-only");
