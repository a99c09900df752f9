/**
 * The saved queries as pure halves (server/translate/): arguments in, composed Cypher and
 * parameters out (snapshotted, the neo4j/graphql TCK habit), and rows in, typed rows out, a row
 * of the wrong shape refused naming the query and the field.
 */
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatError } from "#server/errors/formatError.ts";
import { QueryShapeError } from "#server/neo4j/QueryShapeError.ts";
import type { QueryParams, SavedQuery } from "#server/neo4j/savedQuery.ts";
import { changesQuery } from "#server/translate/changes.ts";
import { conflictsQuery } from "#server/translate/conflicts.ts";
import { dataReleaseQuery } from "#server/translate/dataRelease.ts";
import { expandLevelQuery } from "#server/translate/expandLevel.ts";
import { governanceTreeQuery } from "#server/translate/governanceTree.ts";
import { neighbourhoodQuery } from "#server/translate/neighbourhood.ts";
import { nodeByIdQuery } from "#server/translate/nodeById.ts";
import { nodeExistsQuery } from "#server/translate/nodeExists.ts";
import { relationshipByIdQuery } from "#server/translate/relationshipById.ts";
import { sdgMatrixQuery } from "#server/translate/sdgMatrix.ts";
import { searchQuery } from "#server/translate/search.ts";
import { shortestPathQuery } from "#server/translate/shortestPath.ts";
import { subgraphQuery } from "#server/translate/subgraph.ts";
import { successionQuery } from "#server/translate/succession.ts";
import { timelineQuery } from "#server/translate/timeline.ts";
import { traceToSdgsQuery } from "#server/translate/traceToSdgs.ts";

const asOf = "2024-06-01";

/** One call of each query's build, with arguments as its caller in server/queries/ passes them. */
const BUILT: readonly [SavedQuery<QueryParams, unknown>, QueryParams][] = [
  [changesQuery, { from: "2020-01-01", to: "2024-01-31", limit: 1000 }],
  [conflictsQuery, { asOf }],
  [dataReleaseQuery, {}],
  [expandLevelQuery, { frontier: ["helsenorge"], types: [], asOf, limit: 2000 }],
  [governanceTreeQuery, { id: "department-of-ehealth", asOf, limit: 499 }],
  [neighbourhoodQuery, { id: "helsenorge", asOf, depth: 2, types: ["RUNS"], limit: 2000, maxNodes: 500 }],
  [nodeByIdQuery, { id: "helsenorge" }],
  [nodeExistsQuery, { ids: ["helsenorge", "sdg-3"] }],
  [relationshipByIdQuery, { from: "helsenorge", type: "RUNS", to: "sdg-3" }],
  [sdgMatrixQuery, { strategyId: "national-ehealth-strategy-2023", asOf }],
  [
    searchQuery,
    {
      query: "helse*",
      exact: "helse",
      types: [],
      candidates: 200,
      limit: 10,
      asOf,
      everyDate: true,
      closeShare: 0.5,
    },
  ],
  [shortestPathQuery, { fromId: "helsenorge", toId: "sdg-3", asOf }],
  [subgraphQuery, { ids: ["helsenorge", "sdg-3"], asOf }],
  [
    successionQuery,
    { ids: ["directorate-of-ehealth"], successionTypes: ["SUCCEEDED_BY", "MERGED_INTO"], steps: 10 },
  ],
  [timelineQuery, {}],
  [traceToSdgsQuery, { id: "objective-3", maxPaths: 200, asOf }],
] as never;

const node = (id: string, extra: Record<string, unknown> = {}) => ({ id, type: "Organisation", ...extra });
const edge = { id: "a|RUNS|b", type: "RUNS", source: "a", target: "b", props: { basis: "stated" } };

describe("building the saved queries", () => {
  it("covers every query in server/translate/", () => {
    const files = readdirSync("server/translate").filter((file) => file !== "projections.ts");
    expect(BUILT.map(([query]) => `${query.name}.ts`).sort()).toEqual(files.sort());
  });

  it.each(BUILT.map(([query, args]) => [query.name, query, args] as const))(
    "%s sends its composed Cypher with the arguments as parameters",
    (_name, query, args) => {
      const built = query.build(args);
      expect(built.params).toEqual(args);
      expect(built.cypher).not.toContain("@inForce");
      // Every parameter the statement names is sent, and nothing else: user values travel only as these.
      const named = new Set([...built.cypher.matchAll(/\$([A-Za-z_]\w*)/g)].map((match) => match[1]));
      expect([...named].sort()).toEqual(Object.keys(args).sort());
      expect({ cypher: built.cypher.split("\n"), params: built.params }).toMatchSnapshot();
    },
  );
});

describe("decoding the rows", () => {
  it("hands back the rows as typed, keeping a node's other properties for toGraphNode", () => {
    const rows = subgraphQuery.decode([{ nodes: [node("a", { name: "A", number: 3 })], edges: [edge] }]);
    expect(rows[0]?.nodes[0]).toEqual({ id: "a", type: "Organisation", name: "A", number: 3 });
    expect(rows[0]?.edges[0]).toEqual(edge);
  });

  it("refuses a node without an id, naming the query and the field", () => {
    const decode = () => subgraphQuery.decode([{ nodes: [node("a"), { type: "Organisation" }], edges: [] }]);
    expect(decode).toThrow(QueryShapeError);
    expect(decode).toThrow(/Query "subgraph" returned a row whose field "nodes\.1\.id" is wrong/);
  });

  it("refuses a row missing a column its RETURN promised", () => {
    expect(() => searchQuery.decode([{ node: node("a") }])).toThrow(
      expect.objectContaining({ name: "QueryShapeError", query: "search", field: "score" }),
    );
  });

  it("refuses a change of a kind the API does not know", () => {
    const row = { date: "2024-01-01", kind: "paused", node: node("a"), edge: null, ends: [] };
    expect(() => changesQuery.decode([row])).toThrow(
      expect.objectContaining({ query: "changes", field: "kind" }),
    );
  });

  it("accepts the nulls the queries return on purpose (a change's missing side)", () => {
    const row = { date: "2024-01-01", kind: "ended", node: null, edge, ends: [node("a"), node("b")] };
    expect(changesQuery.decode([row])).toEqual([row]);
  });

  it("reaches clients as INTERNAL_SERVER_ERROR, the query and field left for the log", () => {
    const error = new QueryShapeError("subgraph", "nodes.1.id", "expected string");
    const formatted = formatError({ message: error.message, path: ["subgraph"] }, error, false);
    expect(formatted.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR" });
    expect(formatted.message).not.toContain("subgraph");
  });
});
