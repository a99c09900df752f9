/**
 * Apollo Server over the API's schema, with the request limits, the execution gate, the plugins
 * that shape an answer (the Cypher extension, the read cache's note, the HTTP status) and error
 * masking. Building the schema takes seconds of CPU in @neo4j/graphql and needs no database:
 * resolvers reach Neo4j through each request's context, so this runs while Neo4j starts and seeds.
 */
import { ApolloServer } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import { readNotePlugin } from "../cache/readNotePlugin.ts";
import type { ApiContext } from "../context.ts";
import { formatError } from "../errors/formatError.ts";
import { httpStatusPlugin } from "../errors/httpStatusPlugin.ts";
import { requestLimits } from "../errors/requestLimits.ts";
import { LIMITS } from "../limits/apiLimits.ts";
import { createExecutionGate } from "../limits/executionGate.ts";
import { executionGatePlugin } from "../limits/executionGatePlugin.ts";
import { HEAVY } from "../limits/operationWeight.ts";
import { buildSchema } from "../schema/buildSchema.ts";
import { cypherExtensionPlugin } from "./cypherExtensionPlugin.ts";

export interface ApolloOptions {
  /** The secret admin tokens are signed with; @neo4j/graphql's authorization checks it too. */
  readonly jwtSecret: string;
  readonly development: boolean;
  /** The largest answer built, in bytes (RESPONSE_MAX_BYTES). */
  readonly responseMaxBytes: number;
  /**
   * How many of the heaviest GraphQL executions build answers at once (QUERY_CONCURRENCY); lighter
   * ones weigh less (limits/operationWeight.ts).
   */
  readonly queryConcurrency: number;
}

export async function startApollo(options: ApolloOptions): Promise<ApolloServer<ApiContext>> {
  const schema = await buildSchema(undefined, options.jwtSecret);
  const protection = requestLimits(LIMITS, options.development, {
    schema,
    responseMaxBytes: options.responseMaxBytes,
  });
  // Waiting is bounded by count and time: a waiter holds its socket and parsed body (at most
  // 100 KB), and a client left waiting longer than a few seconds is better told to retry.
  const gate = createExecutionGate({
    capacity: options.queryConcurrency * HEAVY,
    maxWaiting: 256,
    maxWaitMs: 10_000,
  });
  const apollo = new ApolloServer<ApiContext>({
    schema,
    ...protection,
    // The gate after the bounds (in protection.plugins): it weighs the operation by their cost.
    plugins: [
      ...protection.plugins,
      executionGatePlugin(gate),
      cypherExtensionPlugin(),
      readNotePlugin(),
      httpStatusPlugin(),
    ],
    validationRules: [...protection.validationRules],
    csrfPrevention: true,
    introspection: true,
    includeStacktraceInErrorResponses: options.development,
    formatError: (formatted: GraphQLFormattedError, error: unknown) =>
      formatError(formatted, error, options.development),
  });
  await apollo.start();
  return apollo;
}
