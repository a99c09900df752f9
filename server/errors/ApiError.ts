/**
 * Typed API errors. Every failure a client can cause or meet has a code in `extensions.code`
 * (the one list is model/errorCodes.ts), so clients branch on codes, not on message text, and an
 * HTTP status, so no answer that is an error alone keeps its own table from code to status.
 *
 * The status is the one a client gets when the error is the whole answer: a linked-data read
 * (/id, /data) or a GraphQL request refused before it ran (RequestRefusedError). A GraphQL answer
 * whose errors were met while reading takes its status from the media type it is sent as
 * (httpStatusPlugin.ts), since GraphQL over HTTP answers field errors with a 2xx.
 */
import { GraphQLError } from "graphql";
import type { ErrorCode } from "#model/errorCodes.ts";

/** The statuses an API error can be answered with. */
export type ErrorStatus = 400 | 404 | 503;

export abstract class ApiError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    readonly httpStatus: ErrorStatus,
    message: string,
    extensions: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export class NotFoundError extends ApiError {
  constructor(id: string, what = "node or relationship") {
    super("NOT_FOUND", 404, `No ${what} with id "${id}"`, { id });
  }
}

/** An address under /data/ that names no published file. */
export class NoSuchFileError extends ApiError {
  constructor(path: string, offered: string) {
    super("NOT_FOUND", 404, `No file ${path}: the graph is published as ${offered}`);
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
    super("NOT_FOUND", 404, `The ${what} "${id}" was not in force on ${asOf}: it was in force ${period}`, {
      id,
      asOf,
      inForceFrom,
      inForceTo,
    });
  }
}

export class BadUserInputError extends ApiError {
  constructor(message: string, argument?: string) {
    super("BAD_USER_INPUT", 400, message, argument ? { argument } : {});
  }
}

/** The one answer to a database that cannot be reached now (decided by platform/neo4j/isDatabaseDown.ts). */
export class ServiceUnavailableError extends ApiError {
  constructor(message = "The graph database is unavailable; try again shortly") {
    super("SERVICE_UNAVAILABLE", 503, message);
  }
}

/**
 * A read that outlived its transaction timeout. 503, not 400, where the error is the whole
 * answer: the limit is met under load, not because of the request, so a retry is worth it.
 */
export class QueryTimeoutError extends ApiError {
  constructor(message: string) {
    super("LIMIT_EXCEEDED", 503, message, { limit: "queryTimeoutMs" });
  }
}
