/**
 * The limits that keep a public GraphQL endpoint safe: graphql-armor's depth, alias and directive
 * rules, the parser's token limit, and server/limits/ (input depth and size, paging arguments, a
 * cost that multiplies along nested lists, the response ceiling, a document store bounded in
 * bytes). Each names itself in `extensions.limit` when it rejects a request, so that formatError
 * recognises a limit by that name and never by the wording of a message.
 */
import type { ApolloServerOptions, ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, type GraphQLSchema, Lexer, Source, TokenKind, type ValidationContext } from "graphql";
import type { LimitName } from "#model/errorCodes.ts";
import type { ApiContext } from "../context.ts";
import { AggregateSelectsAFieldRule } from "../limits/aggregateSelections.ts";
import { ConnectionFieldOnceRule } from "../limits/connectionSelections.ts";
import { boundedDocumentStore } from "../limits/documentStore.ts";
import { INPUT_LIMITS } from "../limits/inputBounds.ts";
import { entityLimits, listSizes } from "../limits/listSizes.ts";
import { operationBoundsPlugin } from "../limits/operationBounds.ts";
import { countResponseBytes, responseBudgetPlugin } from "../limits/responseBudget.ts";
import { graphTypeDefs } from "../schema/buildSchema.ts";

export interface RequestLimits {
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxTokens: number;
  readonly maxCost: number;
  readonly maxDirectives: number;
  /** Parsed and validated documents Apollo keeps, in bytes of heap. */
  readonly documentStoreBytes: number;
}

/** What the limits need to know of the running API. */
export interface ApiBounds {
  /** The built schema; its field resolvers are wrapped (in place) to count the answer. */
  readonly schema: GraphQLSchema;
  /** The response ceiling in bytes (RESPONSE_MAX_BYTES). */
  readonly responseMaxBytes: number;
}

/**
 * graphql-armor's rejection handler for one limit: reports the rejection to the validation with
 * the limit's name in `extensions.limit`. (Armor's own Apollo handler reports it as a bare
 * BAD_USER_INPUT, which is why every rule below sets `propagateOnRejection: false`.)
 */
function reportLimit(limit: LimitName) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    context?.reportError(new GraphQLError(error.message, { extensions: { limit } }));
  };
}

function armorRule<Options extends object>(limit: LimitName, options: Options) {
  return { ...options, propagateOnRejection: false, onReject: [reportLimit(limit)] };
}

/** True when the document has more than `max` tokens: the same count graphql-js's parser makes. */
export function exceedsTokenLimit(source: string, max: number): boolean {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      count += 1;
      if (count > max) return true;
    }
  } catch {
    // A syntax error before the limit: the parser reports it as such.
    return false;
  }
  return false;
}

function hasExtensions(error: unknown): error is { readonly extensions: Record<string, unknown> } {
  return (
    typeof error === "object" &&
    error !== null &&
    "extensions" in error &&
    typeof error.extensions === "object"
  );
}

/**
 * The token limit is graphql-js's own (`parseOptions.maxTokens`) rather than graphql-armor's:
 * armor's throws from a plugin hook outside Apollo's request pipeline, so Apollo answered it with
 * a 500 that no plugin could correct. Inside the pipeline it is a parse failure (400); this plugin
 * names the limit on the error before Apollo wraps it.
 */
function tokenLimitPlugin(maxTokens: number): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async parsingDidStart({ source }) {
          return async (error?: Error) => {
            // Named before Apollo wraps the parse error, which keeps its extensions.
            if (hasExtensions(error) && exceedsTokenLimit(source, maxTokens))
              error.extensions.limit = "maxTokens";
          };
        },
      };
    },
  };
}

/**
 * What ApolloServer takes to enforce the limits: plugins, validation rules, parse options and the
 * document store. The cost is server/limits/queryCost.ts's, not graphql-armor's: armor's counted
 * each field once whatever the lists above it return.
 */
export function requestLimits(
  limits: RequestLimits,
  development: boolean,
  api: ApiBounds,
): Required<
  Pick<ApolloServerOptions<ApiContext>, "plugins" | "validationRules" | "parseOptions" | "documentStore">
> {
  const protection = new ApolloArmor({
    maxDepth: armorRule("maxDepth", { n: limits.maxDepth }),
    maxAliases: armorRule("maxAliases", { n: limits.maxAliases }),
    costLimit: { enabled: false },
    maxDirectives: armorRule("maxDirectives", { n: limits.maxDirectives }),
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: !development },
  }).protect();
  countResponseBytes(api.schema);
  const sizes = listSizes(entityLimits(graphTypeDefs()));
  return {
    plugins: [
      // First, so that its willSendResponse replaces a stopped answer before the status and the
      // read cache's note are taken from it.
      responseBudgetPlugin(api.responseMaxBytes),
      operationBoundsPlugin({ maxCost: limits.maxCost, input: INPUT_LIMITS, sizes }),
      ...protection.plugins,
      tokenLimitPlugin(limits.maxTokens),
    ],
    validationRules: [...protection.validationRules, AggregateSelectsAFieldRule, ConnectionFieldOnceRule],
    parseOptions: { maxTokens: limits.maxTokens },
    documentStore: boundedDocumentStore(limits.documentStoreBytes),
  };
}
