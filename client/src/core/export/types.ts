export const EXPORT_FORMATS = ["png", "svg", "json", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
