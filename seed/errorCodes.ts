/**
 * The API's error codes (`extensions.code`), in the bottom layer so that the server that sets
 * them and the explorer that branches on them share one list. Dependency-free.
 */
export const ERROR_CODES = [
  "NOT_FOUND",
  "BAD_USER_INPUT",
  "LIMIT_EXCEEDED",
  "SERVICE_UNAVAILABLE",
  "FORBIDDEN",
  "INTERNAL_SERVER_ERROR",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
