export * from "./types.ts";
export { highlightOf, matrixRows, pathsTo, strengthLevel } from "./utils.ts";
