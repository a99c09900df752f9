/** The picture, our own data files, the brief, and the open formats of docs/linked-data.md. */
export const EXPORT_FORMATS = [
  "png",
  "svg",
  "json",
  "csv",
  "brief",
  "jsonld",
  "ttl",
  "graphml",
  "gexf",
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
