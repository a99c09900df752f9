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
 * Introspection (`__schema`, `__type`) is not counted: its size is the schema's, not the data's,
 * and the explorer's Query tab needs all of it.
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
import { ResponseTooLargeError } from "../errors/boundsErrors.ts";

interface Budget {
  readonly maxBytes: number;
  used: number;
  exceeded: boolean;
}

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

function charge(budget: Budget, info: GraphQLResolveInfo, value: unknown, leaf: boolean): unknown {
  const key = info.fieldNodes[0]?.alias?.value ?? info.fieldName;
  const remaining = budget.maxBytes - budget.used;
  budget.used +=
    key.length + 4 + (leaf ? jsonBytes(value, remaining) : Array.isArray(value) ? 2 + value.length : 2);
  if (budget.used > budget.maxBytes) {
    budget.exceeded = true;
    throw new ResponseTooLargeError(budget.maxBytes);
  }
  return value;
}

function counted(
  resolve: GraphQLFieldResolver<unknown, unknown>,
  leaf: boolean,
  nonNull: boolean,
): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, context, info) => {
    const budget = typeof context === "object" && context !== null ? budgets.get(context) : undefined;
    if (!budget) return resolve(source, args, context, info);
    if (budget.exceeded) {
      if (nonNull) throw new ResponseTooLargeError(budget.maxBytes);
      return null;
    }
    const value = resolve(source, args, context, info);
    return isPromiseLike(value)
      ? Promise.resolve(value).then((resolved) => charge(budget, info, resolved, leaf))
      : charge(budget, info, value, leaf);
  };
}

/** Wraps every field resolver of `schema`'s object types (in place) to count the answer. */
export function countResponseBytes(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const leaf = isLeafType(getNamedType(field.type));
      field.resolve = counted(field.resolve ?? defaultFieldResolver, leaf, isNonNullType(field.type));
    }
  }
  return schema;
}

/** Gives each request a budget of `maxBytes` and answers one error when it ran out. */
export function responseBudgetPlugin(maxBytes: number): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart({ contextValue }) {
      const budget: Budget = { maxBytes, used: 0, exceeded: false };
      budgets.set(contextValue, budget);
      return {
        async willSendResponse({ response }) {
          if (!budget.exceeded || response.body.kind !== "single") return;
          const error = new ResponseTooLargeError(maxBytes);
          response.body.singleResult = {
            data: null,
            errors: [
              { message: error.message, extensions: { code: "LIMIT_EXCEEDED", limit: "responseBytes" } },
            ],
          };
        },
      };
    },
  };
}
