export { loadNeighbourhood } from "./actions.ts";
export { syncPanel } from "./effects.ts";
