/**
 * The graph for network tools: GraphML (yEd, Cytoscape, NetworkX) and GEXF 1.3 (Gephi). Each node
 * and edge carries its type, names in both languages, its address, basis, wording and reasons, its
 * sources, and validFrom/validTo; GEXF also spells the validity as Gephi's dynamics (`start`/`end`
 * days on a `mode="dynamic"` graph), so Gephi's timeline shows the graph changing.
 */
import { isIsoDate, periodEnd, periodStart } from "../period.ts";
import { entityAddress } from "./addresses.ts";
import type { LinkedEdge, LinkedGraph, LinkedNode, LinkedSource } from "./graph.ts";

/** Text for an XML attribute or element; characters XML 1.0 cannot carry at all are dropped. */
export function xmlEscape(value: string): string {
  return (
    value
      // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 cannot carry these control characters, so they are removed
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/\n/g, "&#10;")
      .replace(/\r/g, "&#13;")
      .replace(/\t/g, "&#9;")
  );
}

/** One source reference as a line of text: title § section [¶n] [“quote”] [url]. */
function sourceText(source: LinkedSource): string {
  const parts = [source.title, source.section];
  if (typeof source.paragraph === "number") parts.push(`¶${source.paragraph}`);
  if (typeof source.quote === "string" && source.quote) parts.push(`“${source.quote}”`);
  if (source.url) parts.push(source.url);
  return parts.join(" § ");
}

const sourcesText = (sources: readonly LinkedSource[]) => sources.map(sourceText).join(" | ");

interface Column<T> {
  readonly id: string;
  readonly value: (element: T) => string | null | undefined;
}

function nodeColumns(base: string): Column<LinkedNode>[] {
  return [
    { id: "type", value: (n) => n.type },
    { id: "name", value: (n) => n.name },
    { id: "nameNo", value: (n) => n.nameNo },
    { id: "uri", value: (n) => entityAddress(base, n.id) },
    { id: "description", value: (n) => n.description },
    { id: "descriptionNo", value: (n) => n.descriptionNo },
    { id: "sources", value: (n) => sourcesText(n.sources) },
    { id: "validFrom", value: (n) => n.validFrom },
    { id: "validTo", value: (n) => n.validTo },
  ];
}

function edgeColumns(base: string): Column<LinkedEdge>[] {
  return [
    { id: "type", value: (e) => e.type },
    { id: "uri", value: (e) => entityAddress(base, e.id) },
    { id: "basis", value: (e) => e.basis },
    { id: "strength", value: (e) => e.strength },
    { id: "wording", value: (e) => e.wording },
    { id: "reason", value: (e) => e.reason },
    { id: "reasonNo", value: (e) => e.reasonNo },
    { id: "conflict", value: (e) => e.conflict },
    { id: "sources", value: (e) => sourcesText(e.sources) },
    { id: "validFrom", value: (e) => e.validFrom },
    { id: "validTo", value: (e) => e.validTo },
  ];
}

/**
 * Edge ids unique within the file: two relationships of one type between the same two nodes (an
 * import may hold them) share an API id, and both GraphML and GEXF require unique ids.
 */
function uniqueEdgeIds(edges: readonly LinkedEdge[]): string[] {
  const seen = new Map<string, number>();
  return edges.map((edge) => {
    const count = (seen.get(edge.id) ?? 0) + 1;
    seen.set(edge.id, count);
    return count === 1 ? edge.id : `${edge.id}#${count}`;
  });
}

/**
 * GraphML ids are XML name tokens, which cannot hold the `|` of a relationship id: it becomes `:`
 * (which they can), and any other character a token cannot hold becomes `_xHH_`. The API's id stays
 * readable in the element's `uri`.
 */
function nameToken(id: string): string {
  return id.replace(/\|/g, ":").replace(/[^A-Za-z0-9._:-]/g, (c) => `_x${c.codePointAt(0)?.toString(16)}_`);
}

export function toGraphml(graph: LinkedGraph, base: string): string {
  const nodeCols = nodeColumns(base);
  const edgeCols = edgeColumns(base);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeCols.map((c) => `  <key id="n_${c.id}" for="node" attr.name="${c.id}" attr.type="string"/>`),
    ...edgeCols.map((c) => `  <key id="e_${c.id}" for="edge" attr.name="${c.id}" attr.type="string"/>`),
    '  <graph id="norway-ehealth-governance" edgedefault="directed">',
  ];
  const data = <T>(columns: Column<T>[], element: T, prefix: string) =>
    columns.flatMap((c) => {
      const value = c.value(element);
      return value ? [`      <data key="${prefix}_${c.id}">${xmlEscape(value)}</data>`] : [];
    });
  for (const node of graph.nodes) {
    lines.push(`    <node id="${nameToken(node.id)}">`, ...data(nodeCols, node, "n"), "    </node>");
  }
  const ids = uniqueEdgeIds(graph.edges);
  graph.edges.forEach((edge, index) => {
    lines.push(
      `    <edge id="${nameToken(ids[index] ?? edge.id)}" source="${nameToken(edge.source)}" target="${nameToken(edge.target)}">`,
      ...data(edgeCols, edge, "e"),
      "    </edge>",
    );
  });
  lines.push("  </graph>", "</graphml>");
  return `${lines.join("\n")}\n`;
}

/** GEXF's `start`/`end`: the first and last day in force, inclusive; absent where open. */
function spell(fact: {
  readonly validFrom?: string | null | undefined;
  readonly validTo?: string | null | undefined;
}): string {
  const from = fact.validFrom && isIsoDate(fact.validFrom) ? ` start="${periodStart(fact.validFrom)}"` : "";
  const to = fact.validTo && isIsoDate(fact.validTo) ? ` end="${periodEnd(fact.validTo)}"` : "";
  return `${from}${to}`;
}

export function toGexf(graph: LinkedGraph, base: string): string {
  const nodeCols = nodeColumns(base);
  const edgeCols = edgeColumns(base);
  const attributes = (kind: "node" | "edge", columns: Column<never>[]) => [
    `    <attributes class="${kind}" mode="static">`,
    ...columns.map((c) => `      <attribute id="${c.id}" title="${c.id}" type="string"/>`),
    "    </attributes>",
  ];
  const values = <T>(columns: Column<T>[], element: T) => {
    const present = columns.flatMap((c) => {
      const value = c.value(element);
      return value ? [`          <attvalue for="${c.id}" value="${xmlEscape(value)}"/>`] : [];
    });
    return present.length > 0 ? ["        <attvalues>", ...present, "        </attvalues>"] : [];
  };
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    "  <meta>",
    "    <creator>Norway eHealth governance graph</creator>",
    "    <description>Norway's eHealth governance and its links to the UN Sustainable Development Goals, with the evidence for every node and relationship</description>",
    "  </meta>",
    '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">',
    ...attributes("node", nodeCols as Column<never>[]),
    ...attributes("edge", edgeCols as Column<never>[]),
    `    <nodes count="${graph.nodes.length}">`,
  ];
  for (const node of graph.nodes) {
    lines.push(
      `      <node id="${xmlEscape(node.id)}" label="${xmlEscape(node.name)}"${spell(node)}>`,
      ...values(nodeCols, node),
      "      </node>",
    );
  }
  lines.push("    </nodes>", `    <edges count="${graph.edges.length}">`);
  const ids = uniqueEdgeIds(graph.edges);
  graph.edges.forEach((edge, index) => {
    lines.push(
      `      <edge id="${xmlEscape(ids[index] ?? edge.id)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}" label="${xmlEscape(edge.type)}"${spell(edge)}>`,
      ...values(edgeCols, edge),
      "      </edge>",
    );
  });
  lines.push("    </edges>", "  </graph>", "</gexf>");
  return `${lines.join("\n")}\n`;
}
