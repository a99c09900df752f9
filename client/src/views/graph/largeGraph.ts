/**
 * The canvas's large-graph mode (5,000 nodes and 10,000 edges drawn within 2 s).
 * One source for the explorer (GraphView switches to it above the threshold) and for the scale
 * benchmark (bench/explorerScale.ts bundles this file into its page), so what is measured is what
 * users get. Imports cytoscape only as types: the bench page brings its own copy.
 *
 * Where a first draw of 5,000/10,000 goes (cytoscape 3.34, headless Chromium, CPU profile): about
 * half in building and styling elements (cytoscape applies every default property to every
 * element, and re-marks a node's edges per property), the rest in the first frame (each edge
 * stroked, each node blitted from a texture, into the layer cache). Positions given with the
 * elements, a fit without an extra layout pass, no data mappers and no labels cut what can be cut
 * from outside cytoscape; the rest is its per-element cost.
 */
import type { Core, ElementDefinition, StylesheetJson } from "cytoscape";
import { TYPE_STYLES } from "../../core/graph/styles.ts";
import { CONFLICT_RED, EDGE_GREY, SELECTED_AMBER, TRACE_GREEN } from "./colours.ts";

/**
 * Nodes + edges above which the canvas drops labels, arrows and curves. The real seed's whole
 * graph is about 220 nodes and 700 links, far below, so the explorer as people use it keeps its
 * full style; at 2,000 elements a fitted graph's labels are a few pixels high and unreadable
 * anyway, while the full style's first draw and zoom frames grow past what feels responsive.
 */
export const LARGE_GRAPH_MIN_ELEMENTS = 2_000;

export function isLargeGraph(nodeCount: number, edgeCount: number): boolean {
  return nodeCount + edgeCount > LARGE_GRAPH_MIN_ELEMENTS;
}

/**
 * Renderer options for a large graph: during a drag or wheel gesture cytoscape then draws one
 * cached bitmap of the graph and leaves edges out, instead of redrawing 10,000 edges per frame.
 * (Motion blur, which would draw frames twice, is off by default and stays off.)
 */
export const LARGE_GRAPH_RENDERER = { hideEdgesOnViewport: true, textureOnViewport: true } as const;
const NORMAL_RENDERER = { hideEdgesOnViewport: false, textureOnViewport: false } as const;

/**
 * Switches the renderer options of an existing canvas. cytoscape takes them only as constructor
 * options but reads them from its renderer on every frame; the explorer keeps one canvas while
 * the graph grows and shrinks, so they are set there.
 */
export function setLargeGraphRenderer(cy: Core, large: boolean): void {
  // `renderer()` is public in cytoscape but missing from its typings.
  const getRenderer: unknown = Reflect.get(cy, "renderer");
  const renderer: unknown = typeof getRenderer === "function" ? getRenderer.call(cy) : null;
  if (typeof renderer === "object" && renderer !== null)
    Object.assign(renderer, large ? LARGE_GRAPH_RENDERER : NORMAL_RENDERER);
}

/** Turns the large-graph mode on or off: its stylesheet or the normal one, and the renderer options. */
export function setLargeGraphMode(cy: Core, large: boolean, normalStyle: StylesheetJson): void {
  cy.style(large ? LARGE_GRAPH_STYLE : normalStyle);
  setLargeGraphRenderer(cy, large);
}

/**
 * Plain values only: no data mappers (each is parsed per element), no labels (the selected node
 * keeps its name), haystack edges (a straight line, no control points) without arrows. Type colour
 * and shape stay, as one plain-valued selector per type, so the legend still reads.
 */
export const LARGE_GRAPH_STYLE: StylesheetJson = [
  {
    selector: "node",
    style: { width: 12, height: 12, shape: "rectangle", "background-color": "#6b7280", label: "" },
  },
  ...Object.entries(TYPE_STYLES).map(([type, { color, shape }]) => ({
    selector: `node[type = "${type}"]`,
    // The style's shape names are cytoscape's own (styles.ts); its typings want the literal union.
    style: { "background-color": color, shape: shape as never },
  })),
  {
    selector: "edge",
    style: { width: 1, "curve-style": "haystack", "haystack-radius": 0, "line-color": EDGE_GREY, label: "" },
  },
  { selector: "edge.inferred", style: { "line-style": "dashed" } },
  { selector: "edge.conflict", style: { "line-color": CONFLICT_RED, width: 2 } },
  { selector: ".filtered", style: { display: "none" } },
  { selector: ".dimmed", style: { opacity: 0.12 } },
  { selector: "node.traced", style: { "border-width": 3, "border-color": TRACE_GREEN, "z-index": 10 } },
  { selector: "edge.traced", style: { width: 3, "line-color": TRACE_GREEN, "z-index": 10 } },
  {
    selector: "node:selected",
    style: {
      "border-width": 3,
      "border-color": SELECTED_AMBER,
      label: "data(label)",
      "font-size": 10,
      "text-valign": "bottom",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.85,
    },
  },
  { selector: "edge:selected", style: { width: 3, "line-color": SELECTED_AMBER } },
];

/**
 * Adds a large graph's elements the fast way. cytoscape re-marks a node's connected edges for
 * every style property it sets on the node; styling the nodes while they have no edges yet (the
 * bounding box forces the style) turns that into no work, and the edges follow in one `add`.
 * Measured on 5,000/10,000: about a tenth less main-thread time to the first frame than one `add`.
 */
export function addNodesThenEdges(
  cy: Core,
  nodes: readonly ElementDefinition[],
  edges: readonly ElementDefinition[],
): void {
  if (nodes.length > 0) cy.add([...nodes]).boundingBox();
  if (edges.length > 0) cy.add([...edges]);
}
