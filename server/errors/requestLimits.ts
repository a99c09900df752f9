/**
 * The limits that keep a public GraphQL endpoint safe (graphql-armor's depth, alias, cost and
 * directive rules, and the parser's token limit), each naming itself in `extensions.limit` when
 * it rejects a request, so that formatError recognises a limit by that name and never by the
 * wording of a message.
 */
import type { ApolloServerOptions, ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, Lexer, Source, TokenKind, type ValidationContext } from "graphql";
import type { LimitName } from "#seed/errorCodes.ts";
import type { ApiContext } from "../context.ts";

export interface RequestLimits {
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxTokens: number;
  readonly maxCost: number;
  readonly maxDirectives: number;
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

/** What ApolloServer takes to enforce the limits: plugins, validation rules and parse options. */
export function requestLimits(
  limits: RequestLimits,
  development: boolean,
): Required<Pick<ApolloServerOptions<ApiContext>, "plugins" | "validationRules" | "parseOptions">> {
  const protection = new ApolloArmor({
    maxDepth: armorRule("maxDepth", { n: limits.maxDepth }),
    maxAliases: armorRule("maxAliases", { n: limits.maxAliases }),
    costLimit: armorRule("maxCost", { maxCost: limits.maxCost }),
    maxDirectives: armorRule("maxDirectives", { n: limits.maxDirectives }),
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: !development },
  }).protect();
  return {
    plugins: [...protection.plugins, tokenLimitPlugin(limits.maxTokens)],
    validationRules: [...protection.validationRules],
    parseOptions: { maxTokens: limits.maxTokens },
  };
}
