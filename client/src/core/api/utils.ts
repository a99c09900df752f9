/** Errors and messages for API failures. */
import { ERROR_CODES, type ErrorCode as ServerErrorCode } from "@model/errorCodes.ts";
import type { Language } from "../graph/vocabulary.ts";
import { t, tf } from "../i18n/index.ts";
import type { GraphQLErrorShape } from "./response.ts";

/**
 * The server's codes (one list, model/errorCodes.ts) plus two of the client's own: NETWORK when
 * the server cannot be reached, INTERNAL for anything reported without a known code.
 */
export type ErrorCode = Exclude<ServerErrorCode, "INTERNAL_SERVER_ERROR"> | "NETWORK" | "INTERNAL";

/**
 * A call to the API that failed, as the explorer sees it: a code to decide on and a message to
 * show. Named apart from the server's ApiError (server/errors/), the typed errors it answers with.
 */
export class ApiCallError extends Error {
  override readonly name = "ApiCallError";
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

/** A sentence for a person, by error code, in the interface language (the server's detail as sent). */
export function describeError(error: unknown, language: Language = "en"): string {
  if (!(error instanceof ApiCallError)) return error instanceof Error ? error.message : String(error);
  const detail = { message: error.message };
  switch (error.code) {
    case "NETWORK":
      return t(language, "error.network");
    case "SERVICE_UNAVAILABLE":
      return t(language, "error.unavailable");
    case "NOT_FOUND":
      return tf(language, "error.notFound", detail);
    case "BAD_USER_INPUT":
      return tf(language, "error.badInput", detail);
    case "LIMIT_EXCEEDED":
      return tf(language, "error.limit", detail);
    case "FORBIDDEN":
      return tf(language, "error.forbidden", detail);
    case "INTERNAL":
      return error.message;
    default: {
      const unreachable: never = error.code;
      return String(unreachable);
    }
  }
}
