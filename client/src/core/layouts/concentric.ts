/** Concentric rings around the focused node: for one node's neighbourhood. */
import type { NodeSingular } from "cytoscape";
import type { LayoutPreset } from "./types.ts";

export const concentric: LayoutPreset = {
  name: "concentric",
  label: "Concentric",
  description: "Rings around the selected node, for a neighbourhood",
  options: ({ animate, focusId }) => ({
    name: "concentric",
    animate,
    animationDuration: 450,
    fit: true,
    padding: 30,
    minNodeSpacing: 18,
    // Focus in the middle, its neighbours on the next ring, everything else outside.
    concentric: (node: NodeSingular) => {
      if (node.id() === focusId) return 3;
      if (focusId && node.neighborhood(`node[id = "${focusId.replace(/"/g, '\\"')}"]`).length > 0) return 2;
      return 1;
    },
    levelWidth: () => 1,
  }),
};
