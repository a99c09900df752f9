/**
 * The Cypher the time-aware queries send, with their parameters (the neo4j/graphql habit: query
 * in, Cypher and params out). The driver points at a closed port, so nothing runs: readQuery logs
 * the statement on the context before it connects, and the connection failure ends the call.
 */
import neo4j from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import type { ApiContext } from "#server/context.ts";
import { asOfDay, dayOf, today } from "#server/graph/asOf.ts";
import { changes, timeline } from "#server/queries/changes.ts";
import { conflicts } from "#server/queries/conflicts.ts";
import { search } from "#server/queries/search.ts";
import { shortestPath } from "#server/queries/shortestPath.ts";
import { traceToSdgs } from "#server/queries/traceToSdgs.ts";

const driver = neo4j.driver("bolt://127.0.0.1:9", neo4j.auth.basic("neo4j", "unused"), {
  connectionTimeout: 500,
  maxTransactionRetryTime: 0,
});
afterAll(() => driver.close());

async function sent(run: (context: ApiContext) => Promise<unknown>) {
  const context: ApiContext = { driver, database: "neo4j", queryTimeoutMs: 1000, cypherLog: [] };
  await run(context).catch(() => undefined);
  return context.cypherLog.map(({ query, params }) => ({ query: query.split("\n"), params }));
}

describe("as-of days", () => {
  it("widens a partial date towards the start for asOf and from, towards the end for to", () => {
    expect([
      dayOf("2024", "asOf"),
      dayOf("2024-02", "from"),
      dayOf("2024-02", "to"),
      dayOf("2023", "to"),
    ]).toEqual(["2024-01-01", "2024-02-01", "2024-02-29", "2023-12-31"]);
  });

  it("takes the UTC day of a moment: 00:30 in Oslo on 1 July is still 30 June", () => {
    expect(today(new Date("2024-06-30T22:30:00Z"))).toBe("2024-06-30");
    expect(today(new Date("2024-07-01T00:30:00+02:00"))).toBe("2024-06-30");
    expect(today(new Date("2024-12-31T23:59:59.999Z"))).toBe("2024-12-31");
  });

  it("answers for the request's day when asOf is omitted, and for asOf when given", () => {
    // A day far from the clock's: a fallback to the clock cannot pass for the request's day.
    expect(asOfDay(undefined, "2031-05-17")).toBe("2031-05-17");
    expect(asOfDay(null, "2031-05-17")).toBe("2031-05-17");
    expect(asOfDay("2024-02", "2031-05-17")).toBe("2024-02-01");
  });

  it.each(["", "2024-00", "2024-02-30", "24", "2024/01/01", "today"])(
    "rejects %j naming the argument",
    (value) => {
      expect(() => dayOf(value, "from")).toThrow(
        expect.objectContaining({ extensions: { code: "BAD_USER_INPUT", argument: "from" } }),
      );
    },
  );
});

describe("Cypher of the time-aware queries", () => {
  it("search filters hits to the nodes in force on the day", async () => {
    const [call] = await sent((context) =>
      search(context, { text: "helse" }, { asOf: "2024-06-01", everyDate: false }),
    );
    expect(call?.params).toMatchInlineSnapshot(`
      {
        "asOf": "2024-06-01",
        "candidates": 200,
        "closeShare": 0.5,
        "everyDate": false,
        "exact": "helse",
        "limit": 10,
        "query": "(helse^2 OR helse* OR helse~1)",
        "types": [],
      }
    `);
    const cypher = call?.query.join("\n") ?? "";
    expect(cypher).toContain("(node.inForceTo IS NULL OR node.inForceTo >= $asOf)) AS inForce");
    expect(cypher).toContain("AND ($everyDate OR inForce)");
  });

  it("search without a day keeps nodes of every date, close matches first, in force first in each band", async () => {
    const [call] = await sent((context) =>
      search(context, { text: "helse" }, { asOf: "2031-05-17", everyDate: true }),
    );
    expect(call?.params).toMatchObject({ asOf: "2031-05-17", everyDate: true });
    expect(call?.query.join("\n")).toContain(
      "ORDER BY close DESC, hit.inForce DESC, hit.exactMatch DESC, hit.score DESC",
    );
  });

  it("traceToSdgs keeps every node and relationship of a path in force", async () => {
    const [call] = await sent((context) => traceToSdgs(context, "objective-3", "2020-01-01"));
    expect(call).toMatchInlineSnapshot(`
      {
        "params": {
          "asOf": "2020-01-01",
          "id": "objective-3",
          "maxPaths": 200,
        },
        "query": [
          "// Every directed path from a node to an SDG along the relationship types that point from a",
          "// thing towards what it serves (model/model.ts TRACE_TYPES; a test keeps this list in sync).",
          "// DEPENDS_ON is deliberately absent. Bounded: 6 steps, $maxPaths paths, shortest first.",
          "// Every node and relationship on a path was in force on $asOf.",
          "MATCH (from:Entity {id: $id})",
          "OPTIONAL MATCH p = (from)-[:OVERSEES|RUNS|MANAGES|PUBLISHED|HAS_OBJECTIVE|OUTCOME_OF|SUPPORTS|CONTRIBUTES_TO*1..6]->(sdg:SDG)",
          "WHERE all(x IN nodes(p) WHERE ((x.inForceFrom IS NULL OR x.inForceFrom <= $asOf) AND (x.inForceTo IS NULL OR x.inForceTo >= $asOf)))",
          "  AND all(x IN relationships(p) WHERE ((x.inForceFrom IS NULL OR x.inForceFrom <= $asOf) AND (x.inForceTo IS NULL OR x.inForceTo >= $asOf)))",
          "WITH from, p ORDER BY length(p)",
          "LIMIT $maxPaths",
          "WITH from, collect(p) AS paths",
          "RETURN",
          "  from {.*, type: [l IN labels(from) WHERE l <> 'Entity'][0]} AS from,",
          "  [p IN paths | {",
          "    sdg: last(nodes(p)).id,",
          "    nodes: [n IN nodes(p) | n {.*, type: [l IN labels(n) WHERE l <> 'Entity'][0]}],",
          "    steps: [r IN relationships(p) | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r)}]",
          "  }] AS paths",
          "",
        ],
      }
    `);
  });

  it("shortestPath asks for both ends and a path through what was in force", async () => {
    const [call] = await sent((context) => shortestPath(context, "helsenorge", "sdg-3", "2020-01-01"));
    expect(call).toMatchInlineSnapshot(`
      {
        "params": {
          "asOf": "2020-01-01",
          "fromId": "helsenorge",
          "toId": "sdg-3",
        },
        "query": [
          "// A shortest path between two nodes in either direction, at most 8 steps, through only what was",
          "// in force on $asOf: a path may not pass through a node or relationship out of force that day.",
          "// Both ends are returned so that the caller can tell an end out of force from no path at all.",
          "MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})",
          "OPTIONAL MATCH p = shortestPath((a)-[*..8]-(b))",
          "WHERE all(x IN nodes(p) WHERE ((x.inForceFrom IS NULL OR x.inForceFrom <= $asOf) AND (x.inForceTo IS NULL OR x.inForceTo >= $asOf)))",
          "  AND all(x IN relationships(p) WHERE ((x.inForceFrom IS NULL OR x.inForceFrom <= $asOf) AND (x.inForceTo IS NULL OR x.inForceTo >= $asOf)))",
          "RETURN",
          "  a {.*, type: [l IN labels(a) WHERE l <> 'Entity'][0]} AS from,",
          "  b {.*, type: [l IN labels(b) WHERE l <> 'Entity'][0]} AS to,",
          "  CASE WHEN p IS NULL THEN [] ELSE [n IN nodes(p) | n {.*, type: [l IN labels(n) WHERE l <> 'Entity'][0]}] END AS nodes,",
          "  CASE WHEN p IS NULL THEN [] ELSE [r IN relationships(p) | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r)}] END AS edges",
          "",
        ],
      }
    `);
  });

  it("conflicts passes the day", async () => {
    const [call] = await sent((context) => conflicts(context, "2023-12-31"));
    expect(call?.params).toMatchInlineSnapshot(`
      {
        "asOf": "2023-12-31",
      }
    `);
  });

  it("changes sends whole days, widened from partial dates, and a bound", async () => {
    const [call] = await sent((context) => changes(context, "2020", "2024-01"));
    expect(call).toMatchInlineSnapshot(`
      {
        "params": {
          "from": "2020-01-01",
          "limit": 1000,
          "to": "2024-01-31",
        },
        "query": [
          "// Everything that started or ended within [$from, $to] (full days): nodes and relationships whose",
          "// first day in force (inForceFrom) or last day in force (inForceTo) falls in the range. Ordered",
          "// by day, then "ended" before "started", then id, so the answer reads as a history and is stable.",
          "// A relationship's row carries its two ends (\`ends\`) so a list can name them. Bounded by $limit.",
          "CALL () {",
          "  MATCH (n:Entity) WHERE n.inForceFrom >= $from AND n.inForceFrom <= $to",
          "  RETURN n.inForceFrom AS date, 'started' AS kind, n.id AS id,",
          "    n {.*, type: [l IN labels(n) WHERE l <> 'Entity'][0]} AS node, null AS edge, [] AS ends",
          "  UNION ALL",
          "  MATCH (n:Entity) WHERE n.inForceTo >= $from AND n.inForceTo <= $to",
          "  RETURN n.inForceTo AS date, 'ended' AS kind, n.id AS id,",
          "    n {.*, type: [l IN labels(n) WHERE l <> 'Entity'][0]} AS node, null AS edge, [] AS ends",
          "  UNION ALL",
          "  MATCH (a:Entity)-[r]->(b:Entity) WHERE r.inForceFrom >= $from AND r.inForceFrom <= $to",
          "  RETURN r.inForceFrom AS date, 'started' AS kind, r.id AS id, null AS node,",
          "    {id: r.id, type: type(r), source: a.id, target: b.id, props: properties(r)} AS edge,",
          "    [endNode IN [a, b] | endNode {.*, type: [l IN labels(endNode) WHERE l <> 'Entity'][0]}] AS ends",
          "  UNION ALL",
          "  MATCH (a:Entity)-[r]->(b:Entity) WHERE r.inForceTo >= $from AND r.inForceTo <= $to",
          "  RETURN r.inForceTo AS date, 'ended' AS kind, r.id AS id, null AS node,",
          "    {id: r.id, type: type(r), source: a.id, target: b.id, props: properties(r)} AS edge,",
          "    [endNode IN [a, b] | endNode {.*, type: [l IN labels(endNode) WHERE l <> 'Entity'][0]}] AS ends",
          "}",
          "RETURN date, kind, node, edge, ends",
          "ORDER BY date, kind, id",
          "LIMIT $limit",
          "",
        ],
      }
    `);
  });

  it("changes rejects a range that ends before it starts without querying", async () => {
    expect(await sent((context) => changes(context, "2024", "2023-12-31"))).toEqual([]);
  });

  it("timeline takes no parameters", async () => {
    const [call] = await sent((context) => timeline(context));
    expect(call?.params).toEqual({});
  });
});
