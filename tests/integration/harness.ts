/**
 * Helpers for integration tests against the shared throw-away Neo4j (see globalSetup.ts).
 * Call them at the top of a describe block.
 */
import { getIntrospectionQuery, type IntrospectionQuery } from "graphql";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, inject } from "vitest";
import { createDriver, createProbeDriver } from "#platform/neo4j/database.ts";
import { SEED_MODULES } from "#seed/modules.ts";
import { seedDatabase } from "#seed/seedDatabase.ts";
import { type App, createApp } from "#server/app.ts";
import type { TypedDocumentString } from "#tests/generated/graphql.ts";
import { TEST_ADMIN_SECRET } from "./adminToken.ts";

export interface Neo4jHandle {
  run<T = Record<string, unknown>>(cypher: string, params?: Record<string, unknown>): Promise<T[]>;
  driver(): Driver;
  readonly database: string;
}

/** A driver to the seeded test database for the duration of the describe block. */
export function useSeededNeo4j(): Neo4jHandle {
  const connection = inject("neo4j");
  let driver: Driver | undefined;
  beforeAll(() => {
    driver = createDriver(connection.uri, connection.user, connection.password);
  });
  afterAll(async () => {
    await driver?.close();
  });
  const current = () => {
    if (!driver) throw new Error("useSeededNeo4j: driver used outside a test");
    return driver;
  };
  return {
    database: connection.database,
    driver: current,
    async run<T>(cypher: string, params: Record<string, unknown> = {}) {
      const { records } = await current().executeQuery(cypher, params, { database: connection.database });
      return records.map((record) => record.toObject() as T);
    },
  };
}

/** Puts the real seed back (for tests that load other data into the shared database). */
export async function restoreSeed(driver: Driver, database: string): Promise<void> {
  await seedDatabase(driver, database, SEED_MODULES, "always");
}

export interface GraphqlResponse<T = Record<string, unknown>> {
  readonly status: number;
  readonly body: {
    data?: T;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
    extensions?: Record<string, unknown>;
  };
}

export interface AppHandle {
  url(): string;
  /** The port the app listens on (for raw-socket requests). */
  port(): number;
  /**
   * A contract read: an operation written with `graphql(...)` from tests/generated/, its answer
   * typed by codegen from the schema the app serves (codegen.tests.ts).
   */
  query<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables?: TVariables,
    headers?: Record<string, string>,
  ): Promise<GraphqlResponse<TResult>>;
  /**
   * Any text as a query, for what is not a contract read: invalid, hostile or generated
   * operations, and answers judged only by their errors or status. Its data is not typed.
   */
  graphql(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphqlResponse<unknown>>;
  /** The full introspection, typed by graphql-js (for tests that walk every field the app serves). */
  introspect(): Promise<GraphqlResponse<IntrospectionQuery>>;
}

/**
 * The answer to `document` from a response the test fetched itself (to send it by GET, read its
 * headers, or time it): typed by the operation it answers, as `query` types its answers.
 */
export async function answerTo<TResult, TVariables>(
  _document: TypedDocumentString<TResult, TVariables>,
  response: Response,
): Promise<GraphqlResponse<TResult>["body"]> {
  return (await response.json()) as GraphqlResponse<TResult>["body"];
}

/** The same, from an answer's text already read. */
export function answerTextTo<TResult, TVariables>(
  _document: TypedDocumentString<TResult, TVariables>,
  text: string,
): GraphqlResponse<TResult>["body"] {
  return JSON.parse(text) as GraphqlResponse<TResult>["body"];
}

/**
 * An answer to a request that is no contract read (invalid, hostile, or sent as raw bytes): its
 * errors and extensions are typed, its data is not.
 */
export function untypedAnswer(text: string): GraphqlResponse<unknown>["body"] {
  return JSON.parse(text) as GraphqlResponse<unknown>["body"];
}

/** The real HTTP app on a free port, over the test database. */
export interface UseAppOptions {
  readonly jwtSecret?: string;
  readonly clientDir?: string;
  /** The app's clock (the day reads answer for, the time tokens are checked against). */
  readonly now?: () => Date;
  readonly development?: boolean;
  readonly queryTimeoutMs?: number;
  readonly responseMaxBytes?: number;
}

export function useApp(options: UseAppOptions = {}): AppHandle & Neo4jHandle {
  const neo4j = useSeededNeo4j();
  const connection = inject("neo4j");
  let probeDriver: Driver | undefined;
  let app: App | undefined;
  let base = "";
  let port = 0;
  beforeAll(async () => {
    probeDriver = createProbeDriver(connection.uri, connection.user, connection.password);
    app = await createApp({
      driver: neo4j.driver(),
      probeDriver,
      database: neo4j.database,
      queryTimeoutMs: options.queryTimeoutMs ?? 5_000,
      jwtSecret: options.jwtSecret ?? TEST_ADMIN_SECRET,
      clientDir: options.clientDir ?? "client/dist",
      development: options.development ?? process.env.DEBUG_API === "1",
      ...(options.now ? { now: options.now } : {}),
      ...(options.responseMaxBytes === undefined ? {} : { responseMaxBytes: options.responseMaxBytes }),
    });
    port = await app.listen(0, "127.0.0.1");
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await app?.stop();
    await probeDriver?.close();
  });
  // The answer's shape is the server's word: this is the one place a body is taken as the
  // operation's generated type rather than checked.
  const post = async <T>(query: string, variables: unknown, headers: Record<string, string>) => {
    const response = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as GraphqlResponse<T>["body"] };
  };
  return {
    ...neo4j,
    url: () => base,
    port: () => port,
    query: <TResult, TVariables>(
      document: TypedDocumentString<TResult, TVariables>,
      variables?: TVariables,
      headers: Record<string, string> = {},
    ) => post<TResult>(document.toString(), variables ?? {}, headers),
    graphql: (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
      post<unknown>(query, variables, headers),
    introspect: () => post<IntrospectionQuery>(getIntrospectionQuery(), {}, {}),
  };
}
