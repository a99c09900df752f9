/**
 * Load: `clients` concurrent clients, each sending the users' mix of queries back to back to
 * POST /graphql for `seconds` seconds. Every request is timed; a request counts as an error when
 * the status is not 200, the body is not JSON, or it carries `errors`.
 */
import { Agent, request as httpRequest } from "node:http";
import { performance } from "node:perf_hooks";
import { percentile } from "./stats.ts";

export const QUERY_KINDS = ["search", "neighbourhood", "traceToSdgs", "sdgMatrix", "generated"] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export interface KindResult {
  readonly requests: number;
  readonly errors: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

export interface LoadResult {
  readonly clients: number;
  readonly seconds: number;
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly errors: number;
  /** Answers the app did not compute for the request (its x-read-cache header said "hit" or "shared"). */
  readonly cacheHits: number;
  /** The first few error descriptions, to tell what went wrong. */
  readonly errorSamples: readonly string[];
  readonly byKind: Readonly<Record<QueryKind, KindResult>>;
}

/** What users type: names, abbreviations, Norwegian words, typos, prefixes as they type. */
const SEARCH_TEXTS = [
  "helsenorge",
  "kjernejournal",
  "e-resept",
  "helse",
  "helsedirektoratet",
  "Norwegian Health Network",
  "kjernjournal",
  "strategy",
  "SDG",
  "health data",
  "ministry",
  "digital",
  "he",
  "hel",
  "kjer",
  "resept",
  "norsk helsenett",
  "direktorat",
  "regional health",
  "hospital",
  "municipal",
  "journal",
  "prescription",
  "data",
  "security",
  "innovation",
  "objective",
  "cancer",
  "europe",
  "WHO",
  "helseplattformen",
  "personvern",
  "sykehus",
  "kommune",
  "interoperability",
  "standard",
  "ehealth",
  "council",
  "law",
  "act",
] as const;

/** Node ids the mix walks through (the whole seed by default; see setLoadIds). */
let NODE_IDS: readonly string[] = ["helsenorge", "kjernejournal", "ministry-of-health-and-care-services"];
let SOLUTION_IDS: readonly string[] = ["helsenorge", "kjernejournal"];

/** Varies node ids across the graph instead of a handful of hot ones. */
export function setLoadIds(ids: { nodes: readonly string[]; solutions: readonly string[] }): void {
  if (ids.nodes.length > 0) NODE_IDS = ids.nodes;
  if (ids.solutions.length > 0) SOLUTION_IDS = ids.solutions;
}
const pick = (list: readonly string[], i: number) => list[i % list.length] as string;

const WARMUP_ROUNDS = 20;

const NODE = "id type name nameNo aliases description";
const EDGE = "id source target type basis strength";

interface Request {
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

/** The i-th request of a kind: varying text and ids, each from the explorer's own shapes. */
export function requestFor(kind: QueryKind, i: number): Request {
  switch (kind) {
    case "search":
      return {
        query: `query($text: String!) { search(text: $text, limit: 10) { score node { ${NODE} } } }`,
        variables: { text: pick(SEARCH_TEXTS, i) },
      };
    case "neighbourhood":
      return {
        query: `query($id: ID!) { neighbourhood(id: $id, depth: 2) { nodes { ${NODE} } edges { ${EDGE} } } }`,
        variables: { id: pick(NODE_IDS, i * 7) },
      };
    case "traceToSdgs":
      return {
        query: `query($id: ID!) { traceToSdgs(fromId: $id) { sdgs { ${NODE} } paths { sdg { id } steps { ${EDGE} } } } }`,
        variables: { id: pick(NODE_IDS, i * 13 + 3) },
      };
    case "sdgMatrix":
      return {
        query: `{ sdgMatrix { objectives { ${NODE} } sdgs { ${NODE} } cells { objective { id } sdg { id } strength reason } } }`,
        variables: {},
      };
    case "generated":
      return {
        query: "query($id: ID!) { solutions(where: { id: { eq: $id } }) { id name nameNo description url } }",
        variables: { id: pick(SOLUTION_IDS, i) },
      };
    default:
      throw new Error(`Unknown query kind: ${String(kind satisfies never)}`);
  }
}

interface Sample {
  readonly kind: QueryKind;
  readonly ms: number;
  readonly error?: string;
  /** The app's x-read-cache header: whether the read cache answered (or an identical read in flight). */
  readonly hit?: boolean;
}

/**
 * One request over a kept-alive connection. node:http rather than fetch: the clients are the
 * measuring instrument and share the machine's two cores with the app, and fetch spends about
 * twice the CPU per request (its streams and header objects), which the app would then lack.
 */
function sendOne(agent: Agent, url: URL, kind: QueryKind, i: number): Promise<Sample> {
  const started = performance.now();
  const payload = JSON.stringify(requestFor(kind, i));
  return new Promise((resolve) => {
    const finish = (sample: Omit<Sample, "kind" | "ms">) =>
      resolve({ kind, ms: performance.now() - started, ...sample });
    const request = httpRequest(
      url,
      {
        agent,
        method: "POST",
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload) },
        timeout: 30_000,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", (error) => finish({ error: `${kind}: ${String(error)}` }));
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          const source = response.headers["x-read-cache"];
          const hit = source === "hit" || source === "shared";
          if (response.statusCode !== 200) {
            finish({ error: `${kind}: HTTP ${response.statusCode} ${text.slice(0, 200)}`, hit });
            return;
          }
          try {
            const body = JSON.parse(text) as { errors?: unknown[] };
            if (body.errors?.length)
              finish({ error: `${kind}: ${JSON.stringify(body.errors).slice(0, 200)}`, hit });
            else finish({ hit });
          } catch (error) {
            finish({ error: `${kind}: ${String(error)}`, hit });
          }
        });
      },
    );
    request.on("timeout", () => request.destroy(new Error("no answer within 30 s")));
    request.on("error", (error) => finish({ error: `${kind}: ${String(error)}` }));
    request.end(payload);
  });
}

/** Runs the mix; each client walks the kinds round-robin from its own offset. */
export async function runLoad(
  baseUrl: string,
  options: { clients?: number; seconds?: number } = {},
): Promise<LoadResult> {
  const clients = options.clients ?? 50;
  const seconds = options.seconds ?? 60;
  const url = new URL(`${baseUrl}/graphql`);
  // One kept-alive connection per client, as a browser tab or a service would hold.
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  // Warm-up, not measured: a fresh JVM plans each Cypher query once and JIT-compiles slowly.
  for (let i = 0; i < WARMUP_ROUNDS; i++) {
    await Promise.all(QUERY_KINDS.map((kind) => sendOne(agent, url, kind, i)));
  }
  const samples: Sample[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = client; performance.now() < deadline; i++) {
        const kind = QUERY_KINDS[i % QUERY_KINDS.length] as QueryKind;
        samples.push(await sendOne(agent, url, kind, Math.floor(i / QUERY_KINDS.length)));
      }
    }),
  );
  const elapsedSeconds = (performance.now() - started) / 1000;
  agent.destroy();
  const times = samples.map((s) => s.ms);
  const errors = samples.filter((s) => s.error !== undefined);
  const byKind = Object.fromEntries(
    QUERY_KINDS.map((kind) => {
      const mine = samples.filter((s) => s.kind === kind);
      const ms = mine.map((s) => s.ms);
      return [
        kind,
        {
          requests: mine.length,
          errors: mine.filter((s) => s.error !== undefined).length,
          p50Ms: percentile(ms, 50),
          p99Ms: percentile(ms, 99),
        },
      ];
    }),
  ) as Record<QueryKind, KindResult>;
  return {
    clients,
    seconds,
    requests: samples.length,
    requestsPerSecond: samples.length / elapsedSeconds,
    p50Ms: percentile(times, 50),
    p99Ms: percentile(times, 99),
    errors: errors.length,
    cacheHits: samples.filter((s) => s.hit).length,
    errorSamples: errors.slice(0, 5).map((s) => s.error as string),
    byKind,
  };
}
