/** Serialisers for the data exports: CSV and JSON. (The SVG comes from cytoscape-svg, as drawn.) */
import type { Subgraph } from "../graph/contract.ts";

export function csvField(value: unknown): string {
  const text =
    value === null || value === undefined ? "" : Array.isArray(value) ? value.join("; ") : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Two CSV sections in one file: the nodes, a blank line, then the edges. Every row names the data
 * release it was exported from (last column), so a row copied elsewhere still says which data it is.
 */
export function subgraphToCsv(subgraph: Subgraph, release: string | null = null): string {
  const lines = [
    ["kind", "id", "type", "name", "nameNo", "description", "descriptionNo", "sources", "dataRelease"].join(
      ",",
    ),
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
        release,
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
      "dataRelease",
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
        release,
      ]
        .map(csvField)
        .join(","),
    );
  }
  return `${lines.join("\n")}\n`;
}

/** The view's data, with the data release and the day it was drawn as of. */
export function subgraphToJson(
  subgraph: Subgraph,
  meta: { readonly dataRelease: string | null; readonly asOf: string | null } = {
    dataRelease: null,
    asOf: null,
  },
): string {
  return `${JSON.stringify({ dataRelease: meta.dataRelease, asOf: meta.asOf, nodes: subgraph.nodes, edges: subgraph.edges }, null, 2)}\n`;
}
