import { describe, expect, it } from "vitest";
import type { GraphEdge, GraphNode, Subgraph } from "./contract.ts";
import { GraphModel } from "./model.ts";

const node = (id: string, type = "Agency"): GraphNode => ({
  id,
  type,
  name: id,
  nameNo: null,
  description: null,
  descriptionNo: null,
  validFrom: null,
  validTo: null,
  aliases: [],
  properties: {},
  sources: [],
});
const edge = (source: string, type: string, target: string): GraphEdge => ({
  id: `${source}|${type}|${target}`,
  source,
  target,
  type,
  basis: "stated",
  strength: null,
  wording: null,
  reason: null,
  conflict: null,
  validFrom: null,
  validTo: null,
  sources: [],
  properties: {},
});
const sub = (nodes: string[], edges: GraphEdge[]): Subgraph => ({
  nodes: nodes.map((id) => node(id)),
  edges,
});

describe("GraphModel", () => {
  it("merge adds only what is new and skips edges with a missing end", () => {
    const model = new GraphModel();
    model.merge(sub(["a", "b"], [edge("a", "OVERSEES", "b")]));
    const result = model.merge(sub(["b", "c"], [edge("b", "RUNS", "c"), edge("c", "RUNS", "zz")]));
    expect(result.addedNodes).toEqual(["c"]);
    expect(result.addedEdges).toEqual(["b|RUNS|c"]);
    expect(model.nodes.size).toBe(3);
  });

  it("collapsing an expansion removes exactly the nodes and edges it added", () => {
    const model = new GraphModel();
    model.merge(sub(["ministry", "dept"], [edge("dept", "PART_OF", "ministry")]));
    model.expand(
      "dept",
      sub(
        ["dept", "ministry", "section"],
        [edge("section", "PART_OF", "dept"), edge("dept", "PART_OF", "ministry")],
      ),
    );
    expect([...model.nodes.keys()].sort()).toEqual(["dept", "ministry", "section"]);
    const removed = model.collapse("dept");
    expect(removed.addedNodes).toEqual(["section"]);
    expect([...model.nodes.keys()].sort()).toEqual(["dept", "ministry"]);
    expect([...model.edges.keys()]).toEqual(["dept|PART_OF|ministry"]);
    expect(model.expansions.size).toBe(0);
  });

  it("collapsing a parent expansion also collapses expansions made from its new nodes", () => {
    const model = new GraphModel();
    model.merge(sub(["a"], []));
    model.expand("a", sub(["a", "b"], [edge("a", "RUNS", "b")]));
    model.expand("b", sub(["b", "c"], [edge("b", "RUNS", "c")]));
    model.collapse("a");
    expect([...model.nodes.keys()]).toEqual(["a"]);
    expect(model.edges.size).toBe(0);
    expect(model.expansions.size).toBe(0);
  });
});
