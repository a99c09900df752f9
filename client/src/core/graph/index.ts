export * from "./contract.ts";
export { type Expansion, GraphModel, type MergeResult } from "./model.ts";
export { displayProperties, isInferredAddition, propertyLabel } from "./properties.ts";
export { inkOn, styleOf, TYPE_STYLES } from "./styles.ts";
export * from "./utils.ts";
export * from "./vocabulary.ts";
