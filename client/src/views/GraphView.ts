/**
 * The cytoscape canvas: renders itself from the store (filters and highlights as classes, so hidden
 * nodes keep their positions) and offers actions the layout and camera operations of `Canvas`.
 */
import type { AppState, Explorer } from "@core/app/state.ts";
import { filtersOf } from "@core/app/state.ts";
import {
  canvasLabelOf,
  edgeVisible,
  type Filters,
  type GraphModel,
  type Language,
  nodeVisible,
} from "@core/graph/index.ts";
import { relationName } from "@core/i18n/vocabulary.ts";
import type { Canvas } from "@core/layouts/canvas.ts";
import { hierarchyPositions } from "@core/layouts/hierarchy.ts";
import { LAYOUTS, type LayoutName, type Point, registerLayouts, ringPositions } from "@core/layouts/index.ts";
import { highlightFor } from "@core/trace/evidence.ts";
import type { Highlight } from "@core/trace/types.ts";
import type { Viewport } from "@core/url-state/types.ts";
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from "cytoscape";
import svg from "cytoscape-svg";
import { centreOn, fitTo, showViewport, zoomAtCentre } from "./graph/camera.ts";
import { edgeDefinition, nodeDefinition } from "./graph/elements.ts";
import { addNodesThenEdges, isLargeGraph, setLargeGraphMode } from "./graph/largeGraph.ts";
import { snapNode, snapPositions } from "./graph/positions.ts";
import { STYLE } from "./graph/style.ts";

export interface GraphViewEvents {
  onSelect(id: string | null): void;
  onExpand(id: string): void;
  onDragged(id: string, position: Point): void;
  onViewport(viewport: Viewport): void;
  /** Every node's position after a layout or a placement, rounded (see graph/positions.ts). */
  onPositions(positions: Record<string, Point>): void;
}

const VIEWPORT_SETTLE_MS = 250;
let svgRegistered = false;
export class GraphView implements Canvas {
  readonly cy: Core;
  private layoutRun: cytoscape.Layouts | null = null;
  large = false; // the large-graph mode (graph/largeGraph.ts), set by `sync` from the model's size

  constructor(
    container: HTMLElement,
    private readonly events: GraphViewEvents,
  ) {
    registerLayouts();
    if (!svgRegistered) {
      cytoscape.use(svg);
      svgRegistered = true;
    }
    this.cy = cytoscape({
      container,
      style: STYLE,
      minZoom: 0.1,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: "single",
      layout: { name: "preset" }, // the host is not on the page yet: a grid layout would throw
    });
    this.cy.on("tap", "node, edge", (event) => events.onSelect(event.target.id()));
    this.cy.on("tap", (event) => {
      if (event.target === this.cy) events.onSelect(null);
    });
    this.cy.on("dbltap", "node", (event) => events.onExpand(event.target.id()));
    // Zoom and pan go to the URL once they settle, not on every animation frame.
    let settle: ReturnType<typeof setTimeout> | undefined;
    this.cy.on("viewport", () => {
      clearTimeout(settle);
      settle = setTimeout(() => {
        const pan = this.cy.pan();
        this.cy.resize(); // the canvas's size now, as a link's receiver measures its own
        const size = { width: this.cy.width(), height: this.cy.height() };
        events.onViewport({ zoom: this.cy.zoom(), x: pan.x, y: pan.y, ...size });
      }, VIEWPORT_SETTLE_MS);
    });
    this.cy.on("dragfree", "node", (event) => {
      const node: NodeSingular = event.target;
      events.onDragged(node.id(), snapNode(node));
    });
  }

  /** Renders from the store from now on; returns the unsubscribe. */
  bind(explorer: Explorer): () => void {
    const render = (state: AppState, previous: AppState | null) => {
      const { view } = state;
      if (!previous || state.revision !== previous.revision) this.sync(explorer.model, view.language);
      else if (view.language !== previous.view.language) this.setLanguage(explorer.model, view.language);
      if (
        !previous ||
        state.revision !== previous.revision ||
        view.hiddenNodeTypes !== previous.view.hiddenNodeTypes ||
        view.hiddenEdgeTypes !== previous.view.hiddenEdgeTypes ||
        view.showInferred !== previous.view.showInferred
      )
        this.applyFilters(explorer.model, filtersOf(view));
      if (
        !previous ||
        state.revision !== previous.revision ||
        state.trace !== previous.trace ||
        view.traceSdg !== previous.view.traceSdg ||
        view.statedOnly !== previous.view.statedOnly
      )
        this.highlight(view.trace ? highlightFor(state.trace, view.traceSdg, view.statedOnly) : null);
      if (!previous || state.revision !== previous.revision || view.selected !== previous.view.selected)
        this.select(view.selected);
      if (previous && view.tab === "graph" && previous.view.tab !== "graph") this.cy.resize();
    };
    render(explorer.store.get(), null);
    return explorer.store.subscribe(render);
  }

  /** Adds and removes elements to match the model. */
  private sync(model: GraphModel, language: Language): void {
    const large = isLargeGraph(model.nodes.size, model.edges.size);
    if (large !== this.large) {
      this.large = large;
      setLargeGraphMode(this.cy, large, STYLE);
    }
    const addedNodes: ElementDefinition[] = [];
    const addedEdges: ElementDefinition[] = [];
    const labelAndMark = () => {
      this.setLanguage(model, language);
      this.cy.nodes().forEach((node) => {
        node.toggleClass("expanded", model.expansions.has(node.id()));
      });
    };
    this.cy.batch(() => {
      this.cy.elements().forEach((element) => {
        const id: string = element.id();
        const present = element.group() === "nodes" ? model.nodes.has(id) : model.edges.has(id);
        if (!present) element.remove();
      });
      for (const node of model.nodes.values())
        if (this.cy.getElementById(node.id).empty()) addedNodes.push(nodeDefinition(node, language));
      for (const edge of model.edges.values())
        if (this.cy.getElementById(edge.id).empty()) addedEdges.push(edgeDefinition(edge));
      if (large) return;
      this.cy.add([...addedNodes, ...addedEdges]);
      labelAndMark(); // in the same batch, so each element is styled once
    });
    if (!large) return;
    addNodesThenEdges(this.cy, addedNodes, addedEdges); // outside a batch: nodes styled first
    this.cy.batch(labelAndMark);
  }

  private setLanguage(model: GraphModel, language: Language): void {
    this.cy.nodes().forEach((element) => {
      const node = model.nodes.get(element.id());
      if (node) element.data("label", canvasLabelOf(node, language));
    });
    this.cy.edges().forEach((element) => {
      element.data(
        "label",
        `${element.data("conflict")}${relationName(String(element.data("type")), language)}`,
      );
    });
  }

  private applyFilters(model: GraphModel, filters: Filters): void {
    this.cy.batch(() => {
      this.cy.nodes().forEach((element) => {
        const node = model.nodes.get(element.id());
        element.toggleClass("filtered", !node || !nodeVisible(node, filters));
      });
      this.cy.edges().forEach((element) => {
        const edge = model.edges.get(element.id());
        // An edge to a hidden node is hidden too: layouts run over what is visible.
        const endHidden = element.source().hasClass("filtered") || element.target().hasClass("filtered");
        element.toggleClass("filtered", !edge || endHidden || !edgeVisible(edge, filters));
      });
    });
  }

  /** Highlights a trace: its paths stand out, everything else is dimmed. null clears. */
  private highlight(highlight: Highlight | null): void {
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

  private select(id: string | null): void {
    this.cy.elements().unselect();
    if (!id) return;
    const element = this.cy.getElementById(id);
    if (element.nonempty()) element.select();
  }

  layout(name: LayoutName, focusId: string | null, animate: boolean): Promise<void> {
    this.layoutRun?.stop();
    const visible = this.cy.elements().not(".filtered");
    if (visible.nodes().empty()) return Promise.resolve();
    const options = LAYOUTS[name].options({ focusId, animate });
    const preset: cytoscape.PresetLayoutOptions = {
      name: "preset",
      positions: name === "governance" ? hierarchyPositions(visible, options) : undefined,
      animate,
      animationDuration: 450,
      fit: true,
      padding: 30,
    };
    const run = name === "governance" ? visible.layout(preset) : visible.layout(options);
    this.layoutRun = run;
    const done = new Promise<void>((resolve) => {
      run.one("layoutstop", () => {
        // A layout stopped by a newer one has not placed the nodes: only the last one reports.
        if (this.layoutRun === run) this.events.onPositions(snapPositions(this.cy));
        resolve();
      });
    });
    run.run();
    return done;
  }

  placeNear(centerId: string | null, ids: readonly string[]): void {
    if (ids.length === 0) return;
    const newIds = new Set(ids);
    const center = centerId ? this.cy.getElementById(centerId) : null;
    let origin: Point;
    if (center?.nonempty() && center.isNode()) {
      origin = center.position();
    } else {
      // Near the nodes the new ones connect to, or the middle of the view.
      const anchors = this.cy.nodes().filter(
        (node: NodeSingular) =>
          !newIds.has(node.id()) &&
          node
            .neighborhood()
            .nodes()
            .filter((n: NodeSingular) => newIds.has(n.id()))
            .nonempty(),
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
    this.events.onPositions(snapPositions(this.cy));
  }

  setPositions(positions: Readonly<Record<string, Point>>): void {
    for (const [id, point] of Object.entries(positions)) {
      const node = this.cy.getElementById(id);
      if (node.nonempty()) node.position({ ...point });
    }
    this.events.onPositions(snapPositions(this.cy));
  }

  /** Fits the given nodes (all visible ones when empty), never zooming in past 1.5. */
  fit(ids: readonly string[] = [], animate = true): void {
    fitTo(this.cy, ids, animate);
  }

  setViewport(viewport: Viewport): void {
    showViewport(this.cy, viewport);
  }

  centre(id: string): void {
    centreOn(this.cy, id);
  }

  zoomBy(factor: number): void {
    zoomAtCentre(this.cy, factor);
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

  /** The whole graph as drawn (curves, label placement, trace colours) through cytoscape-svg. */
  svg(): string {
    return this.cy.svg({ full: true, scale: 1, bg: "#ffffff" });
  }
}
