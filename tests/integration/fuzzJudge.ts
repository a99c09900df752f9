/**
 * What the GraphQL fuzzers send and how an answer is judged: never a 5xx, never a stack trace or a
 * Neo4j/Java internal, never INTERNAL_SERVER_ERROR for hostile input, and every limit that rejects
 * a request names itself. Shared by fuzz.int.test.ts and the attack benchmark (bench/bounds.ts).
 */
import { LIMIT_NAMES } from "#model/errorCodes.ts";
import type { LIMITS } from "#server/limits/apiLimits.ts";
export interface FuzzRequest {
  /** What the generator meant to send, for failure messages. */
  readonly kind: string;
  readonly method: "GET" | "POST";
  /** Path and query string, starting with "/". */
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string | Uint8Array;
  /** A limit that must reject this request by name. */
  readonly expectLimit?: keyof typeof LIMITS;
}

export interface Outcome {
  readonly request: FuzzRequest;
  readonly status: number;
  readonly text: string;
  readonly ms: number;
}

/** What must never reach a client: stack frames, driver and JVM internals. */
const LEAK =
  /Neo4jError|Neo\.(Client|Transient|Database)Error|java\.|\n\s*at |\bat \S+ \(|node_modules|stacktrace/i;

export async function send(base: string, r: FuzzRequest): Promise<Outcome> {
  const started = performance.now();
  const response = await fetch(`${base}${r.path}`, {
    method: r.method,
    headers: r.headers,
    ...(r.body === undefined ? {} : { body: r.body }),
    // The answer of /graphql itself is judged: a browser's GET (Accept: text/html) is redirected
    // to the explorer page, which is not the API's to answer (nor there when client/ is unbuilt).
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  return { request: r, status: response.status, text, ms: performance.now() - started };
}

/** Runs `items` through `worker`, `concurrency` at a time, in order of the array. */
export async function pool<T, R>(
  items: readonly T[],
  concurrency: number,
  worker: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await worker(items[index] as T);
      }
    }),
  );
  return results;
}

interface WireError {
  message?: unknown;
  extensions?: { code?: unknown; limit?: unknown; stacktrace?: unknown; exception?: unknown };
}

/** Every way the outcome breaks the contract; empty when it holds. */
export function violations(outcome: Outcome): string[] {
  const { status, text, request: r } = outcome;
  const found: string[] = [];
  if (status >= 500) found.push(`status ${status}`);
  if (LEAK.test(text)) found.push("leaks internals");
  let body: { data?: unknown; errors?: WireError[] } | undefined;
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    if (status >= 400) found.push("error body is not JSON");
  }
  if (!body) return found;
  const errors = body.errors;
  if (status >= 400 && (!Array.isArray(errors) || errors.length === 0)) found.push("error without errors[]");
  for (const error of errors ?? []) {
    if (typeof error.message !== "string" || error.message === "") found.push("error without a message");
    if (error.extensions?.stacktrace !== undefined || error.extensions?.exception !== undefined) {
      found.push("stack trace in extensions");
    }
    // Hostile input is the client's mistake: it must never surface as an unexplained failure.
    if (error.extensions?.code === "INTERNAL_SERVER_ERROR") found.push("INTERNAL_SERVER_ERROR");
    const code = error.extensions?.code;
    const limit = error.extensions?.limit;
    if (
      code === "LIMIT_EXCEEDED" &&
      !(typeof limit === "string" && (LIMIT_NAMES as readonly string[]).includes(limit))
    ) {
      found.push(`limit rejection without a known limit name (${String(limit)})`);
    }
    if (
      /(depth|aliases|token|cost|directives) limit/i.test(String(error.message)) &&
      code !== "LIMIT_EXCEEDED"
    ) {
      found.push("limit message without LIMIT_EXCEEDED");
    }
  }
  if (status === 413 && errors?.[0]?.extensions?.limit !== "bodyBytes")
    found.push("413 without limit bodyBytes");
  if (r.expectLimit && !(errors ?? []).some((e) => e.extensions?.limit === r.expectLimit)) {
    found.push(`not rejected by ${r.expectLimit}`);
  }
  return found;
}

export function describeRequest(r: FuzzRequest): string {
  const body =
    r.body === undefined ? "" : typeof r.body === "string" ? r.body : new TextDecoder().decode(r.body);
  const shown = body.length > 300 ? `${body.slice(0, 300)}… (${body.length} chars)` : body;
  return `${r.kind}: ${r.method} ${r.path.slice(0, 200)} ${JSON.stringify(r.headers)} ${shown}`;
}
