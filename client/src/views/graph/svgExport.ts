/**
 * The picture exports: the canvas as drawn (trace, conflict and comparison colours are styles, so
 * cytoscape-svg keeps them), with the relationship labels placed anew for a full-size file and a
 * frame that says what the picture shows (core/export/frame.ts). On the canvas crowded labels
 * shrink away when zoomed out (min-zoomed-font-size); a file is drawn at full size, where dozens
 * of "contributes to" labels on a trace's converging edges would pile up at their midpoints.
 */
import {
  type Box,
  type FrameText,
  framedSvg,
  type LabelRequest,
  type Measure,
  type Point,
  placeEdgeLabels,
} from "@core/export/index.ts";
import type { Core, EdgeSingular, NodeSingular } from "cytoscape";

/** Edges whose label cytoscape leaves out of the export (style.ts gives them an empty label). */
export const HIDDEN_LABEL_CLASS = "export-label-hidden";

const FONT = "system-ui, sans-serif";

/** Text widths as the browser's canvas measures them, in the font the frame writes. */
function canvasMeasure(): Measure {
  const context = document.createElement("canvas").getContext("2d");
  return (text, fontSize, bold = false) => {
    if (!context) return text.length * fontSize * 0.6;
    context.font = `${bold ? "bold " : ""}${fontSize}px ${FONT}`;
    return context.measureText(text).width;
  };
}

const seen = (element: NodeSingular | EdgeSingular) => element.visible() && !element.hasClass("dimmed");

/** The edge as drawn: a bezier sampled into a polyline, or the straight segments between its points. */
function edgePath(edge: EdgeSingular): Point[] {
  const from = edge.sourceEndpoint();
  const to = edge.targetEndpoint();
  const controls: Point[] = edge.controlPoints() ?? [];
  const [c1, c2] = controls;
  if (controls.length === 1 && c1) {
    return Array.from({ length: 13 }, (_, i) => {
      const t = i / 12;
      const u = 1 - t;
      return {
        x: u * u * from.x + 2 * u * t * c1.x + t * t * to.x,
        y: u * u * from.y + 2 * u * t * c1.y + t * t * to.y,
      };
    });
  }
  if (controls.length === 2 && c1 && c2) {
    return Array.from({ length: 13 }, (_, i) => {
      const t = i / 12;
      const u = 1 - t;
      const x = u ** 3 * from.x + 3 * u * u * t * c1.x + 3 * u * t * t * c2.x + t ** 3 * to.x;
      const y = u ** 3 * from.y + 3 * u * u * t * c1.y + 3 * u * t * t * c2.y + t ** 3 * to.y;
      return { x, y };
    });
  }
  return [from, ...controls, to];
}

const boxOf = (bb: { x1: number; y1: number; x2: number; y2: number }): Box => ({
  x1: bb.x1,
  y1: bb.y1,
  x2: bb.x2,
  y2: bb.y2,
});

/** Every visible relationship's label, a traced step's first: it is the story of the picture. */
function labelRequests(cy: Core): LabelRequest[] {
  const name = (node: NodeSingular) => String(node.data("label") ?? node.id()).replace(/\s+/g, " ");
  const edges: EdgeSingular[] = [];
  cy.edges().forEach((edge) => {
    if (seen(edge) && edge.data("label")) edges.push(edge);
  });
  return edges
    .sort((a, b) => Number(b.hasClass("traced")) - Number(a.hasClass("traced")))
    .map((edge) => {
      const text = String(edge.data("label"));
      return {
        id: edge.id(),
        text,
        keyText: `${name(edge.source())} — ${text} → ${name(edge.target())}`,
        path: edgePath(edge),
      };
    });
}

/** The framed SVG document of the graph as drawn, with every label that fits written out or numbered. */
export function exportSvg(cy: Core, frame: FrameText): string {
  const measure = canvasMeasure();
  const requests = labelRequests(cy);
  const edges = cy.edges();
  edges.addClass(HIDDEN_LABEL_CLASS);
  try {
    const obstacles = cy
      .nodes()
      .filter(seen)
      .map((node) => boxOf(node.boundingBox({ includeLabels: true, includeOverlays: false })));
    const { placed } = placeEdgeLabels(requests, obstacles, measure);
    // The same box cytoscape-svg draws from, so that the frame can place its document.
    const bounds = boxOf(cy.elements().boundingBox());
    const svg = cy.svg({ full: true, scale: 1, bg: "#ffffff" });
    return framedSvg({ svg, bounds }, placed, frame, measure);
  } finally {
    edges.removeClass(HIDDEN_LABEL_CLASS);
  }
}

/** The framed picture as a PNG at twice its size: the SVG drawn onto a canvas. */
export async function exportPng(cy: Core, frame: FrameText): Promise<Blob> {
  const svg = exportSvg(cy, frame);
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    const scale = 2;
    canvas.width = image.naturalWidth * scale;
    canvas.height = image.naturalHeight * scale;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("No 2D canvas to draw the PNG on");
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error("The PNG could not be written"))),
        "image/png",
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
