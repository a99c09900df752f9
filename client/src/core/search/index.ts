export { createSearchSlice, type SearchLoader, type SearchSlice } from "./actions.ts";
export { createLatest, type Latest } from "./latest.ts";
export { type OpenActions, openInForce } from "./open.ts";
export { dayToOpen, inForceOnDay, periodYears } from "./period.ts";
export * from "./types.ts";
export { type Debounced, debounce, fold, matchedName } from "./utils.ts";
