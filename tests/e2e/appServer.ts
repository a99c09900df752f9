/**
 * The app server the end-to-end tests drive: tests/e2e/server.ts (the app as `npm start` runs it,
 * with its own throw-away Neo4j), or the module named by E2E_SERVER_MODULE (a server started
 * some other way, e.g. against an outside Neo4j).
 */
export interface AppServer {
  readonly url: string;
  /** Set when the server runs its own Neo4j (tests/e2e/server.ts), for tests that shape the data. */
  readonly neo4j?: { readonly uri: string; readonly user: string; readonly password: string };
  stop(): Promise<void>;
}

export async function loadServerModule(): Promise<{ startAppServer(): Promise<AppServer> }> {
  const override = process.env.E2E_SERVER_MODULE;
  return (override ? await import(override) : await import("./server.ts")) as {
    startAppServer(): Promise<AppServer>;
  };
}
