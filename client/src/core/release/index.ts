export * from "./actions.ts";
export * from "./types.ts";
export * from "./utils.ts";
