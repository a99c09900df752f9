export * from "./types.ts";
export { debounce, fold, matchedName } from "./utils.ts";
