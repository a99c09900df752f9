export { PRESETS } from "./presets.ts";
export * from "./types.ts";
export { relationshipOfField, resultToGraph, resultToTable } from "./utils.ts";
