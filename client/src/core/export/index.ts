export { buildBrief, escapeHtml, numberSources } from "./brief.ts";
export { briefModelOf } from "./briefModel.ts";
export type { BriefFact, BriefModel } from "./briefTypes.ts";
export { type DrawnGraph, type FrameText, framedSvg } from "./frame.ts";
export { frameTextOf } from "./frameText.ts";
export {
  type Box,
  type LabelRequest,
  type Measure,
  type PlacedLabel,
  type Point,
  placeEdgeLabels,
} from "./labelPlacement.ts";
export { type ExportSubject, exportFileNameOf, exportSubjectOf } from "./subject.ts";
export { BOM, edgesCsv, nodesCsv } from "./tables.ts";
export * from "./types.ts";
export { csvField, subgraphToCsv, subgraphToJson } from "./utils.ts";

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
