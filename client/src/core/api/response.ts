/** The shapes of what crosses HTTP: GraphQL's response envelope and the health answer. */

export interface GraphQLErrorShape {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly extensions?: { readonly code?: string } & Record<string, unknown>;
}

export interface CypherStatement {
  readonly query: string;
  readonly params: Record<string, unknown>;
}

export interface GraphQLResponse<T = unknown> {
  readonly data?: T | null;
  readonly errors?: readonly GraphQLErrorShape[];
  readonly extensions?: { readonly cypher?: readonly CypherStatement[] } & Record<string, unknown>;
}

export type Health =
  | { readonly status: "ok" }
  | { readonly status: "degraded" }
  | { readonly status: "down" };
