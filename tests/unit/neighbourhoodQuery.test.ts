/**
 * The Cypher neighbourhood sends, with its parameters (the neo4j/graphql habit: query in, Cypher
 * and params out): one statement whatever the depth, the bounds as parameters. The driver points
 * at a closed port, so nothing runs: readQuery logs the statement before it connects.
 */
import neo4j from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { composedCypher } from "#cypher/composedCypher.ts";
import type { ApiContext } from "#server/context.ts";
import { neighbourhood } from "#server/queries/neighbourhood.ts";

const driver = neo4j.driver("bolt://127.0.0.1:9", neo4j.auth.basic("neo4j", "unused"), {
  connectionTimeout: 500,
  maxTransactionRetryTime: 0,
});
afterAll(() => driver.close());

async function sent(args: Parameters<typeof neighbourhood>[1]) {
  const context: ApiContext = { driver, database: "neo4j", queryTimeoutMs: 1000, cypherLog: [] };
  await neighbourhood(context, args, "2024-06-01").catch(() => undefined);
  return context.cypherLog;
}

describe("Cypher of neighbourhood", () => {
  it("sends one statement three levels deep, with the bounds and the type filter as parameters", async () => {
    const log = await sent({ id: "helsenorge", depth: 3, types: ["RUNS", "PART_OF"] });
    expect(log).toHaveLength(1);
    expect(log[0]?.query).toBe(composedCypher("queries/neighbourhood"));
    expect(log[0]?.params).toMatchInlineSnapshot(`
      {
        "asOf": "2024-06-01",
        "depth": 3,
        "id": "helsenorge",
        "limit": 2000,
        "maxNodes": 500,
        "types": [
          "RUNS",
          "PART_OF",
        ],
      }
    `);
  });

  it("sends nothing for a depth out of range or an unknown relationship type", async () => {
    expect(await sent({ id: "helsenorge", depth: 4 })).toEqual([]);
    expect(await sent({ id: "helsenorge", types: ["LIKES"] })).toEqual([]);
  });
});
