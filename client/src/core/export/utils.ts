/** Serialisers for the data exports: CSV and JSON. (The SVG comes from cytoscape-svg, as drawn.) */
import type { Subgraph } from "../graph/contract.ts";

export function csvField(value: unknown): string {
  const text =
    value === null || value === undefined ? "" : Array.isArray(value) ? value.join("; ") : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Two CSV sections in one file: the nodes, a blank line, then the edges. */
export function subgraphToCsv(subgraph: Subgraph): string {
  const lines = [
    ["kind", "id", "type", "name", "nameNo", "description", "descriptionNo", "sources"].join(","),
  ];
  for (const node of subgraph.nodes) {
    lines.push(
      [
        "node",
        node.id,
        node.type,
        node.name,
        node.nameNo,
        node.description,
        node.descriptionNo,
        node.sources.map((s) => `${s.title} § ${s.section}`),
      ]
        .map(csvField)
        .join(","),
    );
  }
  lines.push("");
  lines.push(
    [
      "kind",
      "id",
      "type",
      "source",
      "target",
      "basis",
      "strength",
      "reason",
      "reasonNo",
      "conflict",
      "sources",
    ].join(","),
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
        edge.reasonNo,
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
