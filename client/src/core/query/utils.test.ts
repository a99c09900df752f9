import { NodeFieldsFragmentDoc } from "@generated/graphql.ts";
import { Kind, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { NODE_FIELDS, relationshipOfField, resultToGraph, resultToTables } from "./utils.ts";

/** The fields the client's GraphNode type has: the NodeFields fragment it is generated from. */
function fragmentFields(): string[] {
  const [definition] = parse(NodeFieldsFragmentDoc.toString()).definitions;
  if (definition?.kind !== Kind.FRAGMENT_DEFINITION) throw new Error("NodeFields is not a fragment");
  return definition.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
}

describe("query results as a graph", () => {
  it("turns nested objects with id and __typename into nodes linked by the field's relationship", () => {
    const graph = resultToGraph({
      solutions: [
        {
          __typename: "Solution",
          id: "kjernejournal",
          name: "Summary Care Record",
          runsIncoming: [{ __typename: "Agency", id: "norsk-helsenett", name: "NHN" }],
        },
      ],
    });
    expect(graph.nodes.map((n) => [n.id, n.type])).toEqual([
      ["kjernejournal", "Solution"],
      ["norsk-helsenett", "Agency"],
    ]);
    expect(graph.edges.map((e) => e.id)).toEqual(["norsk-helsenett|RUNS|kjernejournal"]);
  });

  it("reads a relationship asked for as a connection with its period from the edge's properties", () => {
    const graph = resultToGraph({
      solutions: [
        {
          __typename: "Solution",
          id: "helsenorge",
          name: "Helsenorge",
          runsIncomingConnection: {
            __typename: "SolutionRunsIncomingConnection",
            edges: [
              {
                __typename: "SolutionRunsIncomingRelationship",
                properties: { __typename: "Link", id: "x", validFrom: "2011", validTo: "2015-12-31" },
                node: { __typename: "Directorate", id: "directorate-of-health", name: "Hdir" },
              },
              {
                properties: { __typename: "Link", validFrom: "2020-01-01", validTo: null },
                node: { __typename: "Agency", id: "norsk-helsenett", name: "NHN" },
              },
            ],
          },
        },
      ],
    });
    expect(graph.nodes.map((n) => n.id)).toEqual(["helsenorge", "directorate-of-health", "norsk-helsenett"]);
    expect(graph.edges.map((e) => [e.id, e.validFrom, e.validTo])).toEqual([
      ["directorate-of-health|RUNS|helsenorge", "2011", "2015-12-31"],
      ["norsk-helsenett|RUNS|helsenorge", "2020-01-01", null],
    ]);
  });

  it("reads GraphEdge objects as edges and Subgraph nodes by their type field", () => {
    const graph = resultToGraph({
      governanceTree: {
        nodes: [
          { id: "m", type: "Ministry", name: "Ministry" },
          { id: "d", type: "Department", name: "Dept" },
        ],
        edges: [{ id: "d|PART_OF|m", source: "d", target: "m", type: "PART_OF", basis: "stated" }],
      },
    });
    expect(graph.nodes).toHaveLength(2);
    expect(graph.edges).toEqual([expect.objectContaining({ id: "d|PART_OF|m", type: "PART_OF" })]);
  });

  it("reads every field of GraphNode, so that none is missed or left in properties", () => {
    const fields = fragmentFields();
    expect(fields).toContain("validTo");
    expect([...NODE_FIELDS].sort()).toEqual([...fields].sort());
    const [node] = resultToGraph({
      node: {
        id: "kjernejournal",
        type: "Solution",
        name: "Summary Care Record",
        nameNo: "Kjernejournal",
        aliases: ["SCR"],
        description: "A national record.",
        descriptionNo: "En nasjonal journal.",
        validFrom: "2013-01-01",
        validTo: "2030-12-31",
        launched: 2013,
      },
    }).nodes;
    expect(node).toMatchObject({ nameNo: "Kjernejournal", validFrom: "2013-01-01", validTo: "2030-12-31" });
    // A stored property the node type does not name is kept; the type's own fields are not repeated.
    expect(node?.properties).toEqual({ launched: 2013 });
  });

  it("maps generated field names to relationship types", () => {
    expect(relationshipOfField("partOf")).toEqual({ type: "PART_OF", incoming: false });
    expect(relationshipOfField("responsibleForIncoming")).toEqual({
      type: "RESPONSIBLE_FOR",
      incoming: true,
    });
  });

  it("tabulates a list of objects", () => {
    const [table] = resultToTables({ strategies: [{ id: "s", name: "S", period: "2023–2030" }] });
    expect(table?.columns).toEqual(["id", "name", "period"]);
    expect(table?.rows[0]).toEqual({ id: "s", name: "S", period: "2023–2030" });
  });

  it("tabulates every list, not only the first (strategies and plans; conflicts' nodes and edges)", () => {
    const tables = resultToTables({
      strategies: [{ id: "s" }],
      plans: [{ id: "p1" }, { id: "p2" }],
      conflicts: { nodes: [{ id: "a" }], edges: [{ source: "a", target: "b", conflict: "note" }] },
    });
    expect(tables.map((t) => [t.title, t.rows.length])).toEqual([
      ["strategies", 1],
      ["plans", 2],
      ["conflicts.nodes", 1],
      ["conflicts.edges", 1],
    ]);
    expect(tables[3]?.rows[0]?.conflict).toBe("note");
  });

  it("draws links for edges that come without an id", () => {
    const graph = resultToGraph({
      conflicts: {
        nodes: [
          { id: "a", type: "Agency" },
          { id: "b", type: "Solution" },
        ],
        edges: [{ source: "a", target: "b", type: "RUNS" }],
      },
    });
    expect(graph.edges.map((e) => e.id)).toEqual(["a|RUNS|b"]);
  });
});
