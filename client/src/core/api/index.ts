/**
 * The API client: POSTs GraphQL as application/json (the server's CSRF prevention accepts that),
 * turns transport failures and GraphQL errors into ApiCallError with a code. Every call sends a
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
import { ApiCallError, codeOf } from "./utils.ts";

export * from "./response.ts";
export { ApiCallError, describeError, type ErrorCode } from "./utils.ts";

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
    throw new ApiCallError("NETWORK", "The server cannot be reached.");
  }
  if (response.status === 502 || response.status === 504) {
    report(false);
    throw new ApiCallError("NETWORK", `The server answered ${response.status}.`);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (!isRecord(body) || (body.errors !== undefined && !Array.isArray(body.errors))) {
    throw new ApiCallError(
      response.status === 503 ? "SERVICE_UNAVAILABLE" : "INTERNAL",
      `The server answered ${response.status} without GraphQL.`,
    );
  }
  report(true);
  // The envelope is checked above; `data` is the shape the document's generated type states.
  const envelope: GraphQLResponse<T> = body;
  return envelope;
}

/**
 * What every read of the graph names: the day it reads the graph as of (null: today) and the
 * signal that cancels it. The day is an argument of each call, never a value kept here, so an
 * answer always says which day it is for.
 */
export interface Read {
  readonly asOf: string | null;
  readonly signal?: AbortSignal;
}

/** Sends a generated document and returns its data, throwing ApiCallError on any error. */
export async function query<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  signal?: AbortSignal,
): Promise<Result> {
  const body = await request<Result>(document.toString(), variables ?? {}, signal ? { signal } : {});
  const [first] = body.errors ?? [];
  if (first) throw new ApiCallError(codeOf(first), first.message, body.errors);
  if (body.data === undefined || body.data === null)
    throw new ApiCallError("INTERNAL", "The server sent no data.");
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
  // No day on purpose: search covers every date, what is in force today first (the hits carry
  // their periods, and the explorer marks those not in force on the view's day).
  search: async (text: string, limit = 8) => (await query(SEARCH, { text, limit, asOf: null })).search,
  succession: async (id: string, signal?: AbortSignal) =>
    (await query(SUCCESSION, { id }, signal)).succession,
  neighbourhood: async (id: string, read: Read, types: readonly string[] | null = null, depth = 1) =>
    (await query(NEIGHBOURHOOD, { id, depth, types, asOf: read.asOf }, read.signal)).neighbourhood,
  governanceTree: async (rootId: string, read: Read) =>
    (await query(GOVERNANCE_TREE, { rootId, asOf: read.asOf }, read.signal)).governanceTree,
  subgraph: async (ids: readonly string[], read: Read) =>
    (await query(SUBGRAPH, { ids, asOf: read.asOf }, read.signal)).subgraph,
  restore: (variables: RestoreQueryVariables & { asOf: string | null }, signal?: AbortSignal) =>
    query(RESTORE, variables, signal),
  traceToSdgs: async (fromId: string, read: Read) =>
    (await query(TRACE, { fromId, asOf: read.asOf }, read.signal)).traceToSdgs,
  evidence: async (id: string, read: Read) =>
    (await query(EVIDENCE, { id, asOf: read.asOf }, read.signal)).evidence,
  sourceDocuments: async (signal?: AbortSignal) =>
    (await query(SOURCE_DOCUMENTS, {}, signal)).sourceDocuments,
  sdgMatrix: async (read: Read) => (await query(MATRIX, { asOf: read.asOf }, read.signal)).sdgMatrix,
  shortestPath: async (fromId: string, toId: string, read: Read) =>
    (await query(SHORTEST_PATH, { fromId, toId, asOf: read.asOf }, read.signal)).shortestPath,
  timeline: async (signal?: AbortSignal) => (await query(TIMELINE, {}, signal)).timeline,
  changes: async (from: string, to: string, signal?: AbortSignal) =>
    (await query(CHANGES, { from, to }, signal)).changes,
  dataRelease: async (signal?: AbortSignal) => (await query(DATA_RELEASE, {}, signal)).dataRelease,
  corrections: async (filter: { since?: string; item?: string }, signal?: AbortSignal) =>
    (await query(CORRECTIONS, { since: filter.since ?? null, item: filter.item ?? null }, signal))
      .corrections,
};
