/**
 * Sets the HTTP status from the error codes of the answer (after formatError), in Apollo's
 * `willSendResponse` hook: a request that never ran because it was malformed or over a limit is
 * a 400, whatever status Apollo's generic path chose. Errors met while reading (NOT_FOUND, a time
 * limit, a database outage) keep 200 with `data`, as GraphQL over HTTP expects.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { REQUEST_ERROR_CODES } from "#seed/errorCodes.ts";
import type { ApiContext } from "../context.ts";

const REQUEST_ERRORS = new Set<unknown>(REQUEST_ERROR_CODES);

export function httpStatusPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const { data, errors } = response.body.singleResult;
          if (data !== undefined || !errors || errors.length === 0) return;
          if (errors.every((error) => REQUEST_ERRORS.has(error.extensions?.code))) response.http.status = 400;
        },
      };
    },
  };
}
