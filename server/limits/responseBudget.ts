/**
 * The response ceiling (RESPONSE_MAX_BYTES): the answer is counted as graphql-js builds it, field
 * by field, and building stops once it passes the ceiling, so a large answer is never held whole,
 * let alone serialised, before it is refused.
 *
 * Every field resolver of the schema is wrapped to charge its bytes (the key, and the value of a
 * scalar or enum, about as JSON writes them) to the request's budget. Past the ceiling the field
 * throws; from then on every non-null field throws too, which unwinds graphql-js's completion up
 * to the nearest nullable field, and every nullable one answers null without an error, so the rest
 * of the answer costs next to nothing. The plugin then replaces whatever was built with one
 * LIMIT_EXCEEDED error naming `responseBytes`.
 *
 * One answer within the ceiling is not the whole story: twenty built at once took 300 MiB of heap
 * above idle (bench/heapCli.ts). So every byte is also charged to one budget shared by all
 * requests in flight (IN_FLIGHT_ANSWERS × the ceiling); an answer that would take it past that is
 * stopped the same way and answered SERVICE_UNAVAILABLE (HTTP 503, try again), which keeps the
 * heap the answers being built hold under a known bound whatever the concurrency.
 *
 * Introspection (`__schema`, `__type`) is not held to the per-request ceiling: its size is the
 * schema's (5 MB for the Query tab's introspection), not the data's. It counts towards the shared
 * budget like any answer.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import {
  defaultFieldResolver,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
} from "graphql";
import type { ApiContext } from "../context.ts";
import { ResponseTooLargeError, ServerBusyError } from "../errors/boundsErrors.ts";

/** Answers that may be built at once, in multiples of the ceiling (see the header). */
export const IN_FLIGHT_ANSWERS = 6;

/** What all requests in flight are building, shared. */
interface Shared {
  readonly maxBytes: number;
  bytes: number;
}

interface Budget {
  readonly maxBytes: number;
  readonly shared: Shared;
  used: number;
  /** Why building stopped, once it has. */
  stopped: "ceiling" | "busy" | undefined;
}

/** Marks a resolver this module made, so that a second wrap (a shared introspection type) is skipped. */
const COUNTING = Symbol("counts response bytes");

/** The budget of each request, keyed by its context (the object Apollo hands every resolver). */
const budgets = new WeakMap<object, Budget>();

/** About the bytes JSON.stringify writes for `value`; stops counting once past `stopAbove`. */
export function jsonBytes(value: unknown, stopAbove: number): number {
  let bytes = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0 && bytes <= stopAbove) {
    const next = pending.pop();
    if (typeof next === "string") bytes += next.length + 2;
    else if (typeof next === "number" || typeof next === "bigint") bytes += String(next).length;
    else if (typeof next === "boolean") bytes += 5;
    else if (Array.isArray(next)) {
      bytes += 2 + next.length;
      for (const item of next) pending.push(item);
    } else if (typeof next === "object" && next !== null) {
      const entries = Object.entries(next);
      bytes += 2 + entries.length;
      for (const [key, item] of entries) {
        bytes += key.length + 3;
        pending.push(item);
      }
    } else bytes += 4;
  }
  return bytes;
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return (
    typeof value === "object" && value !== null && typeof (value as { then?: unknown }).then === "function"
  );
}

function stopError(budget: Budget): ResponseTooLargeError | ServerBusyError {
  return budget.stopped === "busy" ? new ServerBusyError() : new ResponseTooLargeError(budget.maxBytes);
}

function charge(
  budget: Budget,
  info: GraphQLResolveInfo,
  value: unknown,
  leaf: boolean,
  ceiling: boolean,
): unknown {
  const key = info.fieldNodes[0]?.alias?.value ?? info.fieldName;
  const remaining = budget.maxBytes - budget.used;
  const bytes =
    key.length + 4 + (leaf ? jsonBytes(value, remaining) : Array.isArray(value) ? 2 + value.length : 2);
  budget.used += bytes;
  budget.shared.bytes += bytes;
  if (ceiling && budget.used > budget.maxBytes) budget.stopped = "ceiling";
  else if (budget.shared.bytes > budget.shared.maxBytes) budget.stopped = "busy";
  if (budget.stopped) throw stopError(budget);
  return value;
}

function counted(
  resolve: GraphQLFieldResolver<unknown, unknown>,
  leaf: boolean,
  nonNull: boolean,
  ceiling: boolean,
): GraphQLFieldResolver<unknown, unknown> {
  const wrapped: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
    const budget = typeof context === "object" && context !== null ? budgets.get(context) : undefined;
    if (!budget) return resolve(source, args, context, info);
    if (budget.stopped) {
      if (nonNull) throw stopError(budget);
      return null;
    }
    const value = resolve(source, args, context, info);
    return isPromiseLike(value)
      ? Promise.resolve(value).then((resolved) => charge(budget, info, resolved, leaf, ceiling))
      : charge(budget, info, value, leaf, ceiling);
  };
  return Object.assign(wrapped, { [COUNTING]: true });
}

/**
 * Wraps every field resolver of `schema`'s object types (in place) to count the answer; the
 * introspection types (graphql-js's own, shared by every schema in the process) once only.
 */
export function countResponseBytes(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    const introspection = type.name.startsWith("__");
    for (const field of Object.values(type.getFields())) {
      if (field.resolve && COUNTING in field.resolve) continue;
      const leaf = isLeafType(getNamedType(field.type));
      field.resolve = counted(
        field.resolve ?? defaultFieldResolver,
        leaf,
        isNonNullType(field.type),
        !introspection,
      );
    }
  }
  return schema;
}

/**
 * Gives each request a budget of `maxBytes`, all of them together `IN_FLIGHT_ANSWERS` times that,
 * and answers one error when building stopped.
 */
export function responseBudgetPlugin(maxBytes: number): ApolloServerPlugin<ApiContext> {
  const shared: Shared = { maxBytes: IN_FLIGHT_ANSWERS * maxBytes, bytes: 0 };
  return {
    async requestDidStart({ contextValue }) {
      const budget: Budget = { maxBytes, shared, used: 0, stopped: undefined };
      budgets.set(contextValue, budget);
      return {
        async willSendResponse({ response }) {
          // The answer is built: what it held no longer counts against the others.
          shared.bytes -= budget.used;
          budget.used = 0;
          if (!budget.stopped || response.body.kind !== "single") return;
          const error = stopError(budget);
          response.body.singleResult = {
            data: null,
            errors: [{ message: error.message, extensions: { ...error.extensions } }],
          };
          // Only the busy refusal sets its status here: a ceiling met keeps the media type's
          // status (httpStatusPlugin.ts), as every answer with `data` does.
          if (error instanceof ServerBusyError) {
            response.http.status = error.httpStatus;
            response.http.headers.set("retry-after", "1");
          }
        },
      };
    },
  };
}
