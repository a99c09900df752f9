/**
 * Adds `extensions.cypher` (the Cypher the request ran, with parameters) to responses whose
 * request asked for it with the header `x-include-cypher: 1`. The explorer shows it in its
 * Cypher tab; other clients pay nothing.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { ApiContext } from "../context.ts";

export function cypherExtensionPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart(requestContext) {
      const wanted = requestContext.request.http?.headers.get("x-include-cypher") === "1";
      if (!wanted) return;
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== "single") return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            cypher: contextValue.cypherLog,
          };
        },
      };
    },
  };
}
