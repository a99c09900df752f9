export const EXPORT_FORMATS = ["png", "svg", "json", "csv", "brief"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
