export { loadMatrix } from "./actions.ts";
export { syncMatrix } from "./effects.ts";
export { IDLE_MATRIX, type MatrixState } from "./types.ts";
