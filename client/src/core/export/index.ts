export { buildBrief, escapeHtml, numberSources } from "./brief.ts";
export { briefModelOf } from "./briefModel.ts";
export type { BriefFact, BriefModel } from "./briefTypes.ts";
export { BOM, edgesCsv, nodesCsv, tableFileBase } from "./tables.ts";
export * from "./types.ts";
export { csvField, exportFileName, subgraphToCsv, subgraphToJson } from "./utils.ts";

/** Offers a blob as a file download. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = "noopener";
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
