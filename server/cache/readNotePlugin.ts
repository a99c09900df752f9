/**
 * Tells the HTTP layer what Apollo executed: the operation type and whether the answer has
 * errors. Only an error-free `query` is stored in the read cache, so mutations, failures
 * (timeouts, an unreachable database) and rejected documents are always recomputed.
 */
import type { ApolloServerPlugin } from "@apollo/server";

export interface ReadNote {
  operation?: "query" | "mutation" | "subscription";
  errors: boolean;
}

/**
 * Apollo executes on a shallow copy of the context, so the note travels as a property of it
 * (the copy shares the object) rather than keyed by the context's identity.
 */
export function readNotePlugin<C extends { readonly readNote?: ReadNote }>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, operation }) {
          const note = contextValue.readNote;
          if (!note) return;
          note.operation = operation?.operation;
          note.errors =
            response.body.kind !== "single" || (response.body.singleResult.errors?.length ?? 0) > 0;
        },
      };
    },
  };
}
