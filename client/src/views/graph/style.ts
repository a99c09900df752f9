/** The canvas's stylesheet: type colours from the data, inferred links dashed, conflicts red, traces green. */
import type { StylesheetJson } from "cytoscape";
import { CONFLICT_RED, EDGE_GREY, SELECTED_AMBER, TRACE_GREEN } from "./colours.ts";

export const STYLE: StylesheetJson = [
  {
    selector: "node",
    style: {
      "background-color": "data(color)",
      shape: "data(shape)" as never,
      label: "data(label)",
      width: 28,
      height: 28,
      "font-size": 10,
      "font-family": "system-ui, sans-serif",
      color: "#111827",
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-wrap": "wrap",
      "text-max-width": "100px",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.75,
      "text-background-padding": "1px",
      "border-width": 1,
      "border-color": "#1f2937",
      // A label smaller than 9 px on screen (a phone's fitted tree drew them at about 4 px) is a
      // speck, not text: it is left out until the reader zooms in.
      "min-zoomed-font-size": 9,
    },
  },
  {
    selector: "node[type = 'Ministry']",
    style: { width: 40, height: 40, "font-size": 12, "font-weight": "bold" },
  },
  {
    selector: "node.expanded",
    style: { "border-width": 3, "border-style": "double", "border-color": "#111827" },
  },
  {
    selector: "edge",
    style: {
      width: 1.5,
      "curve-style": "bezier",
      "line-color": EDGE_GREY,
      "target-arrow-color": EDGE_GREY,
      "target-arrow-shape": "triangle",
      "arrow-scale": 0.8,
      label: "data(label)",
      // Readable at zoom 1 (7 px was not): 10 px, dark grey on an opaque white band so
      // that crossing lines do not run through the letters.
      "font-size": 10,
      color: "#374151",
      "text-rotation": "autorotate",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.92,
      "text-background-padding": "1px",
      "text-background-shape": "roundrectangle",
      "min-zoomed-font-size": 9,
    },
  },
  { selector: "edge.inferred", style: { "line-style": "dashed", "line-dash-pattern": [6, 4] } },
  {
    selector: "edge.conflict",
    style: { "line-color": CONFLICT_RED, "target-arrow-color": CONFLICT_RED, color: "#b91c1c", width: 2.5 },
  },
  { selector: ".filtered", style: { display: "none" } },
  { selector: ".dimmed", style: { opacity: 0.12 } },
  {
    selector: "node.traced",
    style: { "border-width": 4, "border-color": TRACE_GREEN, "z-index": 10 },
  },
  {
    selector: "edge.traced",
    style: { width: 3.5, "line-color": TRACE_GREEN, "target-arrow-color": TRACE_GREEN, "z-index": 10 },
  },
  // A traced step keeps its evidence marks: a conflict stays red, an inference stays dashed.
  {
    selector: "edge.traced.conflict",
    style: { "line-color": CONFLICT_RED, "target-arrow-color": CONFLICT_RED },
  },
  {
    // A disputed step on a trace stays red, with the trace's green as a halo around it: the
    // conflict is what the reader must not miss.
    selector: "edge.traced.conflict",
    style: {
      "line-color": CONFLICT_RED,
      "target-arrow-color": CONFLICT_RED,
      "underlay-color": TRACE_GREEN,
      "underlay-opacity": 0.45,
      "underlay-padding": 3,
    },
  },
  {
    selector: "edge.started",
    style: { width: 3, "line-color": "#2563eb", "target-arrow-color": "#2563eb", "z-index": 9 },
  },
  {
    selector: "node.started",
    style: { "border-width": 5, "border-color": "#2563eb", "border-style": "solid" },
  },
  {
    selector: "edge.ended",
    style: {
      width: 3,
      "line-color": "#d97706",
      "target-arrow-color": "#d97706",
      "line-style": "dashed",
      "z-index": 9,
    },
  },
  {
    selector: "node.ended",
    style: { "border-width": 5, "border-color": "#d97706", "border-style": "dashed" },
  },
  // Drawn before the timeline begins without a known start: it may not have existed yet.
  {
    selector: "node.undated",
    style: { "border-width": 3, "border-color": "#6d28d9", "border-style": "dotted" },
  },
  // Left out of an SVG export where it would sit on another label (graph/svgExport.ts).
  { selector: "edge.export-label-hidden", style: { label: "" } },
  {
    selector: "node:selected",
    style: { "border-width": 4, "border-color": SELECTED_AMBER, "overlay-opacity": 0 },
  },
  {
    selector: "edge:selected",
    style: { width: 4, "line-color": SELECTED_AMBER, "target-arrow-color": SELECTED_AMBER },
  },
];
