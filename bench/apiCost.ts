/**
 * API cost, side by side: each query as (a) HTTP POST /graphql to the running app, (b) in-process
 * `graphql.execute` on the same schema, (c) hand-written Cypher through neo4j-driver. The three
 * variants are interleaved per iteration (a, b, c, a, b, c …) so that machine noise hits them
 * equally.
 */
import { performance } from "node:perf_hooks";
import { type DocumentNode, execute, type GraphQLSchema, parse, validate } from "graphql";
import neo4j, { type Driver } from "neo4j-driver";
import { createApp } from "#server/app.ts";
import type { ApiContext } from "#server/context.ts";
import { buildSchema } from "#server/schema/buildSchema.ts";
import { RAW, type RawQueryName } from "./rawCypher.ts";
import { type Summary, summarize } from "./stats.ts";

const SOURCE = "sources { document title section url }";
const NODE = `id type name nameNo aliases description properties ${SOURCE}`;
const EDGE = `id source target type basis strength reason conflict properties ${SOURCE}`;

type Row = Record<string, unknown>;
type Data = Record<string, unknown>;

interface Case {
  readonly name: string;
  readonly kind: "custom" | "generated";
  readonly query: string;
  readonly raw: RawQueryName;
  /** A comparable digest of the answer, from the GraphQL data and from the raw rows. */
  readonly fromGraphql: (data: Data) => string;
  readonly fromRaw: (rows: Row[]) => string;
}

const ids = (items: unknown): string[] =>
  ((items as { id: string }[] | undefined) ?? []).map((item) => item.id).sort();
const subgraphDigest = (nodes: unknown, edges: unknown) =>
  `${ids(nodes).length} nodes, ${ids(edges).length} edges; ${ids(nodes).join(",")}`;
const edgeIds = (edges: unknown): string[] =>
  ((edges as { id: string | null; source: string; type: string; target: string }[] | undefined) ?? []).map(
    (e) => e.id ?? `${e.source}|${e.type}|${e.target}`,
  );

export const CASES: readonly Case[] = [
  {
    name: 'search(text: "kjernejournal")',
    kind: "custom",
    query: `{ search(text: "kjernejournal") { score node { ${NODE} } } }`,
    raw: "search",
    fromGraphql: (d) => `${ids((d.search as { node: unknown }[]).map((h) => h.node)).join(",")}`,
    fromRaw: (rows) => `${ids(rows.map((r) => r.node)).join(",")}`,
  },
  {
    name: 'node(id: "helsenorge")',
    kind: "custom",
    query: `{ node(id: "helsenorge") { ${NODE} } }`,
    raw: "node",
    fromGraphql: (d) => String((d.node as { id: string }).id),
    fromRaw: (rows) => String((rows[0]?.node as { id: string } | undefined)?.id ?? ""),
  },
  {
    name: 'neighbourhood(id: "helsenorge", depth: 2)',
    kind: "custom",
    query: `{ neighbourhood(id: "helsenorge", depth: 2) { nodes { ${NODE} } edges { ${EDGE} } } }`,
    raw: "neighbourhood",
    fromGraphql: (d) => {
      const s = d.neighbourhood as { nodes: unknown; edges: unknown };
      return subgraphDigest(s.nodes, s.edges);
    },
    fromRaw: (rows) =>
      subgraphDigest(
        rows[0]?.nodes,
        edgeIds(rows[0]?.edges).map((id) => ({ id })),
      ),
  },
  {
    name: 'governanceTree(rootId: "ministry-of-health-and-care-services")',
    kind: "custom",
    query: `{ governanceTree(rootId: "ministry-of-health-and-care-services") { nodes { ${NODE} } edges { ${EDGE} } } }`,
    raw: "governanceTree",
    fromGraphql: (d) => {
      const s = d.governanceTree as { nodes: unknown; edges: unknown };
      return subgraphDigest(s.nodes, s.edges);
    },
    fromRaw: (rows) =>
      subgraphDigest(
        rows[0]?.nodes,
        edgeIds(rows[0]?.edges).map((id) => ({ id })),
      ),
  },
  {
    name: 'traceToSdgs(fromId: "department-of-ehealth")',
    kind: "custom",
    query: `{ traceToSdgs(fromId: "department-of-ehealth") { from { ${NODE} } sdgs { ${NODE} } paths { sdg { id } steps { ${EDGE} } } subgraph { nodes { ${NODE} } edges { ${EDGE} } } } }`,
    raw: "traceToSdgs",
    fromGraphql: (d) => {
      const t = d.traceToSdgs as { sdgs: unknown; paths: unknown[] };
      return `${t.paths.length} paths to ${ids(t.sdgs).join(",")}`;
    },
    fromRaw: (rows) => {
      const sdgs = new Set(rows.map((r) => (r.nodes as { id: string }[]).at(-1)?.id ?? ""));
      return `${rows.length} paths to ${[...sdgs].sort().join(",")}`;
    },
  },
  {
    name: "sdgMatrix",
    kind: "custom",
    query: `{ sdgMatrix { objectives { ${NODE} } sdgs { ${NODE} } cells { objective { id } sdg { id } strength reason ${SOURCE} } } }`,
    raw: "sdgMatrix",
    fromGraphql: (d) => {
      const m = d.sdgMatrix as { objectives: unknown[]; sdgs: unknown[]; cells: unknown[] };
      return `${m.objectives.length} objectives × ${m.sdgs.length} SDGs, ${m.cells.length} cells`;
    },
    fromRaw: (rows) => {
      const r = rows[0] as { objectives: unknown[]; sdgs: unknown[]; cells: unknown[] };
      return `${r.objectives.length} objectives × ${r.sdgs.length} SDGs, ${r.cells.length} cells`;
    },
  },
  {
    name: 'shortestPath(fromId: "helsenorge", toId: "sdg-3")',
    kind: "custom",
    query: `{ shortestPath(fromId: "helsenorge", toId: "sdg-3") { nodes { ${NODE} } edges { ${EDGE} } } }`,
    raw: "shortestPath",
    // Several shortest paths may exist: compare the length, not the route.
    fromGraphql: (d) => `${(d.shortestPath as { nodes: unknown[] }).nodes.length} nodes`,
    fromRaw: (rows) => `${(rows[0]?.nodes as unknown[] | undefined)?.length ?? 0} nodes`,
  },
  {
    name: 'evidence(id: "kjernejournal")',
    kind: "custom",
    query: `{ evidence(id: "kjernejournal") { document title section url } }`,
    raw: "evidence",
    fromGraphql: (d) => `${(d.evidence as unknown[]).length} sources`,
    fromRaw: (rows) => `${(rows[0]?.sources as unknown[] | undefined)?.length ?? 0} sources`,
  },
  {
    // Over 1.5× raw, and not for Neo4j's sake: the Cypher @neo4j/graphql writes for it (one
    // statement, a UNION per solution) runs as fast as RAW.solutions when sent by hand. The rest is
    // the library's work per request. A CPU profile of 600 in-process reads (2026-11-24, source maps
    // off as under `npm start`) puts about 1.0 ms of CPU per read in its query resolver, 0.75 ms of
    // it in translateRead: building the query AST (~0.25), transpiling it (~0.23), building the
    // clause (~0.13) and printing the tree for its debug log even when that log is off (~0.08);
    // graphql-js completing the answer adds ~0.15. Against a raw read of 1.6–3.2 ms (p50) that is
    // 1.65–1.98× in eight runs of 600 (with and without source maps). None of it is configurable
    // (`validate`, `debug`, `features` and `cypherQueryOptions` act at schema build); its version
    // check (dbms.components) runs once per process, not per read.
    name: "solutions { id name runsIncoming { … on Entity { id name } } }",
    kind: "generated",
    // RUNS now comes from an agency or (before 2020) a directorate: a union, read through the interface.
    query: "{ solutions { id name runsIncoming { ... on Entity { id name } } } }",
    raw: "solutions",
    fromGraphql: (d) => {
      const solutions = d.solutions as { runsIncoming: unknown[] }[];
      const runs = solutions.reduce((count, solution) => count + solution.runsIncoming.length, 0);
      return `${solutions.length} solutions, ${runs} RUNS`;
    },
    fromRaw: (rows) =>
      `${rows.length} solutions, ${rows.reduce((n, r) => n + (r.runsIncoming as unknown[]).length, 0)} RUNS`,
  },
];

export interface CaseResult {
  readonly name: string;
  readonly kind: "custom" | "generated";
  readonly http: Summary;
  readonly inProcess: Summary;
  readonly raw: Summary;
  readonly graphqlDigest: string;
  readonly rawDigest: string;
  readonly error?: string;
}

export interface ApiCostOptions {
  readonly url: string;
  readonly driver: Driver;
  readonly database: string;
  readonly warmup: number;
  readonly iterations: number;
  readonly log: (line: string) => void;
}

function contextFor(driver: Driver, database: string): ApiContext {
  // The same context server/graphql/requestContext.ts builds per request (without the Cypher recorder).
  return {
    driver,
    database,
    queryTimeoutMs: 5_000,
    cypherLog: [],
    executionContext: driver,
    sessionConfig: { database },
    transaction: { timeout: 5_000 },
  } as ApiContext;
}

async function httpGraphql(url: string, query: string): Promise<Data> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: Data; errors?: { message: string }[] };
  if (!response.ok || body.errors) {
    throw new Error(`HTTP ${response.status}: ${body.errors?.[0]?.message ?? "no data"}`);
  }
  return body.data ?? {};
}

async function inProcess(schema: GraphQLSchema, document: DocumentNode, context: () => ApiContext) {
  const result = await execute({ schema, document, contextValue: context() });
  if (result.errors) throw new Error(`in-process: ${result.errors[0]?.message}`);
  return (result.data ?? {}) as Data;
}

function cypherParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, Number.isSafeInteger(v) ? neo4j.int(v as number) : v]),
  );
}

async function rawCypher(driver: Driver, database: string, name: RawQueryName): Promise<Row[]> {
  const { cypher, params } = RAW[name];
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(cypher, cypherParams(params)), {
      timeout: 5_000,
    });
    return result.records.map((record) => record.toObject());
  } finally {
    await session.close();
  }
}

async function timed<T>(samples: number[], record: boolean, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const value = await run();
  if (record) samples.push(performance.now() - start);
  return value;
}

export async function measureApiCost(options: ApiCostOptions): Promise<CaseResult[]> {
  const { driver, database } = options;
  const schema = await buildSchema(driver, "bench-secret-bench-secret-bench-secret-0123");
  const context = () => contextFor(driver, database);
  const results: CaseResult[] = [];
  for (const testCase of CASES) {
    const document = parse(testCase.query);
    const errors = validate(schema, document);
    const http: number[] = [];
    const proc: number[] = [];
    const raw: number[] = [];
    let graphqlDigest = "";
    let rawDigest = "";
    let inProcessDigest = "";
    try {
      for (let i = 0; i < options.warmup + options.iterations; i++) {
        const record = i >= options.warmup;
        if (errors.length > 0) throw new Error(`invalid query: ${errors[0]?.message}`);
        const a = await timed(http, record, () => httpGraphql(options.url, testCase.query));
        const b = await timed(proc, record, () => inProcess(schema, document, context));
        const c = await timed(raw, record, () => rawCypher(driver, database, testCase.raw));
        if (i === 0) {
          graphqlDigest = testCase.fromGraphql(a);
          inProcessDigest = testCase.fromGraphql(b);
          rawDigest = testCase.fromRaw(c);
          if (inProcessDigest !== graphqlDigest) {
            throw new Error(`HTTP and in-process answers differ: ${graphqlDigest} / ${inProcessDigest}`);
          }
        }
      }
      results.push({
        name: testCase.name,
        kind: testCase.kind,
        http: summarize(http),
        inProcess: summarize(proc),
        raw: summarize(raw),
        graphqlDigest,
        rawDigest,
      });
      options.log(`  ${testCase.name}: done`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      options.log(`  ${testCase.name}: FAILED ${message}`);
      results.push({
        name: testCase.name,
        kind: testCase.kind,
        http: summarize(http),
        inProcess: summarize(proc),
        raw: summarize(raw),
        graphqlDigest,
        rawDigest,
        error: message,
      });
    }
  }
  return results;
}

/**
 * `NEO4J_URI=bolt://… NEO4J_PASSWORD=… npx tsx bench/apiCost.ts [iterations] [cacheMb]`: the
 * contract reads against a running, seeded Neo4j, with the app in this process (so the HTTP
 * column shares the bench's CPU; bench/run.ts measures HTTP against its own process). Prints
 * in-process and raw p50s, their ratio, and whether the answers agree.
 */
if (import.meta.url === `file://${process.argv[1]}`) {
  const uri = process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687";
  const database = process.env.NEO4J_DATABASE ?? "neo4j";
  const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", process.env.NEO4J_PASSWORD ?? ""));
  const iterations = Number(process.argv[2] ?? 200);
  const app = await createApp({
    driver,
    database,
    queryTimeoutMs: 5_000,
    clientDir: "client/dist",
    readCacheMb: Number(process.argv[3] ?? 64),
  });
  const port = await app.listen(0, "127.0.0.1");
  try {
    const results = await measureApiCost({
      url: `http://127.0.0.1:${port}/graphql`,
      driver,
      database,
      warmup: 30,
      iterations,
      log: (line) => process.stderr.write(`${line}\n`),
    });
    for (const r of results) {
      const ratio = r.inProcess.p50 / r.raw.p50;
      process.stdout.write(
        `| \`${r.name}\` | ${r.inProcess.p50.toFixed(2)} / ${r.inProcess.p99.toFixed(1)} | ${r.raw.p50.toFixed(2)} / ${r.raw.p99.toFixed(1)} | ${ratio.toFixed(2)}× | ${r.http.p50.toFixed(2)} | ${r.graphqlDigest === r.rawDigest ? "yes" : `no: ${r.graphqlDigest} / ${r.rawDigest}`}${r.error ? ` FAILED ${r.error}` : ""} |\n`,
      );
    }
  } finally {
    await app.stop();
    await driver.close();
  }
}
