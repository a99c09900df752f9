/**
 * The CSV export as two tables, one file each (nodes, relationships): one header per file, so a
 * spreadsheet reads each as a table, and a byte-order mark first, without which Excel takes the
 * file for its local code page and garbles æøå. Dates and the strategy's wording are columns.
 */
import type { Subgraph } from "../graph/contract.ts";
import { csvField } from "./utils.ts";

/** UTF-8's byte-order mark: Excel's sign that a CSV file is UTF-8. */
export const BOM = "\uFEFF";

const cite = (sources: readonly { title: string; section: string }[]) =>
  sources.map((s) => `${s.title} § ${s.section}`);

function table(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return `${BOM}${[header.join(","), ...rows.map((row) => row.map(csvField).join(","))].join("\r\n")}\r\n`;
}

export function nodesCsv(subgraph: Pick<Subgraph, "nodes">, release: string | null = null): string {
  return table(
    [
      "id",
      "type",
      "name",
      "nameNo",
      "description",
      "descriptionNo",
      "validFrom",
      "validTo",
      "sources",
      "dataRelease",
    ],
    subgraph.nodes.map((n) => [
      n.id,
      n.type,
      n.name,
      n.nameNo,
      n.description,
      n.descriptionNo,
      n.validFrom,
      n.validTo,
      cite(n.sources),
      release,
    ]),
  );
}

export function edgesCsv(subgraph: Pick<Subgraph, "edges">, release: string | null = null): string {
  return table(
    [
      "id",
      "type",
      "source",
      "target",
      "basis",
      "strength",
      "wording",
      "reason",
      "reasonNo",
      "conflict",
      "validFrom",
      "validTo",
      "sources",
      "dataRelease",
    ],
    subgraph.edges.map((e) => [
      e.id,
      e.type,
      e.source,
      e.target,
      e.basis,
      e.strength,
      e.wording,
      e.reason,
      e.reasonNo,
      e.conflict,
      e.validFrom,
      e.validTo,
      cite(e.sources),
      release,
    ]),
  );
}
