export * from "./types.ts";
export { decodePath, encodePath, orderPath } from "./utils.ts";
