/**
 * Sets the HTTP status of an answer from its media type (server/http/responseMediaType.ts) and
 * its error codes (after formatError), in Apollo's `willSendResponse` hook, as GraphQL over HTTP
 * asks for each media type:
 *
 * - application/json by default (no Accept, or wildcards): an answer without data whose every
 *   error is a mistake in the request (unparsable, invalid, over a request limit, an operation the
 *   schema cannot run) is a 400, whatever status Apollo's path chose. Errors met while reading
 *   (NOT_FOUND, the query time limit, a database outage) keep 200. This is what the API has always
 *   answered, and what clients that never ask for a media type keep getting.
 * - application/json asked for by name: 200 for every request that reached GraphQL (it was
 *   well-formed), its errors in the body, as the spec's legacy media type requires; statuses
 *   that are not about GraphQL errors (405 for a mutation over GET) stay.
 * - application/graphql-response+json: the status says whether GraphQL could run the request.
 *   No `data` entry (a parse, validation or variable error) is a 4xx, or a 5xx when no error was
 *   the request's fault; an answer with `data`, even `null`, is a 2xx: field errors are not
 *   request errors.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import { REQUEST_ERROR_CODES } from "#model/errorCodes.ts";
import { UnreachableCaseError } from "#platform/UnreachableCaseError.ts";
import type { ApiContext } from "../context.ts";
import { negotiate, type ResponseFormat } from "../http/responseMediaType.ts";

const REQUEST_ERRORS = new Set<unknown>(REQUEST_ERROR_CODES);

function isRequestError(error: GraphQLFormattedError): boolean {
  // The query time limit is met while reading, not a fault of the request's form.
  if (error.extensions?.limit === "queryTimeoutMs") return false;
  return REQUEST_ERRORS.has(error.extensions?.code);
}

/** What the status depends on in a single (not incremental) GraphQL answer. */
export interface SingleAnswer {
  /** Whether the answer has a `data` entry at all (`null` counts). */
  readonly hasData: boolean;
  readonly data: unknown;
  readonly errors: readonly GraphQLFormattedError[] | undefined;
}

/** The status to send: Apollo's (`undefined` is its 200) unless the media type asks for another. */
export function answerStatus(
  format: ResponseFormat,
  apolloStatus: number | undefined,
  answer: SingleAnswer,
): number | undefined {
  const errors = answer.errors ?? [];
  switch (format) {
    case "json-by-default":
    case "not-acceptable":
      if (answer.data == null && errors.length > 0 && errors.every(isRequestError)) return 400;
      return apolloStatus;
    case "json":
      return apolloStatus === 400 ? 200 : apolloStatus;
    case "graphql-response+json":
      if (answer.hasData || (apolloStatus ?? 200) >= 400) return apolloStatus;
      return errors.length > 0 && errors.every(isRequestError) ? 400 : 500;
    default:
      throw new UnreachableCaseError(format);
  }
}

export function httpStatusPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          if (response.body.kind !== "single") return;
          const result = response.body.singleResult;
          // The bridge (graphql/bridge.ts) hands Apollo the negotiated type as the Accept header.
          const format = negotiate(request.http?.headers.get("accept"));
          const status = answerStatus(format, response.http.status, {
            hasData: "data" in result,
            data: result.data,
            errors: result.errors,
          });
          if (status !== undefined) response.http.status = status;
        },
      };
    },
  };
}
