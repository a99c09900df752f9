/**
 * One app server for the whole end-to-end run: started once (its own throw-away Neo4j, seeded)
 * and shared by every spec file through vitest's provide/inject, instead of one start per file.
 * Files run one at a time (fileParallelism: false), so a file that reshapes the data restores it
 * before the next begins. A file that must stop its server (explorer.spec's "server is down")
 * starts its own with startOwnApp().
 */
import type { TestProject } from "vitest/node";
import { type AppServer, loadServerModule } from "./appServer.ts";

/** What a spec file needs of the shared server: its address and, for data shaping, its Neo4j. */
export interface SharedApp {
  readonly url: string;
  readonly neo4j?: AppServer["neo4j"];
}

declare module "vitest" {
  export interface ProvidedContext {
    e2eApp: SharedApp;
  }
}

let server: AppServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  server = await (await loadServerModule()).startAppServer();
  project.provide("e2eApp", { url: server.url, ...(server.neo4j ? { neo4j: server.neo4j } : {}) });
}

export async function teardown(): Promise<void> {
  await server?.stop().catch(() => {});
}
