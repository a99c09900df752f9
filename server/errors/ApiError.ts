/**
 * Typed API errors. Every failure a client can cause or meet has a code in `extensions.code`,
 * so clients branch on codes, not on message text.
 */
import { GraphQLError } from "graphql";

import { ERROR_CODES, type ErrorCode } from "#seed/errorCodes.ts";

// One list for server and explorer (seed/errorCodes.ts); re-exported for the server's modules.
export { ERROR_CODES, type ErrorCode };

export class ApiError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extensions: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export class NotFoundError extends ApiError {
  constructor(id: string, what = "node or relationship") {
    super("NOT_FOUND", `No ${what} with id "${id}"`, { id });
  }
}

/** The id exists, but what it names was not in force on the day asked about. */
export class NotInForceError extends ApiError {
  constructor(id: string, what: string, asOf: string, inForceFrom: string | null, inForceTo: string | null) {
    const period =
      inForceFrom && inForceTo
        ? `from ${inForceFrom} to ${inForceTo}`
        : inForceFrom
          ? `from ${inForceFrom} on`
          : `until ${inForceTo}`;
    super("NOT_FOUND", `The ${what} "${id}" was not in force on ${asOf}: it was in force ${period}`, {
      id,
      asOf,
      inForceFrom,
      inForceTo,
    });
  }
}

export class BadUserInputError extends ApiError {
  constructor(message: string, argument?: string) {
    super("BAD_USER_INPUT", message, argument ? { argument } : {});
  }
}

export class LimitExceededError extends ApiError {
  constructor(limit: string, message: string) {
    super("LIMIT_EXCEEDED", message, { limit });
  }
}

export class ServiceUnavailableError extends ApiError {
  constructor(message = "The graph database is unavailable; try again shortly") {
    super("SERVICE_UNAVAILABLE", message);
  }
}
