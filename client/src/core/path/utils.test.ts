import { describe, expect, it } from "vitest";
import { edge, node } from "../../testing/fixtures.ts";
import type { Subgraph } from "../graph/contract.ts";
import type { PathState } from "./types.ts";
import { decodePath, encodePath, namesOnPath, orderPath } from "./utils.ts";

describe("path order", () => {
  it("walks from the start to the end, following edges against their direction too", () => {
    // a → b ← c → d, listed out of order as the server may return them.
    const subgraph: Subgraph = {
      nodes: ["a", "b", "c", "d"].map((id) => node(id)),
      edges: [edge("c", "RUNS", "d"), edge("a", "OWNS", "b"), edge("c", "USES", "b")],
    };
    const walk = orderPath(subgraph, "a", "d");
    expect(walk.nodes).toEqual(["a", "b", "c", "d"]);
    expect(walk.steps.map((s) => [s.edge.type, s.forward])).toEqual([
      ["OWNS", true],
      ["USES", false],
      ["RUNS", true],
    ]);
  });

  it("gives an empty walk when the server found no path", () => {
    expect(orderPath({ nodes: [], edges: [] }, "a", "b")).toEqual({ nodes: [], steps: [] });
  });

  it("gives an empty walk when the edges do not reach the end", () => {
    const subgraph = { nodes: ["a", "b", "c"].map((id) => node(id)), edges: [edge("a", "OWNS", "b")] };
    expect(orderPath(subgraph, "a", "c").steps).toEqual([]);
  });
});

describe("path in the URL", () => {
  it("round-trips fromId~toId and refuses anything else", () => {
    expect(decodePath(encodePath(["norsk-helsenett", "sdg-3"]))).toEqual(["norsk-helsenett", "sdg-3"]);
    expect(encodePath(null)).toBeNull();
    expect(decodePath("only-one")).toBeNull();
    expect(decodePath("a~")).toBeNull();
    expect(decodePath("a b~c")).toBeNull();
  });
});

describe("names on the path panel", () => {
  it("names the path's nodes from its own answer, in the view's language, before they are in the graph", () => {
    const found = subgraphOf([node("nhn", { name: "Norwegian Health Network", nameNo: "Norsk helsenett" })]);
    const path: PathState = { phase: "ready", from: "nhn", to: "x", subgraph: found, nodes: [], steps: [] };
    const fallback = (id: string) => `graph:${id}`;
    expect(namesOnPath(path, "no", fallback)("nhn")).toBe("Norsk helsenett");
    expect(namesOnPath(path, "en", fallback)("nhn")).toBe("Norwegian Health Network");
    expect(namesOnPath(path, "en", fallback)("elsewhere")).toBe("graph:elsewhere");
    expect(namesOnPath({ phase: "loading", from: "nhn", to: "x" }, "en", fallback)("nhn")).toBe("graph:nhn");
  });
});

function subgraphOf(nodes: Subgraph["nodes"]): Subgraph {
  return { nodes, edges: [] };
}
