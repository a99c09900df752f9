/**
 * The one shape of every error answer the server builds itself, outside Apollo's own formatting:
 * GraphQL's `{"errors":[{"message":…,"extensions":{"code":…}}]}`. A refused body, a request path
 * that is not a URL, a linked-data failure and a GraphQL error then read alike, and a client
 * branches on `extensions.code` wherever the answer came from.
 */
import type { ErrorCode, GraphqlErrorCode, LimitName } from "#model/errorCodes.ts";
import type { ApiError } from "./ApiError.ts";

export interface ErrorExtensions {
  readonly code: ErrorCode | GraphqlErrorCode;
  /** Which limit, for LIMIT_EXCEEDED. */
  readonly limit?: LimitName;
  /** What else the error tells the client (`argument`, `id` …). */
  readonly [detail: string]: unknown;
}

export interface ErrorEntry {
  readonly message: string;
  readonly extensions: ErrorExtensions;
}

/** One error: everything the server refuses by hand is refused for one reason. */
export interface ErrorBody {
  readonly errors: readonly [ErrorEntry];
}

export function errorBody(message: string, extensions: ErrorExtensions): ErrorBody {
  return { errors: [{ message, extensions }] };
}

/**
 * An API error as an entry of an answer. `extensions.http` is left out: Apollo takes the status
 * from it and strips it, and an answer built by hand must not show it either.
 */
export function errorEntryOf(error: ApiError): ErrorEntry {
  const { http: _status, ...details } = error.extensions;
  return { message: error.message, extensions: { ...details, code: error.code } };
}

export function errorBodyOf(error: ApiError): ErrorBody {
  return { errors: [errorEntryOf(error)] };
}
