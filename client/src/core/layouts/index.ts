import cytoscape from "cytoscape";
import dagre from "cytoscape-dagre";
import fcose from "cytoscape-fcose";
import { concentric } from "./concentric.ts";
import { force } from "./force.ts";
import { governance } from "./governance.ts";
import type { LayoutName, LayoutPreset } from "./types.ts";

export * from "./types.ts";
export { ringPositions } from "./utils.ts";

let registered = false;
/** Registers the layout extensions with cytoscape once. */
export function registerLayouts(): void {
  if (registered) return;
  cytoscape.use(dagre);
  cytoscape.use(fcose);
  registered = true;
}

export const LAYOUTS: Readonly<Record<LayoutName, LayoutPreset>> = { governance, force, concentric };
