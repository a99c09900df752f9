/**
 * One throw-away Neo4j for the whole integration run: started on a free loopback port with a
 * temporary data directory (or NEO4J_TEST_URI when set), seeded with the real seed, and
 * stopped at the end. The user's own database is never touched.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { freePort, type RunningNeo4j, startLocalNeo4j } from "#launcher/launcher.ts";
import { createDriver } from "#platform/neo4j/database.ts";
import { SEED_MODULES } from "#seed/modules.ts";
import { seedDatabase } from "#seed/seedDatabase.ts";

export interface TestNeo4j {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

let local: RunningNeo4j | undefined;
let dataDir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  let connection: TestNeo4j;
  if (process.env.NEO4J_TEST_URI) {
    connection = {
      uri: process.env.NEO4J_TEST_URI,
      user: process.env.NEO4J_TEST_USER ?? "neo4j",
      password: process.env.NEO4J_TEST_PASSWORD ?? "",
      database: process.env.NEO4J_TEST_DATABASE ?? "neo4j",
    };
  } else {
    dataDir = mkdtempSync(join(tmpdir(), "ehealth-graph-test-"));
    local = await startLocalNeo4j({
      dataDir,
      boltPort: await freePort(),
      password: "test-password-123",
      heap: "768m",
    });
    connection = { uri: local.uri, user: local.user, password: local.password, database: "neo4j" };
  }
  const driver = createDriver(connection.uri, connection.user, connection.password);
  try {
    await seedDatabase(driver, connection.database, SEED_MODULES, "always");
  } finally {
    await driver.close();
  }
  project.provide("neo4j", connection);
}

export async function teardown(): Promise<void> {
  await local?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
