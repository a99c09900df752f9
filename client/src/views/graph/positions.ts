/** The drawn positions as a link records them: rounded, and the canvas moved onto the rounded ones. */
import type { Point } from "@core/layouts/types.ts";
import type { Core, NodeSingular } from "cytoscape";

/**
 * Rounds every node's position to whole graph units and moves the node there (a shift of at
 * most half a unit, never seen), so that the picture a link rebuilds from its rounded numbers
 * is the very picture its sender sees.
 */
export function snapPositions(cy: Core): Record<string, Point> {
  const positions: Record<string, Point> = {};
  cy.batch(() => {
    cy.nodes().forEach((node: NodeSingular) => {
      positions[node.id()] = snapNode(node);
    });
  });
  return positions;
}

/** One node onto whole graph units; returns where it now is. */
export function snapNode(node: NodeSingular): Point {
  const { x, y } = node.position();
  const point = { x: Math.round(x), y: Math.round(y) };
  if (point.x !== x || point.y !== y) node.position({ ...point });
  return point;
}
