/**
 * Adds `extensions.cypher` (the Cypher the request ran, with parameters) to the answer when the
 * request asked for it with `x-include-cypher: 1` and may see it: in development, or with a
 * verified admin token (server/auth/requestAccess.ts decides, into `includeCypher`). The explorer
 * shows it in its Cypher tab; other clients pay nothing.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { ApiContext } from "../context.ts";

export function cypherExtensionPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (contextValue.includeCypher !== true || response.body.kind !== "single") return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            cypher: contextValue.cypherLog,
          };
        },
      };
    },
  };
}
