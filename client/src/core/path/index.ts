export * from "./types.ts";
export { decodePath, encodePath, namesOnPath, orderPath } from "./utils.ts";
