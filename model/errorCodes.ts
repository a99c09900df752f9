/**
 * The codes the GraphQL API puts in `extensions.code`, and the names of its limits in
 * `extensions.limit`: one module, in the bottom layer, shared by the server (which sets them) and
 * the explorer (which branches on them). Clients branch on these, never on message text.
 */

/** The API's own codes (server/errors/ApiError.ts and formatError). */
export const ERROR_CODES = [
  /** An id that does not exist, or was not in force on the day asked about. */
  "NOT_FOUND",
  /** An argument out of range or malformed; `extensions.argument` names it where there is one. */
  "BAD_USER_INPUT",
  /** A limit rejected the request; `extensions.limit` names it (see LIMIT_NAMES). */
  "LIMIT_EXCEEDED",
  /** The graph database cannot be reached; try again shortly. */
  "SERVICE_UNAVAILABLE",
  /** A mutation without a valid admin token. */
  "FORBIDDEN",
  /** Anything else; the message is masked outside development. */
  "INTERNAL_SERVER_ERROR",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Codes Apollo and graphql-js set for a malformed request; the API passes them through. */
export const GRAPHQL_ERROR_CODES = [
  /** The document is not GraphQL. */
  "GRAPHQL_PARSE_FAILED",
  /** The document does not fit the schema. */
  "GRAPHQL_VALIDATION_FAILED",
  /** The HTTP request or the operation is malformed (body, method, an operation the schema cannot run). */
  "BAD_REQUEST",
  /** An automatic persisted query the server does not hold. */
  "PERSISTED_QUERY_NOT_FOUND",
  /** The operation to run could not be chosen from the document. */
  "OPERATION_RESOLUTION_FAILURE",
  /** A token that could not be read. */
  "UNAUTHENTICATED",
] as const;
export type GraphqlErrorCode = (typeof GRAPHQL_ERROR_CODES)[number];

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === "string" && (ERROR_CODES as readonly string[]).includes(code);
}

export function isGraphqlErrorCode(code: unknown): code is GraphqlErrorCode {
  return typeof code === "string" && (GRAPHQL_ERROR_CODES as readonly string[]).includes(code);
}

/** Codes of a request that never ran (nothing was read): answered with HTTP 400. */
export const REQUEST_ERROR_CODES: readonly (ErrorCode | GraphqlErrorCode)[] = [
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "LIMIT_EXCEEDED",
  "BAD_REQUEST",
];

/** The limits a LIMIT_EXCEEDED error can name in `extensions.limit`. */
export const LIMIT_NAMES = [
  "bodyBytes",
  "maxDepth",
  "maxAliases",
  "maxTokens",
  "maxCost",
  "maxDirectives",
  "maxIntrospectionDepth",
  "queryTimeoutMs",
  /** The answer grew past RESPONSE_MAX_BYTES while it was built. */
  "responseBytes",
] as const;
export type LimitName = (typeof LIMIT_NAMES)[number];

export function isLimitName(name: unknown): name is LimitName {
  return typeof name === "string" && (LIMIT_NAMES as readonly string[]).includes(name);
}
