import cytoscape, { type ElementDefinition } from "cytoscape";
import { afterEach, describe, expect, it, vi } from "vitest";
import { TYPE_STYLES } from "../../core/graph/styles.ts";
import {
  addNodesThenEdges,
  isLargeGraph,
  LARGE_GRAPH_MIN_ELEMENTS,
  LARGE_GRAPH_STYLE,
  setLargeGraphMode,
} from "./largeGraph.ts";
import { STYLE } from "./style.ts";

function headless() {
  return cytoscape({ headless: true, styleEnabled: true, style: STYLE });
}

function grid(nodeCount: number): { nodes: ElementDefinition[]; edges: ElementDefinition[] } {
  const nodes = Array.from({ length: nodeCount }, (_, i) => ({
    group: "nodes" as const,
    data: { id: `n${i}`, label: `Node ${i}`, type: i % 2 === 0 ? "Ministry" : "SDG" },
    position: { x: (i % 10) * 40, y: Math.floor(i / 10) * 40 },
  }));
  const edges = Array.from({ length: nodeCount - 1 }, (_, i) => ({
    group: "edges" as const,
    data: { id: `e${i}`, source: `n${i}`, target: `n${i + 1}` },
  }));
  return { nodes, edges };
}

const rendererFlag = (cy: cytoscape.Core, name: string): unknown => {
  const getRenderer: unknown = Reflect.get(cy, "renderer");
  return typeof getRenderer === "function" ? Reflect.get(getRenderer.call(cy), name) : undefined;
};

/** A rule's properties, whichever of cytoscape's two spellings (`style` or `css`) it uses. */
const propertiesOf = (rule: (typeof LARGE_GRAPH_STYLE)[number]): object =>
  "style" in rule ? rule.style : rule.css;

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the canvas's large-graph mode", () => {
  it("starts above 2,000 nodes + edges, so the real seed's whole graph keeps the full style", () => {
    expect(LARGE_GRAPH_MIN_ELEMENTS).toBe(2_000);
    expect(isLargeGraph(221, 700)).toBe(false);
    expect(isLargeGraph(1_000, 1_000)).toBe(false);
    expect(isLargeGraph(1_000, 1_001)).toBe(true);
    expect(isLargeGraph(5_000, 10_000)).toBe(true);
  });

  it("styles with plain values: no data mappers except the selected node's label, no arrows, haystack edges", () => {
    const mapped = LARGE_GRAPH_STYLE.flatMap((rule) =>
      Object.entries(propertiesOf(rule))
        .filter(([, value]) => typeof value === "string" && /\b(data|mapData)\(/.test(value))
        .map(([name]) => `${rule.selector} ${name}`),
    );
    expect(mapped).toEqual(["node:selected label"]);
    const text = JSON.stringify(LARGE_GRAPH_STYLE);
    expect(text).not.toContain("arrow");
    const edge = LARGE_GRAPH_STYLE.find((rule) => rule.selector === "edge");
    expect(edge && propertiesOf(edge)).toMatchObject({
      "curve-style": "haystack",
    });
  });

  it("keeps each node type's colour and shape, so the legend still reads", () => {
    const cy = headless();
    setLargeGraphMode(cy, true, STYLE);
    cy.add({ group: "nodes", data: { id: "m", type: "Ministry", label: "A ministry" } });
    const node = cy.getElementById("m");
    expect(node.style("shape")).toBe(TYPE_STYLES.Ministry.shape);
    expect(node.style("label")).toBe("");
    node.select();
    expect(node.style("label")).toBe("A ministry");
    for (const type of Object.keys(TYPE_STYLES))
      expect(LARGE_GRAPH_STYLE.some((rule) => rule.selector === `node[type = "${type}"]`)).toBe(true);
  });

  it("is a stylesheet cytoscape accepts without a warning", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const cy = headless();
    setLargeGraphMode(cy, true, STYLE);
    const { nodes, edges } = grid(30);
    addNodesThenEdges(cy, nodes, edges);
    cy.elements().forEach((element) => {
      element.style("width");
    });
    expect(warn).not.toHaveBeenCalled();
  });

  it("switches the renderer's edge hiding and texture on viewport on and back off", () => {
    const cy = headless();
    setLargeGraphMode(cy, true, STYLE);
    expect(rendererFlag(cy, "hideEdgesOnViewport")).toBe(true);
    expect(rendererFlag(cy, "textureOnViewport")).toBe(true);
    setLargeGraphMode(cy, false, STYLE);
    expect(rendererFlag(cy, "hideEdgesOnViewport")).toBe(false);
    expect(rendererFlag(cy, "textureOnViewport")).toBe(false);
  });

  it("adds every node and edge, nodes before edges, keeping preset positions", () => {
    const cy = headless();
    setLargeGraphMode(cy, true, STYLE);
    const { nodes, edges } = grid(50);
    const add = vi.spyOn(cy, "add");
    addNodesThenEdges(cy, nodes, edges);
    expect(cy.nodes()).toHaveLength(50);
    expect(cy.edges()).toHaveLength(49);
    // Two adds, the nodes alone first: styling them before any edge exists is the saving.
    expect(add.mock.calls.map(([added]) => (Array.isArray(added) ? added.length : 1))).toEqual([50, 49]);
    expect(cy.getElementById("n12").position()).toEqual({ x: 80, y: 40 });
  });

  it("adds nothing for an empty graph", () => {
    const cy = headless();
    addNodesThenEdges(cy, [], []);
    expect(cy.elements()).toHaveLength(0);
  });
});
