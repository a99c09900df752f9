/** The governance layout's positions: dagre over a copy in which upward links point down. */
import cytoscape, { type EdgeSingular, type NodeSingular } from "cytoscape";
import type { Point } from "./types.ts";

/** Relationship types stored child → parent: the hierarchy layout reads them reversed. */
const UPWARD_TYPES = new Set(["PART_OF", "OUTCOME_OF", "HOLDS_ROLE", "MEMBER_OF", "LOCATED_IN"]);

/**
 * Runs dagre on a headless copy in which upward links are turned round, so that a Ministry
 * sits above the Department that is PART_OF it; the real graph then moves to those positions.
 */
export function hierarchyPositions(
  elements: cytoscape.Collection,
  options: cytoscape.LayoutOptions,
): Record<string, Point> {
  const headless = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: "node", style: { width: "data(w)", height: "data(h)" } }],
  });
  headless.add(
    elements.nodes().map((node: NodeSingular) => ({
      group: "nodes" as const,
      data: { id: node.id(), w: node.width(), h: node.height() + 30 },
    })),
  );
  headless.add(
    elements.edges().map((edge: EdgeSingular) => {
      const up = UPWARD_TYPES.has(String(edge.data("type")));
      return {
        group: "edges" as const,
        data: {
          id: edge.id(),
          source: up ? edge.target().id() : edge.source().id(),
          target: up ? edge.source().id() : edge.target().id(),
        },
      };
    }),
  );
  headless.layout({ ...options, animate: false, fit: false } as cytoscape.LayoutOptions).run();
  const positions: Record<string, Point> = {};
  headless.nodes().forEach((node: NodeSingular) => {
    positions[node.id()] = { ...node.position() };
  });
  headless.destroy();
  return positions;
}
