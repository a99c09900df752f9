import { describe, expect, it } from "vitest";
import { edge, subgraph as sub } from "../../testing/fixtures.ts";
import { GraphModel } from "./model.ts";

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
