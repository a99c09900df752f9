/**
 * Hostile input at the HTTP edge, below GraphQL: generated request lines, targets, methods,
 * headers and bodies sent over raw sockets (fetch refuses most of them) to the real app serving
 * a small client folder. Whatever arrives, the answer is a status below 500 with the security
 * headers, a HEAD answer has no body, nothing outside the client folder is ever served, and the
 * server is still healthy afterwards.
 *
 * Replayable: the seed is fixed (fuzzSeed.ts) and printed; FUZZ_SEED=<n> sets another.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "#server/app.ts";
import { SECURITY_HEADERS } from "#server/http/securityHeaders.ts";
import { fuzzSeed } from "./fuzzSeed.ts";
import { useSeededNeo4j } from "./harness.ts";
import { type RawRequest, type RawResponse, rawRequest } from "./httpClient.ts";
import { makeClientDir } from "./staticClient.ts";

const REQUESTS = Number(process.env.FUZZ_HTTP_REQUESTS ?? 6_000);
const CONCURRENCY = 16;
const RUN_TIMEOUT_MS = 240_000;
/** Text that only files outside the client folder contain. */
const OUTSIDE = /norway-ehealth-graph|root:x:0|compilerOptions|PRIVATE KEY/;

interface FuzzCase extends RawRequest {
  readonly kind: string;
}

const PATHS = [
  "/",
  "/graphql",
  "/healthz",
  "/index.html",
  "/assets/app-1a2b3c.js",
  "/trace/objective-3",
  "/missing.js",
];

/** Broken or odd percent escapes, including overlong UTF-8 and encoded traversal. */
const badEscape = fc.constantFrom(
  "%",
  "%%",
  "%2",
  "%zz",
  "%E0%A4%A",
  "%C0%AE%C0%AE",
  "%FF%FE",
  "%2e%2e%2f",
  "%2e%2e/%2e%2e/",
  "..%2f..%2f",
  "%00",
  "%u002e",
  "%25",
  "%D8%00",
);
const pathSegment = fc.oneof(
  fc.constantFrom(
    "assets",
    "graphql",
    "healthz",
    "..",
    ".",
    "",
    "index.html",
    "package.json",
    "etc",
    "passwd",
  ),
  badEscape,
  fc.stringMatching(/^[A-Za-z0-9._~!$&'()*+,;=:@-]{1,20}$/),
);
const target: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...PATHS) },
  {
    weight: 10,
    arbitrary: fc.array(pathSegment, { minLength: 1, maxLength: 8 }).map((s) => `/${s.join("/")}`),
  },
  {
    weight: 5,
    arbitrary: fc
      .tuple(fc.constantFrom(...PATHS), badEscape, fc.stringMatching(/^[a-z=&%0-9]{0,30}$/))
      .map(([p, e, q]) => `${p}?${q}${e}`),
  },
  {
    weight: 3,
    arbitrary: fc.integer({ min: 1_000, max: 40_000 }).map((n) => `/${"a/".repeat(n / 2)}`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom("*", "http://127.0.0.1/", "//", "///etc/passwd", "\\..\\..\\", "/\\x"),
  },
);
const method = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("GET", "HEAD", "POST") },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "PUT",
      "DELETE",
      "PATCH",
      "OPTIONS",
      "TRACE",
      "PROPFIND",
      "MKCOL",
      "PURGE",
      "LINK",
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom("get", "G ET", "FOO", "CONNECT", "") },
);
const header: fc.Arbitrary<readonly [string, string]> = fc.oneof(
  fc.constantFrom(
    ["content-type", "application/json"] as const,
    ["content-type", "text/plain"] as const,
    ["content-type", "multipart/form-data"] as const,
    ["content-type", "application/json; charset=utf-16"] as const,
    ["content-type", "application/x-www-form-urlencoded"] as const,
    ["content-type", ""] as const,
    ["accept", "*/*"] as const,
    ["accept-encoding", "gzip, br"] as const,
    ["range", "bytes=5-2"] as const,
    ["range", "bytes=999999-"] as const,
    ["if-none-match", '"x"'] as const,
    ["apollo-require-preflight", "1"] as const,
    ["x-include-cypher", "1"] as const,
    ["authorization", "Bearer not.a.token"] as const,
    ["transfer-encoding", "chunked"] as const,
  ),
  fc.integer({ min: 100, max: 20_000 }).map((n) => ["x-long", "v".repeat(n)] as const),
);
const body = fc.oneof(
  { weight: 4, arbitrary: fc.constant<string[]>([]) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(['{"query":"{ __typename }"}'], ["{"], ["\u0000\u00ff"], ["query=x"]),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }).map((s) => [s]) },
);

const fuzzCase: fc.Arbitrary<FuzzCase> = fc.oneof(
  {
    weight: 50,
    arbitrary: fc
      .record({ method, target, headers: fc.array(header, { maxLength: 4 }), body })
      .map((r) => ({ kind: "generated", ...r })),
  },
  // Bodies that trickle in: the handler must wait or time out, not fail.
  {
    weight: 1,
    arbitrary: fc.integer({ min: 2, max: 6 }).map((n) => ({
      kind: "slow body",
      method: "POST",
      target: "/graphql",
      headers: [["content-type", "application/json"] as const],
      body: ['{"query":', '"{ __typename }"', "}", ..." ".repeat(n).split("")],
      chunkDelayMs: 40,
    })),
  },
  // Many headers at once, past Node's header-size limit.
  {
    weight: 1,
    arbitrary: fc.integer({ min: 50, max: 3_000 }).map((n) => ({
      kind: "many headers",
      method: "GET",
      target: "/",
      headers: Array.from({ length: n }, (_, i) => [`x-h${i}`, "value-value-value"] as const),
    })),
  },
);

function violations(c: FuzzCase, r: RawResponse): string[] {
  const found: string[] = [];
  if (r.status === 0) found.push("no status line");
  if (r.status >= 500) found.push(`status ${r.status}`);
  for (const name of Object.keys(SECURITY_HEADERS)) {
    if (r.status !== 0 && !r.headers.has(name)) found.push(`no ${name}`);
  }
  if (c.method === "HEAD" && r.body !== "") found.push("HEAD answered with a body");
  if (OUTSIDE.test(r.body)) found.push("served a file outside the client folder");
  return found;
}

async function pool<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index] as T);
      }
    }),
  );
  return results;
}

describe("hostile HTTP at the edge", () => {
  const neo4j = useSeededNeo4j();
  let app: App | undefined;
  let port = 0;
  const client = makeClientDir();

  beforeAll(async () => {
    app = await createApp({
      driver: neo4j.driver(),
      database: neo4j.database,
      queryTimeoutMs: 5_000,
      clientDir: client.dir,
    });
    port = await app.listen(0, "127.0.0.1");
  });
  afterAll(async () => {
    await app?.stop();
    client.remove();
  });

  it(
    `answers ${REQUESTS} generated malformed requests without a 5xx, a leak or a HEAD body, and stays healthy`,
    async () => {
      const seed = fuzzSeed();
      console.info(`fuzz http: seed ${seed} (replay with FUZZ_SEED=${seed})`);
      const cases = fc.sample(fuzzCase, { numRuns: REQUESTS, seed });
      const started = Date.now();
      const outcomes = await pool(cases, CONCURRENCY, async (c) => {
        try {
          return { c, problems: violations(c, await rawRequest(port, c)) };
        } catch (error) {
          return { c, problems: [String(error)] };
        }
      });
      console.info(
        `fuzz http: ${outcomes.length} requests in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      const failures = outcomes.filter((o) => o.problems.length > 0);
      const report = failures
        .slice(0, 10)
        .map(
          ({ c, problems }) =>
            `${problems.join("; ")} ← ${c.kind} ${JSON.stringify(c.method)} ${c.target.slice(0, 120)} ${JSON.stringify(c.headers?.slice(0, 3).map(([k, v]) => [k, v.slice(0, 40)]))}`,
        );
      expect(report, `FUZZ_SEED=${seed}: ${failures.length} failing requests`).toEqual([]);
      expect(outcomes.length).toBe(REQUESTS);

      expect(app?.server.listening).toBe(true);
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
    },
    RUN_TIMEOUT_MS,
  );
});
