/**
 * The cytoscape canvas: keeps its elements in step with a GraphModel, applies filters and
 * highlights as classes (so hidden nodes keep their positions), runs layouts, places expansions
 * near their node, and reports clicks, double-clicks and drags.
 */

import type { DrawnEdge, DrawnNode } from "@core/export/types.ts";
import {
  edgeVisible,
  type Filters,
  type GraphModel,
  humanise,
  isInferred,
  type Language,
  labelOf,
  nodeVisible,
  styleOf,
} from "@core/graph/index.ts";
import { LAYOUTS, type LayoutName, type Point, registerLayouts, ringPositions } from "@core/layouts/index.ts";
import type { Highlight } from "@core/trace/types.ts";
import cytoscape, {
  type Core,
  type EdgeSingular,
  type ElementDefinition,
  type NodeSingular,
  type StylesheetJson,
} from "cytoscape";

export interface GraphViewEvents {
  onSelectNode(id: string): void;
  onSelectEdge(id: string): void;
  onBackground(): void;
  onExpand(id: string): void;
  onDragged(id: string, position: Point): void;
}

const STYLE: StylesheetJson = [
  {
    selector: "node",
    style: {
      "background-color": "data(color)",
      shape: "data(shape)" as never,
      label: "data(label)",
      width: 28,
      height: 28,
      "font-size": 10,
      "font-family": "system-ui, sans-serif",
      color: "#111827",
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-wrap": "wrap",
      "text-max-width": "100px",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.75,
      "text-background-padding": "1px",
      "border-width": 1,
      "border-color": "#1f2937",
      "min-zoomed-font-size": 6,
    },
  },
  {
    selector: "node[type = 'Ministry']",
    style: { width: 40, height: 40, "font-size": 12, "font-weight": "bold" },
  },
  {
    selector: "node.expanded",
    style: { "border-width": 3, "border-style": "double", "border-color": "#111827" },
  },
  {
    selector: "edge",
    style: {
      width: 1.5,
      "curve-style": "bezier",
      "line-color": "#9ca3af",
      "target-arrow-color": "#9ca3af",
      "target-arrow-shape": "triangle",
      "arrow-scale": 0.8,
      label: "data(label)",
      "font-size": 7,
      color: "#4b5563",
      "text-rotation": "autorotate",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.8,
      "min-zoomed-font-size": 8,
    },
  },
  { selector: "edge.inferred", style: { "line-style": "dashed", "line-dash-pattern": [6, 4] } },
  {
    selector: "edge.conflict",
    style: { "line-color": "#dc2626", "target-arrow-color": "#dc2626", color: "#b91c1c", width: 2.5 },
  },
  { selector: ".filtered", style: { display: "none" } },
  { selector: ".dimmed", style: { opacity: 0.12 } },
  {
    selector: "node.traced",
    style: { "border-width": 4, "border-color": "#059669", "z-index": 10 },
  },
  {
    selector: "edge.traced",
    style: { width: 3.5, "line-color": "#059669", "target-arrow-color": "#059669", "z-index": 10 },
  },
  {
    selector: "node:selected",
    style: { "border-width": 4, "border-color": "#f59e0b", "overlay-opacity": 0 },
  },
  {
    selector: "edge:selected",
    style: { width: 4, "line-color": "#f59e0b", "target-arrow-color": "#f59e0b" },
  },
];

/** Relationship types stored child → parent: the hierarchy layout reads them reversed. */
const UPWARD_TYPES = new Set(["PART_OF", "OUTCOME_OF", "HOLDS_ROLE", "MEMBER_OF", "LOCATED_IN"]);

/**
 * Runs dagre on a headless copy in which upward links are turned round, so that a Ministry
 * sits above the Department that is PART_OF it; the real graph then moves to those positions.
 */
function hierarchyPositions(
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

export class GraphView {
  readonly cy: Core;
  private layoutRun: cytoscape.Layouts | null = null;

  constructor(container: HTMLElement, events: GraphViewEvents) {
    registerLayouts();
    this.cy = cytoscape({
      container,
      style: STYLE,
      minZoom: 0.1,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: "single",
    });
    this.cy.on("tap", "node", (event) => events.onSelectNode(event.target.id()));
    this.cy.on("tap", "edge", (event) => events.onSelectEdge(event.target.id()));
    this.cy.on("tap", (event) => {
      if (event.target === this.cy) events.onBackground();
    });
    this.cy.on("dbltap", "node", (event) => events.onExpand(event.target.id()));
    this.cy.on("dragfree", "node", (event) => {
      const node = event.target as NodeSingular;
      events.onDragged(node.id(), { ...node.position() });
    });
  }

  /** Adds and removes elements to match the model; returns the ids of the nodes added. */
  sync(model: GraphModel, language: Language): string[] {
    const added: ElementDefinition[] = [];
    const addedIds: string[] = [];
    this.cy.batch(() => {
      this.cy.elements().forEach((element) => {
        const id: string = element.id();
        const present = element.group() === "nodes" ? model.nodes.has(id) : model.edges.has(id);
        if (!present) element.remove();
      });
      for (const node of model.nodes.values()) {
        if (this.cy.getElementById(node.id).nonempty()) continue;
        const style = styleOf(node.type);
        added.push({
          group: "nodes",
          data: {
            id: node.id,
            type: node.type,
            label: labelOf(node, language),
            color: style.color,
            shape: style.shape,
          },
        });
        addedIds.push(node.id);
      }
      for (const edge of model.edges.values()) {
        if (this.cy.getElementById(edge.id).nonempty()) continue;
        added.push({
          group: "edges",
          data: {
            id: edge.id,
            source: edge.source,
            target: edge.target,
            type: edge.type,
            label: edge.conflict ? `⚠ ${humanise(edge.type)}` : humanise(edge.type),
          },
          classes: [isInferred(edge) ? "inferred" : "", edge.conflict ? "conflict" : ""]
            .filter(Boolean)
            .join(" "),
        });
      }
      this.cy.add(added);
      this.setLanguage(model, language);
      this.cy.nodes().forEach((node) => {
        node.toggleClass("expanded", model.expansions.has(node.id()));
      });
    });
    return addedIds;
  }

  setLanguage(model: GraphModel, language: Language): void {
    this.cy.nodes().forEach((element) => {
      const node = model.nodes.get(element.id());
      if (node) element.data("label", labelOf(node, language));
    });
  }

  applyFilters(model: GraphModel, filters: Filters): void {
    this.cy.batch(() => {
      this.cy.nodes().forEach((element) => {
        const node = model.nodes.get(element.id());
        element.toggleClass("filtered", !node || !nodeVisible(node, filters));
      });
      this.cy.edges().forEach((element) => {
        const edge = model.edges.get(element.id());
        element.toggleClass("filtered", !edge || !edgeVisible(edge, filters));
      });
    });
  }

  /** Highlights a trace: its paths stand out, everything else is dimmed. null clears. */
  highlight(highlight: Highlight | null): void {
    this.cy.batch(() => {
      this.cy.elements().removeClass("traced dimmed");
      if (!highlight) return;
      this.cy.elements().forEach((element) => {
        const id: string = element.id();
        const on = element.group() === "nodes" ? highlight.nodes.has(id) : highlight.edges.has(id);
        element.addClass(on ? "traced" : "dimmed");
      });
    });
  }

  highlightedIds(): string[] {
    return this.cy.nodes(".traced").map((node) => node.id());
  }

  select(id: string | null): void {
    this.cy.elements().unselect();
    if (!id) return;
    const element = this.cy.getElementById(id);
    if (element.nonempty()) element.select();
  }

  /** Runs a layout over the visible elements; resolves when it has finished. */
  layout(name: LayoutName, focusId: string | null, animate: boolean): Promise<void> {
    this.layoutRun?.stop();
    const visible = this.cy.elements().not(".filtered");
    if (visible.nodes().empty()) return Promise.resolve();
    const options = LAYOUTS[name].options({ focusId, animate });
    const run =
      name === "governance"
        ? visible.layout({
            name: "preset",
            positions: hierarchyPositions(visible, options),
            animate,
            animationDuration: 450,
            fit: true,
            padding: 30,
          } as cytoscape.LayoutOptions)
        : visible.layout(options);
    this.layoutRun = run;
    const done = new Promise<void>((resolve) => {
      run.one("layoutstop", () => resolve());
    });
    run.run();
    return done;
  }

  /** Puts new nodes on rings around `centerId` instead of re-laying out the whole graph. */
  placeNear(centerId: string | null, ids: readonly string[]): void {
    if (ids.length === 0) return;
    const newIds = new Set(ids);
    const center = centerId ? this.cy.getElementById(centerId) : null;
    let origin: Point;
    if (center?.nonempty()) {
      origin = (center as NodeSingular).position();
    } else {
      // Near the nodes the new ones connect to, or the middle of the view.
      const anchors = this.cy.nodes().filter(
        (node: NodeSingular) =>
          !newIds.has(node.id()) &&
          node
            .neighborhood()
            .nodes()
            .some((n) => newIds.has((n as NodeSingular).id())),
      );
      const extent = anchors.nonempty() ? anchors.boundingBox() : this.cy.extent();
      origin = { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
    }
    const existing = this.cy
      .nodes()
      .filter((node: NodeSingular) => !newIds.has(node.id()))
      .map((node: NodeSingular) => node.position());
    const spots = ringPositions(origin, ids.length, existing);
    this.cy.batch(() => {
      ids.forEach((id, index) => {
        const spot = spots[index];
        if (spot) this.cy.getElementById(id).position({ ...spot });
      });
    });
  }

  setPositions(positions: Readonly<Record<string, Point>>): void {
    for (const [id, point] of Object.entries(positions)) {
      const node = this.cy.getElementById(id);
      if (node.nonempty()) node.position({ ...point });
    }
  }

  /**
   * Animates the view to fit the given nodes (all visible ones when empty), never zooming in
   * past 1.5 so that fitting two nodes does not blow them up to fill the screen.
   */
  fit(ids: readonly string[] = [], animate = true): void {
    let target = ids.length ? this.cy.collection() : this.cy.elements().not(".filtered");
    for (const id of ids) target = target.union(this.cy.getElementById(id));
    if (target.empty()) return;
    const box = target.boundingBox();
    const padding = 40;
    const width = Math.max(this.cy.width() - 2 * padding, 1);
    const height = Math.max(this.cy.height() - 2 * padding, 1);
    const zoom = Math.min(
      1.5,
      Math.max(this.cy.minZoom(), Math.min(width / (box.w || 1), height / (box.h || 1))),
    );
    const pan = {
      x: this.cy.width() / 2 - zoom * (box.x1 + box.w / 2),
      y: this.cy.height() / 2 - zoom * (box.y1 + box.h / 2),
    };
    if (animate) this.cy.animate({ zoom, pan }, { duration: 350 });
    else this.cy.viewport({ zoom, pan });
  }

  centre(id: string): void {
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    this.cy.animate({ center: { eles: node }, zoom: Math.max(this.cy.zoom(), 1) }, { duration: 350 });
  }

  zoomBy(factor: number): void {
    const zoom = this.cy.zoom() * factor;
    this.cy.animate(
      { zoom: { level: zoom, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } } },
      { duration: 200 },
    );
  }

  panBy(dx: number, dy: number): void {
    this.cy.panBy({ x: dx, y: dy });
  }

  visibleCount(): number {
    return this.cy.nodes().not(".filtered").length;
  }

  png(): Blob {
    return this.cy.png({ output: "blob", full: true, scale: 2, bg: "#ffffff" });
  }

  /** The visible graph as drawn, for the SVG export. */
  drawn(): { nodes: DrawnNode[]; edges: DrawnEdge[] } {
    const nodes = this.cy
      .nodes()
      .not(".filtered")
      .map((node: NodeSingular) => ({
        id: node.id(),
        label: String(node.data("label")),
        x: node.position().x,
        y: node.position().y,
        width: node.width(),
        height: node.height(),
        color: String(node.data("color")),
        shape: String(node.data("shape")),
        dimmed: node.hasClass("dimmed"),
      }));
    const edges = this.cy
      .edges()
      .not(".filtered")
      .map((edge: EdgeSingular) => ({
        id: edge.id(),
        source: edge.source().id(),
        target: edge.target().id(),
        label: String(edge.data("label")),
        dashed: edge.hasClass("inferred"),
        conflict: edge.hasClass("conflict"),
        dimmed: edge.hasClass("dimmed"),
      }));
    return { nodes, edges };
  }

  destroy(): void {
    this.cy.destroy();
  }
}
