/**
 * Draws the path on the canvas: its nodes and steps stand out in their own colour (apart from the
 * trace's green), the rest dims. Its own classes, so that a trace and a path never undo each other.
 */
import type { Explorer } from "@core/app/state.ts";
import { sameItems, watch } from "@core/store/store.ts";
import type { Core } from "cytoscape";

const PATH_COLOUR = "#7c3aed";

export function mountPathHighlight(cy: Core, explorer: Explorer): () => void {
  cy.style()
    .selector("node.on-path")
    .style({ "border-width": 5, "border-color": PATH_COLOUR, "z-index": 12 })
    .selector("edge.on-path")
    .style({ width: 4, "line-color": PATH_COLOUR, "target-arrow-color": PATH_COLOUR, "z-index": 12 })
    // A disputed step stays red: the conflict must not be hidden by the path's colour.
    .selector("edge.on-path.conflict")
    .style({
      "line-color": "#dc2626",
      "target-arrow-color": "#dc2626",
      "underlay-color": PATH_COLOUR,
      "underlay-opacity": 0.45,
      "underlay-padding": 3,
    })
    .selector(".off-path")
    .style({ opacity: 0.15 })
    .update();
  return watch(
    explorer.store,
    (state) => [state.path, state.revision],
    () => {
      const { path } = explorer.store.get();
      cy.batch(() => {
        cy.elements().removeClass("on-path off-path");
        if (path.phase !== "ready" || path.nodes.length === 0) return;
        const on = new Set([...path.nodes, ...path.steps.map((step) => step.edge.id)]);
        cy.elements().forEach((element) => {
          element.addClass(on.has(element.id()) ? "on-path" : "off-path");
        });
      });
    },
    sameItems,
  );
}
