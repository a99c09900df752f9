/**
 * Nothing lost: `npm run export` of the shared seeded database, `npm run import` into a fresh
 * second throw-away Neo4j, and an export of that give the same file; a malformed file writes
 * nothing; a non-empty database is refused unless --replace; property types (integer vs float,
 * lists, booleans) and parallel relationships survive the round trip.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { freePort, type RunningNeo4j, startLocalNeo4j } from "#launcher/launcher.ts";
import { createDriver } from "#platform/neo4j/database.ts";
import { countEntities } from "#seed/seedDatabase.ts";
import { exportGraph } from "#tools/graphFile/exportGraph.ts";
import {
  canonicalGraphFile,
  type GraphFile,
  GraphFileError,
  parseGraphFile,
} from "#tools/graphFile/graphFile.ts";
import { DatabaseNotEmptyError, importGraph } from "#tools/graphFile/importGraph.ts";

const START_TIMEOUT_MS = 240_000;
const shared = inject("neo4j");
const work = mkdtempSync(join(tmpdir(), "ehealth-export-test-"));

interface Cli {
  readonly code: number | null;
  readonly output: string;
}

/** Runs `npm run export|import` as a user would (the CLI, through tsx), against `target`. */
function runCli(
  script: "exportCli" | "importCli",
  args: string[],
  target: { uri: string; user: string; password: string },
): Promise<Cli> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", `tools/${script}.ts`, ...args], {
      env: {
        ...process.env,
        NEO4J_URI: target.uri,
        NEO4J_USER: target.user,
        NEO4J_PASSWORD: target.password,
        NEO4J_DATABASE: "neo4j",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code, output }));
  });
}

const readExport = (path: string): GraphFile =>
  canonicalGraphFile(parseGraphFile(readFileSync(path, "utf8")));

describe("graph export and import", () => {
  let second: RunningNeo4j | undefined;
  let driver: Driver | undefined;
  let target = { uri: "", user: "", password: "" };

  const db = () => {
    if (!driver) throw new Error("second Neo4j not started");
    return driver;
  };
  const nodeCount = async () => {
    const { records } = await db().executeQuery("MATCH (n) RETURN count(n) AS n", {}, { database: "neo4j" });
    return Number(records[0]?.get("n"));
  };

  beforeAll(async () => {
    second = await startLocalNeo4j({
      dataDir: join(work, "second"),
      boltPort: await freePort(),
      password: "export-test-password-1",
      startTimeoutMs: START_TIMEOUT_MS,
    });
    target = { uri: second.uri, user: second.user, password: second.password };
    driver = createDriver(second.uri, second.user, second.password);
  }, START_TIMEOUT_MS + 30_000);

  afterAll(async () => {
    await driver?.close();
    await second?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it("rejects a malformed file with an error naming the problem, and writes nothing", async () => {
    const valid: GraphFile = {
      format: "ehealth-graph-export",
      version: 1,
      nodes: [{ labels: ["Entity", "Solution"], properties: { id: "a", name: "A" } }],
      relationships: [],
    };
    const cases: [string, unknown, RegExp][] = [
      ["a wrong format tag", { ...valid, format: "something-else" }, /format/],
      [
        "a node without the Entity label",
        { ...valid, nodes: [{ labels: ["Solution"], properties: { id: "a" } }] },
        /nodes\.0\.labels: must include "Entity"/,
      ],
      [
        "a duplicate node id",
        { ...valid, nodes: [...valid.nodes, ...valid.nodes] },
        /nodes\.1\.properties\.id: duplicate node id "a"/,
      ],
      [
        "a map-valued property",
        { ...valid, nodes: [{ labels: ["Entity"], properties: { id: "a", nested: { x: 1 } } }] },
        /nodes\.0\.properties\.nested/,
      ],
      [
        "a relationship to a missing node",
        { ...valid, relationships: [{ from: "a", type: "RUNS", to: "missing", properties: {} }] },
        /relationships\.0\.to: no node with id "missing"/,
      ],
    ];
    for (const [what, data, message] of cases) {
      const error = await importGraph(db(), "neo4j", data).catch((e: unknown) => e);
      expect(error, what).toBeInstanceOf(GraphFileError);
      expect((error as Error).message, what).toMatch(message);
    }

    // Through the CLI: not JSON at all, and a file whose second node has no id.
    const notJson = join(work, "not-json.json");
    writeFileSync(notJson, '{"format": "ehealth-graph-export", "nodes": [');
    const cliNotJson = await runCli("importCli", [notJson], target);
    expect(cliNotJson.code).toBe(1);
    expect(cliNotJson.output).toContain("is not valid JSON");
    const noId = join(work, "no-id.json");
    writeFileSync(
      noId,
      JSON.stringify({ ...valid, nodes: [...valid.nodes, { labels: ["Entity"], properties: {} }] }),
    );
    const cliNoId = await runCli("importCli", [noId], target);
    expect(cliNoId.code).toBe(1);
    expect(cliNoId.output).toMatch(/nodes\.1\.properties\.id: must be a non-empty string/);

    // Nothing written: no nodes, and not even the constraints a valid import applies first.
    expect(await nodeCount()).toBe(0);
    const { records } = await db().executeQuery(
      "SHOW CONSTRAINTS YIELD name RETURN count(*) AS n",
      {},
      { database: "neo4j" },
    );
    expect(Number(records[0]?.get("n"))).toBe(0);
  });

  it("export → import into an empty database → export gives the identical graph", async () => {
    const first = join(work, "first.json");
    const again = join(work, "again.json");
    const exported = await runCli("exportCli", [first], shared);
    expect(exported.code, exported.output).toBe(0);
    const imported = await runCli("importCli", [first], target);
    expect(imported.code, imported.output).toBe(0);
    const reexported = await runCli("exportCli", [again], target);
    expect(reexported.code, reexported.output).toBe(0);

    const before = readExport(first);
    const after = readExport(again);
    // The whole seeded graph, not a fragment of it.
    const sharedDriver = createDriver(shared.uri, shared.user, shared.password);
    try {
      const counts = await countEntities(sharedDriver, shared.database);
      expect(before.nodes.length).toBe(counts.nodes);
      expect(before.relationships.length).toBe(counts.relationships);
    } finally {
      await sharedDriver.close();
    }
    expect(before.nodes.length).toBeGreaterThan(100);
    expect(after).toEqual(before);
    // Search works on the imported graph: the schema (full-text index) came along.
    const { records } = await db().executeQuery(
      "CALL db.index.fulltext.queryNodes('entity_search', 'helsenorge') YIELD node RETURN node.id AS id LIMIT 1",
      {},
      { database: "neo4j" },
    );
    expect(records[0]?.get("id")).toBe("helsenorge");
  });

  it("refuses a non-empty database with a message naming --replace, and changes nothing", async () => {
    const first = join(work, "first.json");
    const nodesBefore = await nodeCount();
    const refused = await runCli("importCli", [first], target);
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/is not empty \(\d+ nodes\).*--replace/);
    expect(await nodeCount()).toBe(nodesBefore);
    const error = await importGraph(db(), "neo4j", readExport(first)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseNotEmptyError);
  });

  it("keeps integers, floats, booleans, lists, extra labels and parallel relationships with --replace", async () => {
    const file: GraphFile = canonicalGraphFile({
      format: "ehealth-graph-export",
      version: 1,
      nodes: [
        {
          labels: ["Entity", "Figure", "Extra"],
          properties: {
            id: "x-1",
            year: 2030,
            share: 2030,
            ratio: 0.25,
            flag: true,
            counts: [1, 2, 3],
            tags: [],
          },
          integerProperties: ["year", "counts"],
        },
        { labels: ["Entity", "Solution"], properties: { id: "x-2", name: "Ø and é" } },
      ],
      relationships: [
        {
          from: "x-1",
          type: "RELATED_TO",
          to: "x-2",
          properties: { id: "r1", weight: 3 },
          integerProperties: ["weight"],
        },
        { from: "x-1", type: "RELATED_TO", to: "x-2", properties: { id: "r2", weight: 3 } },
      ],
    });
    const path = join(work, "types.json");
    writeFileSync(path, JSON.stringify(file));
    const replaced = await runCli("importCli", [path, "--replace"], target);
    expect(replaced.code, replaced.output).toBe(0);
    expect(canonicalGraphFile(await exportGraph(db(), "neo4j"))).toEqual(file);
    const { records } = await db().executeQuery(
      "MATCH (n:Entity {id: 'x-1'}) RETURN valueType(n.year) AS year, valueType(n.share) AS share, valueType(n.counts) AS counts",
      {},
      { database: "neo4j" },
    );
    expect(records[0]?.toObject()).toEqual({
      year: "INTEGER NOT NULL",
      share: "FLOAT NOT NULL",
      counts: "LIST<INTEGER NOT NULL> NOT NULL",
    });
  });
});
