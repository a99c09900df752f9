/**
 * Tells the HTTP layer what Apollo executed: the operation type and the errors of the answer.
 * `isStorable` then decides whether the answer may be kept in the read cache: error-free query
 * answers, and errors that follow from the request and the graph alone (a malformed document, an
 * id not in force, a bound met), which the same request would meet again under the same graph
 * version. Mutations and failures of the moment (the query time limit, an unreachable database,
 * an internal error) are always recomputed.
 */
import type { ApolloServerPlugin } from "@apollo/server";

export interface ReadNote {
  operation?: "query" | "mutation" | "subscription";
  /** `extensions.code` and `extensions.limit` of each error; undefined until Apollo answered. */
  errors?: readonly { readonly code: unknown; readonly limit: unknown }[];
}

/** Codes that depend only on the request's bytes and the graph version. */
const DETERMINISTIC_CODES: ReadonlySet<unknown> = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "OPERATION_RESOLUTION_FAILURE",
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "LIMIT_EXCEEDED",
]);

export function isStorable(note: ReadNote): boolean {
  if (note.errors === undefined) return false;
  // No operation: the document never got as far as choosing one (parse or validation failed).
  if (note.operation !== "query" && note.operation !== undefined) return false;
  if (note.operation === undefined && note.errors.length === 0) return false;
  return note.errors.every(
    // The query time limit depends on the moment's load, not on the request.
    (error) => DETERMINISTIC_CODES.has(error.code) && error.limit !== "queryTimeoutMs",
  );
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
          // An incremental (streamed) answer is never stored.
          note.errors =
            response.body.kind === "single"
              ? (response.body.singleResult.errors ?? []).map((error) => ({
                  code: error.extensions?.code,
                  limit: error.extensions?.limit,
                }))
              : undefined;
        },
      };
    },
  };
}
