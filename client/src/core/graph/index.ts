export { GraphModel, type MergeResult } from "./model.ts";
export { styleOf, TYPE_STYLES } from "./styles.ts";
export * from "./types.ts";
export * from "./utils.ts";
