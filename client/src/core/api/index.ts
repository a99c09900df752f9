/**
 * The API client: POSTs GraphQL as application/json (the server's CSRF prevention accepts that),
 * turns transport failures and GraphQL errors into ApiError with a code. Every call sends a
 * document generated from the SDL, so its variables and result are typed by the contract.
 */
import type { RestoreQueryVariables, TypedDocumentString } from "@generated/graphql.ts";
import {
  CHANGES,
  CORRECTIONS,
  DATA_RELEASE,
  EVIDENCE,
  GOVERNANCE_TREE,
  MATRIX,
  NEIGHBOURHOOD,
  RESTORE,
  SEARCH,
  SHORTEST_PATH,
  SOURCE_DOCUMENTS,
  SUBGRAPH,
  SUCCESSION,
  TIMELINE,
  TRACE,
} from "./documents.ts";
import type { GraphQLResponse, Health } from "./response.ts";
import { ApiError, codeOf } from "./utils.ts";

export * from "./response.ts";
export { ApiError, describeError, type ErrorCode } from "./utils.ts";

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

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Sends a document; returns the whole response (data, errors, extensions) without throwing on GraphQL errors. */
export async function request<T = unknown>(
  query: string,
  variables: Readonly<Record<string, unknown>> = {},
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
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (!isRecord(body) || (body.errors !== undefined && !Array.isArray(body.errors))) {
    throw new ApiError(
      response.status === 503 ? "SERVICE_UNAVAILABLE" : "INTERNAL",
      `The server answered ${response.status} without GraphQL.`,
    );
  }
  report(true);
  // The envelope is checked above; `data` is the shape the document's generated type states.
  const envelope: GraphQLResponse<T> = body;
  return envelope;
}

let currentAsOf: string | null = null;

/**
 * The day every graph query reads the graph as of (null: today), set from the store's view state
 * (core/time/effects.ts). Kept here, like the endpoint, so that no call site can forget it: any
 * document that declares `$asOf` gets it unless the call names its own.
 */
export function setAsOf(date: string | null): void {
  currentAsOf = date;
}

export function withAsOf<V>(text: string, variables: V): V | (V & { asOf: string }) {
  if (currentAsOf === null || !/\$asOf\b/.test(text)) return variables;
  if (typeof variables === "object" && variables !== null && "asOf" in variables) return variables;
  return { ...variables, asOf: currentAsOf };
}

/** Sends a generated document and returns its data, throwing ApiError on any error. */
export async function query<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  signal?: AbortSignal,
): Promise<Result> {
  const text = document.toString();
  const sent = withAsOf(text, variables ?? {});
  const body = await request<Result>(text, sent, signal ? { signal } : {});
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
    const body: unknown = await response.json();
    return isRecord(body) && body.status === "ok" ? { status: "ok" } : { status: "degraded" };
  } catch {
    return { status: "down" };
  }
}

export const api = {
  // asOf null, named: search covers every date whatever the slider shows (withAsOf keeps a named one).
  search: async (text: string, limit = 8) => (await query(SEARCH, { text, limit, asOf: null })).search,
  succession: async (id: string) => (await query(SUCCESSION, { id })).succession,
  neighbourhood: async (
    id: string,
    types: readonly string[] | null = null,
    depth = 1,
    signal?: AbortSignal,
  ) => (await query(NEIGHBOURHOOD, { id, depth, types }, signal)).neighbourhood,
  governanceTree: async (rootId: string, signal?: AbortSignal) =>
    (await query(GOVERNANCE_TREE, { rootId }, signal)).governanceTree,
  subgraph: async (ids: readonly string[], signal?: AbortSignal) =>
    (await query(SUBGRAPH, { ids }, signal)).subgraph,
  restore: (variables: RestoreQueryVariables, signal?: AbortSignal) => query(RESTORE, variables, signal),
  traceToSdgs: async (fromId: string, signal?: AbortSignal) =>
    (await query(TRACE, { fromId }, signal)).traceToSdgs,
  evidence: async (id: string, signal?: AbortSignal) => (await query(EVIDENCE, { id }, signal)).evidence,
  sourceDocuments: async () => (await query(SOURCE_DOCUMENTS, {})).sourceDocuments,
  sdgMatrix: async () => (await query(MATRIX, {})).sdgMatrix,
  shortestPath: async (fromId: string, toId: string) =>
    (await query(SHORTEST_PATH, { fromId, toId })).shortestPath,
  timeline: async () => (await query(TIMELINE, {})).timeline,
  changes: async (from: string, to: string, signal?: AbortSignal) =>
    (await query(CHANGES, { from, to }, signal)).changes,
  dataRelease: async () => (await query(DATA_RELEASE, {})).dataRelease,
  corrections: async (filter: { since?: string; item?: string }, signal?: AbortSignal) =>
    (await query(CORRECTIONS, { since: filter.since ?? null, item: filter.item ?? null }, signal))
      .corrections,
};
