/**
 * Error masking: clients see a code and a message they can act on, never a stack trace or an
 * internal message (outside development). Limits name themselves; a down database is
 * SERVICE_UNAVAILABLE wherever the error came from.
 */
import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import { isErrorCode, isGraphqlErrorCode, isLimitName } from "#model/errorCodes.ts";
import { databaseFailure } from "./databaseFailure.ts";
import { errorEntryOf } from "./errorBody.ts";

/**
 * graphql-js's recommended rule against nested introspection (fields → type → fields …) reports
 * this fixed message and no code; the limits of requestLimits.ts name themselves instead.
 */
const INTROSPECTION_DEPTH_MESSAGE = "Maximum introspection depth exceeded";

/**
 * Client mistakes that graphql-js and Apollo report without a code, which the fuzzer saw masked as
 * INTERNAL_SERVER_ERROR: a subscription on a schema without subscriptions, and an automatic
 * persisted query whose hash does not match its text.
 */
const CODELESS_CLIENT_MESSAGES: readonly RegExp[] = [
  /^Schema is not configured to execute \w+ operation\.$/,
  /^provided sha does not match query$/,
];

export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  development: boolean,
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const base = {
    message: formatted.message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
  };
  // A limit names itself in `extensions.limit` (server/errors/requestLimits.ts).
  const limit = formatted.extensions?.limit;
  if (isLimitName(limit)) return { ...base, extensions: { code: "LIMIT_EXCEEDED", limit } };
  if (formatted.message === INTROSPECTION_DEPTH_MESSAGE) {
    return { ...base, extensions: { code: "LIMIT_EXCEEDED", limit: "maxIntrospectionDepth" } };
  }
  // The API's own codes (ApiError): their extensions (`argument`, `id` …) are for clients.
  if (isErrorCode(code) && code !== "INTERNAL_SERVER_ERROR") {
    return { ...base, extensions: { ...formatted.extensions, code } };
  }
  // Apollo's and graphql-js's codes for client mistakes: their messages are safe to show.
  if (isGraphqlErrorCode(code)) return { ...base, extensions: { code } };
  if (CODELESS_CLIENT_MESSAGES.some((pattern) => pattern.test(formatted.message))) {
    return { ...base, extensions: { code: "BAD_REQUEST" } };
  }
  const original = unwrapResolverError(error);
  const failure = databaseFailure(original, "query");
  if (failure) {
    // `code` first, like every other error built here.
    const { message, extensions } = errorEntryOf(failure);
    const { code: failureCode, ...details } = extensions;
    return { ...base, message, extensions: { code: failureCode, ...details } };
  }
  const name = original instanceof Error ? original.name : "";
  if (
    name === "Neo4jGraphQLForbiddenError" ||
    name === "Neo4jGraphQLAuthenticationError" ||
    /Unauthenticated|Forbidden/.test(formatted.message)
  ) {
    return { ...base, message: "Mutations need a valid admin token", extensions: { code: "FORBIDDEN" } };
  }
  if (name === "Neo4jGraphQLError") {
    return { ...base, extensions: { code: "BAD_USER_INPUT" } };
  }
  if (development) return formatted;
  return { ...base, message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } };
}
