/** Errors and messages for API failures. */
import { ERROR_CODES, type ErrorCode as ServerErrorCode } from "@model/errorCodes.ts";
import type { GraphQLErrorShape } from "./response.ts";

/**
 * The server's codes (one list, seed/errorCodes.ts) plus two of the client's own: NETWORK when
 * the server cannot be reached, INTERNAL for anything reported without a known code.
 */
export type ErrorCode = Exclude<ServerErrorCode, "INTERNAL_SERVER_ERROR"> | "NETWORK" | "INTERNAL";

export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors: readonly GraphQLErrorShape[] = [],
  ) {
    super(message);
  }
}

export function codeOf(error: GraphQLErrorShape): ErrorCode {
  const code = ERROR_CODES.find((known) => known === error.extensions?.code);
  return code === undefined || code === "INTERNAL_SERVER_ERROR" ? "INTERNAL" : code;
}

/** A sentence for a person, by error code. */
export function describeError(error: unknown): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  switch (error.code) {
    case "NETWORK":
      return "The server cannot be reached. Check that it is running (npm start), then retry.";
    case "SERVICE_UNAVAILABLE":
      return "The graph database is unavailable right now. Retry in a moment.";
    case "NOT_FOUND":
      return `Not found: ${error.message}`;
    case "BAD_USER_INPUT":
      return `Invalid request: ${error.message}`;
    case "LIMIT_EXCEEDED":
      return `Too large a request: ${error.message}`;
    case "FORBIDDEN":
      return `Not allowed: ${error.message}`;
    case "INTERNAL":
      return error.message;
    default: {
      const unreachable: never = error.code;
      return String(unreachable);
    }
  }
}
