/** Serialisers for exports: CSV, JSON and an SVG drawn from node positions. */
import type { Subgraph } from "../graph/types.ts";
import type { DrawnEdge, DrawnNode } from "./types.ts";

export function csvField(value: unknown): string {
  const text =
    value === null || value === undefined ? "" : Array.isArray(value) ? value.join("; ") : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Two CSV sections in one file: the nodes, a blank line, then the edges. */
export function subgraphToCsv(subgraph: Subgraph): string {
  const lines = [["kind", "id", "type", "name", "nameNo", "description", "sources"].join(",")];
  for (const node of subgraph.nodes) {
    lines.push(
      [
        "node",
        node.id,
        node.type,
        node.name,
        node.nameNo,
        node.description,
        node.sources.map((s) => `${s.title} § ${s.section}`),
      ]
        .map(csvField)
        .join(","),
    );
  }
  lines.push("");
  lines.push(
    ["kind", "id", "type", "source", "target", "basis", "strength", "reason", "conflict", "sources"].join(
      ",",
    ),
  );
  for (const edge of subgraph.edges) {
    lines.push(
      [
        "edge",
        edge.id,
        edge.type,
        edge.source,
        edge.target,
        edge.basis,
        edge.strength,
        edge.reason,
        edge.conflict,
        edge.sources.map((s) => `${s.title} § ${s.section}`),
      ]
        .map(csvField)
        .join(","),
    );
  }
  return `${lines.join("\n")}\n`;
}

export function subgraphToJson(subgraph: Subgraph): string {
  return `${JSON.stringify({ nodes: subgraph.nodes, edges: subgraph.edges }, null, 2)}\n`;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function shapeElement(node: DrawnNode): string {
  const { x, y, width: w, height: h, color } = node;
  const style = `fill="${color}" stroke="#1f2937" stroke-width="1"`;
  switch (node.shape) {
    case "rectangle":
    case "round-rectangle":
    case "tag":
    case "barrel":
      return `<rect x="${x - w / 2}" y="${y - h / 2}" width="${w}" height="${h}" rx="${node.shape === "rectangle" ? 0 : 5}" ${style}/>`;
    case "diamond":
    case "round-diamond":
      return `<polygon points="${x},${y - h / 2} ${x + w / 2},${y} ${x},${y + h / 2} ${x - w / 2},${y}" ${style}/>`;
    case "hexagon":
    case "octagon": {
      const sides = node.shape === "hexagon" ? 6 : 8;
      const points = Array.from({ length: sides }, (_, i) => {
        const a = (Math.PI * 2 * i) / sides + Math.PI / sides;
        return `${(x + (w / 2) * Math.cos(a)).toFixed(1)},${(y + (h / 2) * Math.sin(a)).toFixed(1)}`;
      });
      return `<polygon points="${points.join(" ")}" ${style}/>`;
    }
    case "round-triangle":
    case "star":
      return `<polygon points="${x},${y - h / 2} ${x + w / 2},${y + h / 2} ${x - w / 2},${y + h / 2}" ${style}/>`;
    default:
      return `<ellipse cx="${x}" cy="${y}" rx="${w / 2}" ry="${h / 2}" ${style}/>`;
  }
}

/** A standalone SVG of the drawn graph: edges with labels, then nodes with labels below them. */
export function buildSvg(nodes: readonly DrawnNode[], edges: readonly DrawnEdge[], padding = 40): string {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const xs = nodes.flatMap((n) => [n.x - n.width / 2 - 80, n.x + n.width / 2 + 80]);
  const ys = nodes.flatMap((n) => [n.y - n.height / 2, n.y + n.height / 2 + 30]);
  const minX = (nodes.length ? Math.min(...xs) : 0) - padding;
  const minY = (nodes.length ? Math.min(...ys) : 0) - padding;
  const width = (nodes.length ? Math.max(...xs) : 100) - minX + padding;
  const height = (nodes.length ? Math.max(...ys) : 100) - minY + padding;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${minX.toFixed(0)} ${minY.toFixed(0)} ${width.toFixed(0)} ${height.toFixed(0)}" width="${width.toFixed(0)}" height="${height.toFixed(0)}" font-family="system-ui, sans-serif">`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#6b7280"/></marker></defs>`,
    `<rect x="${minX.toFixed(0)}" y="${minY.toFixed(0)}" width="${width.toFixed(0)}" height="${height.toFixed(0)}" fill="#ffffff"/>`,
  ];
  for (const edge of edges) {
    const a = byId.get(edge.source);
    const b = byId.get(edge.target);
    if (!a || !b) continue;
    const color = edge.conflict ? "#dc2626" : "#6b7280";
    const dash = edge.dashed ? ' stroke-dasharray="6 4"' : "";
    const opacity = edge.dimmed ? ' opacity="0.15"' : "";
    // Stop the line at the target's edge so the arrow head shows.
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const length = Math.hypot(dx, dy) || 1;
    const end = Math.min(b.width, b.height) / 2 + 2;
    const tx = b.x - (dx / length) * end;
    const ty = b.y - (dy / length) * end;
    out.push(
      `<g${opacity}><line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${tx.toFixed(1)}" y2="${ty.toFixed(1)}" stroke="${color}" stroke-width="1.5"${dash} marker-end="url(#arrow)"/>`,
      `<text x="${((a.x + b.x) / 2).toFixed(1)}" y="${((a.y + b.y) / 2).toFixed(1)}" font-size="8" fill="${color}" text-anchor="middle">${escapeXml(edge.label)}</text></g>`,
    );
  }
  for (const node of nodes) {
    const opacity = node.dimmed ? ' opacity="0.2"' : "";
    out.push(
      `<g${opacity}>${shapeElement(node)}<text x="${node.x.toFixed(1)}" y="${(node.y + node.height / 2 + 13).toFixed(1)}" font-size="11" text-anchor="middle" fill="#111827">${escapeXml(node.label)}</text></g>`,
    );
  }
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}
