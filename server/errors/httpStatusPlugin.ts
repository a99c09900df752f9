/**
 * Sets the HTTP status from the error codes of the answer (after formatError), in Apollo's
 * `willSendResponse` hook: an answer without data whose every error is a mistake in the request
 * (unparsable, invalid, over a request limit, an operation the schema cannot run) is a 400,
 * whatever status Apollo's path chose. Errors met while reading (NOT_FOUND, the query time limit,
 * a database outage) keep 200, as GraphQL over HTTP expects.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import { REQUEST_ERROR_CODES } from "#seed/errorCodes.ts";
import type { ApiContext } from "../context.ts";

const REQUEST_ERRORS = new Set<unknown>(REQUEST_ERROR_CODES);

function isRequestError(error: GraphQLFormattedError): boolean {
  // The query time limit is met while reading, not a fault of the request's form.
  if (error.extensions?.limit === "queryTimeoutMs") return false;
  return REQUEST_ERRORS.has(error.extensions?.code);
}

export function httpStatusPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const { data, errors } = response.body.singleResult;
          if (data != null || !errors || errors.length === 0) return;
          if (errors.every(isRequestError)) response.http.status = 400;
        },
      };
    },
  };
}
