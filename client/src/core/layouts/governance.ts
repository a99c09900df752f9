/** Top-down hierarchy (dagre): for the governance tree, parents above the bodies they oversee. */
import type { LayoutPreset } from "./types.ts";

export const governance: LayoutPreset = {
  name: "governance",
  label: "Hierarchy",
  description: "Top-down hierarchy, for governance",
  options: ({ animate }) =>
    ({
      name: "dagre",
      rankDir: "TB",
      nodeSep: 70,
      rankSep: 60,
      edgeSep: 8,
      animate,
      animationDuration: 450,
      fit: true,
      padding: 30,
    }) as unknown as import("cytoscape").LayoutOptions,
};
