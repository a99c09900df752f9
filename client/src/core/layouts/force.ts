/** Force-directed (fCoSE): for mixed neighbourhoods without one hierarchy. */
import type { LayoutPreset } from "./types.ts";

export const force: LayoutPreset = {
  name: "force",
  label: "Force",
  description: "Force-directed, for mixed graphs",
  options: ({ animate }) =>
    ({
      name: "fcose",
      quality: "default",
      randomize: false,
      animate,
      animationDuration: 500,
      fit: true,
      padding: 30,
      nodeRepulsion: () => 6500,
      idealEdgeLength: () => 90,
      nodeSeparation: 80,
      tilingPaddingVertical: 30,
      tilingPaddingHorizontal: 90,
    }) as unknown as import("cytoscape").LayoutOptions,
};
