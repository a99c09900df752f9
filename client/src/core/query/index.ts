export { PRESETS } from "./presets.ts";
export * from "./types.ts";
export { relationshipOfField, resultToGraph, resultToTables } from "./utils.ts";
