/**
 * The API client: POSTs GraphQL as application/json (the server's CSRF prevention accepts that),
 * turns transport failures and GraphQL errors into ApiError with a code.
 */
import type { Subgraph } from "../graph/types.ts";
import { GOVERNANCE_TREE, MATRIX, NEIGHBOURHOOD, NODE_QUERY, SEARCH, TRACE } from "./documents.ts";
import type { GraphQLResponse, Health, SdgMatrix, SdgTrace, SearchHit } from "./types.ts";
import { ApiError, codeOf } from "./utils.ts";

export * from "./types.ts";
export { ApiError, describeError } from "./utils.ts";

const ENDPOINT = "/graphql";

type Listener = (reachable: boolean) => void;
const listeners = new Set<Listener>();

/** Called with false whenever a request cannot reach the server, and true when one does. */
export function onReachability(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function report(reachable: boolean): void {
  for (const listener of listeners) listener(reachable);
}

/** Sends a document; returns the whole response (data, errors, extensions) without throwing on GraphQL errors. */
export async function request<T>(
  query: string,
  variables: Record<string, unknown> = {},
  options: { includeCypher?: boolean; signal?: AbortSignal } = {},
): Promise<GraphQLResponse<T>> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        ...(options.includeCypher ? { "x-include-cypher": "1" } : {}),
      },
      body: JSON.stringify({ query, variables }),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    report(false);
    throw new ApiError("NETWORK", "The server cannot be reached.");
  }
  if (response.status === 502 || response.status === 504) {
    report(false);
    throw new ApiError("NETWORK", `The server answered ${response.status}.`);
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new ApiError(
      response.status === 503 ? "SERVICE_UNAVAILABLE" : "INTERNAL",
      `The server answered ${response.status} without GraphQL.`,
    );
  }
  report(true);
  return body;
}

/** Sends a document and returns its data, throwing ApiError on any error. */
export async function query<T>(document: string, variables: Record<string, unknown> = {}): Promise<T> {
  const body = await request<T>(document, variables);
  const [first] = body.errors ?? [];
  if (first) throw new ApiError(codeOf(first), first.message, body.errors);
  if (body.data === undefined || body.data === null)
    throw new ApiError("INTERNAL", "The server sent no data.");
  return body.data;
}

export async function health(): Promise<Health> {
  try {
    const response = await fetch("/healthz", { headers: { accept: "application/json" } });
    if (response.status === 502 || response.status === 504) return { status: "down" };
    const body = (await response.json()) as { status?: string };
    return body.status === "ok" ? { status: "ok" } : { status: "degraded" };
  } catch {
    return { status: "down" };
  }
}

export const api = {
  search: async (text: string, limit = 8) =>
    (await query<{ search: SearchHit[] }>(SEARCH, { text, limit })).search,
  node: async (id: string) => (await query<{ node: SearchHit["node"] | null }>(NODE_QUERY, { id })).node,
  neighbourhood: async (id: string, types: readonly string[] | null = null, depth = 1) =>
    (await query<{ neighbourhood: Subgraph }>(NEIGHBOURHOOD, { id, depth, types })).neighbourhood,
  governanceTree: async (rootId: string) =>
    (await query<{ governanceTree: Subgraph }>(GOVERNANCE_TREE, { rootId })).governanceTree,
  traceToSdgs: async (fromId: string) =>
    (await query<{ traceToSdgs: SdgTrace }>(TRACE, { fromId })).traceToSdgs,
  sdgMatrix: async () => (await query<{ sdgMatrix: SdgMatrix }>(MATRIX)).sdgMatrix,
};
