/** cytoscape-svg ships no types: the extension, and the `svg()` it adds to a graph. */
declare module "cytoscape-svg" {
  import type { Ext } from "cytoscape";

  const extension: Ext;
  export default extension;
}

declare namespace cytoscape {
  interface SvgExportOptions {
    readonly full?: boolean;
    readonly scale?: number;
    readonly bg?: string;
  }
  interface Core {
    svg(options?: SvgExportOptions): string;
  }
}
