/**
 * The explorer: owns the view state (mirrored in the URL), the working graph, and the views,
 * and turns user actions into API calls and view updates.
 */
import {
  api,
  describeError,
  health,
  onReachability,
  type SdgMatrix,
  type SdgTrace,
} from "@core/api/index.ts";
import { buildSvg, download, subgraphToCsv, subgraphToJson } from "@core/export/index.ts";
import { type Filters, GraphModel, type GraphNode, type Subgraph } from "@core/graph/index.ts";
import { LAYOUT_NAMES, LAYOUTS, type LayoutName } from "@core/layouts/index.ts";
import { resultToGraph } from "@core/query/index.ts";
import { highlightOf } from "@core/trace/index.ts";
import { readUrlState, type ViewName, type ViewState, writeUrlState } from "@core/url-state/index.ts";
import { clear, h } from "./dom.ts";
import { GraphView } from "./GraphView.ts";
import { legend } from "./Legend.ts";
import { matrixTable } from "./MatrixView.ts";
import { QueryView } from "./QueryView.ts";
import { SearchBox } from "./SearchBox.ts";
import { edgePanel, nodePanel, type PanelActions, tracePanel } from "./SidePanel.ts";

type Connection =
  | { readonly phase: "checking" }
  | { readonly phase: "up" }
  | { readonly phase: "down"; readonly message: string };

export class App {
  private state: ViewState = readUrlState();
  private readonly model = new GraphModel();
  private graph!: GraphView;
  private trace: SdgTrace | null = null;
  private matrix: SdgMatrix | null = null;
  private readonly neighbourhoods = new Map<string, Subgraph>();
  private queryView!: QueryView;
  private pending = 0;
  private connection: Connection = { phase: "checking" };

  private readonly banner = h("div", {
    class: "banner",
    role: "alert",
    hidden: true,
    "data-testid": "server-error",
  });
  private readonly status = h("div", { class: "status", "aria-live": "polite", "data-testid": "status" });
  private readonly panel = h("aside", {
    class: "side-panel",
    "aria-label": "Details",
    "data-testid": "side-panel",
    hidden: true,
  });
  private readonly legendHost = h("div", { class: "legend", "data-testid": "legend-panel" });
  private readonly graphSection = h("section", { class: "graph-view", "aria-label": "Graph" });
  private readonly matrixSection = h("section", {
    class: "matrix-view",
    "aria-label": "SDG matrix",
    hidden: true,
  });
  private readonly querySection = h("div", { class: "query-host", hidden: true });
  private readonly tabs = new Map<ViewName, HTMLButtonElement>();
  private layoutSelect!: HTMLSelectElement;
  private languageButton!: HTMLButtonElement;
  private readonly cyHost = h("div", {
    class: "cy",
    tabindex: "0",
    role: "application",
    "aria-label":
      "Graph canvas. Arrow keys pan, plus and minus zoom, 0 fits. Use the search or the details panel to move between nodes.",
    "data-testid": "graph-canvas",
  });

  constructor(private readonly root: HTMLElement) {}

  async start(): Promise<void> {
    this.buildShell();
    this.graph = new GraphView(this.cyHost, {
      onSelectNode: (id) => this.select(id),
      onSelectEdge: (id) => this.select(id),
      onBackground: () => this.select(null),
      onExpand: (id) => void (this.model.expansions.has(id) ? this.collapse(id) : this.expand(id, null)),
      onDragged: (id, position) => this.update({ positions: { ...this.state.positions, [id]: position } }),
    });
    onReachability((reachable) => {
      if (reachable && this.connection.phase !== "up") this.setConnection({ phase: "up" });
      if (!reachable) this.setConnection({ phase: "down", message: "The server cannot be reached." });
    });
    setInterval(() => void this.checkHealth(), 5000);
    (window as unknown as { __explorer: unknown }).__explorer = {
      cy: this.graph.cy,
      state: () => this.state,
      ready: false,
    };
    await this.checkHealth();
    await this.restore();
    (window as unknown as { __explorer: { ready: boolean } }).__explorer.ready = true;
    document.body.dataset.ready = "true";
  }

  // ---- state -------------------------------------------------------------------------------

  private update(patch: Partial<ViewState>): void {
    this.state = { ...this.state, ...patch };
    writeUrlState(this.state);
  }

  private get filters(): Filters {
    return {
      hiddenNodeTypes: this.state.hiddenNodeTypes,
      hiddenEdgeTypes: this.state.hiddenEdgeTypes,
      showInferred: this.state.showInferred,
    };
  }

  private async busy<T>(work: () => Promise<T>): Promise<T | undefined> {
    this.pending++;
    this.renderStatus();
    try {
      return await work();
    } catch (error) {
      this.flash(describeError(error));
      return undefined;
    } finally {
      this.pending--;
      this.renderStatus();
    }
  }

  private flashMessage: string | null = null;
  private flash(message: string): void {
    this.flashMessage = message;
    this.renderStatus();
    setTimeout(() => {
      if (this.flashMessage === message) {
        this.flashMessage = null;
        this.renderStatus();
      }
    }, 6000);
  }

  private async checkHealth(): Promise<void> {
    const result = await health();
    switch (result.status) {
      case "ok":
        this.setConnection({ phase: "up" });
        return;
      case "degraded":
        this.setConnection({
          phase: "down",
          message: "The server is running but its graph database is down.",
        });
        return;
      case "down":
        this.setConnection({ phase: "down", message: "The server cannot be reached." });
        return;
      default: {
        const unreachable: never = result;
        throw new Error(String(unreachable));
      }
    }
  }

  private setConnection(connection: Connection): void {
    const wasDown = this.connection.phase === "down";
    this.connection = connection;
    if (connection.phase === "down") {
      clear(this.banner);
      this.banner.append(
        h("strong", {}, "Server unavailable. "),
        `${connection.message} Start it with npm start; the explorer reconnects by itself.`,
        " ",
        h("button", { "data-testid": "retry", onclick: () => void this.retry() }, "Retry now"),
      );
      this.banner.hidden = false;
    } else {
      this.banner.hidden = true;
      if (wasDown && connection.phase === "up" && this.model.nodes.size === 0) void this.restore();
    }
  }

  private async retry(): Promise<void> {
    await this.checkHealth();
    if (this.connection.phase === "up" && this.model.nodes.size === 0) await this.restore();
  }

  // ---- shell -------------------------------------------------------------------------------

  private buildShell(): void {
    const search = new SearchBox(
      (hit) => void this.show(hit.node.id, hit.node),
      () => this.state.language,
    );
    this.languageButton = h("button", {
      class: "lang",
      "data-testid": "language-toggle",
      onclick: () => this.setLanguage(this.state.language === "en" ? "no" : "en"),
    });
    const tabs = h(
      "nav",
      { class: "tabs", role: "tablist", "aria-label": "Views" },
      (
        [
          ["graph", "Graph"],
          ["matrix", "SDG matrix"],
          ["query", "Query"],
        ] as const
      ).map(([view, label]) => {
        const button = h(
          "button",
          { role: "tab", "data-testid": `tab-${view}`, onclick: () => void this.setView(view) },
          label,
        );
        this.tabs.set(view, button);
        return button;
      }),
    );
    this.layoutSelect = h(
      "select",
      {
        "aria-label": "Layout",
        "data-testid": "layout-select",
        onchange: (event: Event) =>
          void this.setLayout((event.target as HTMLSelectElement).value as LayoutName),
      },
      LAYOUT_NAMES.map((name) =>
        h("option", { value: name, title: LAYOUTS[name].description }, LAYOUTS[name].label),
      ),
    );
    const button = (label: string, text: string, testid: string, onclick: () => void) =>
      h("button", { "aria-label": label, title: label, "data-testid": testid, onclick }, text);
    const toolbar = h(
      "div",
      { class: "toolbar graph-toolbar", role: "toolbar", "aria-label": "Graph controls" },
      h("label", { class: "inline" }, h("span", { class: "wide-only" }, "Layout "), this.layoutSelect),
      button("Fit the graph to the screen", "Fit", "fit", () => this.graph.fit()),
      button("Zoom in", "+", "zoom-in", () => this.graph.zoomBy(1.25)),
      button("Zoom out", "−", "zoom-out", () => this.graph.zoomBy(0.8)),
      button("Back to the governance tree", "Reset", "reset", () => void this.reset()),
      button("Show or hide the legend and filters", "Legend", "toggle-legend", () => {
        this.legendHost.classList.toggle("collapsed");
        this.graph.cy.resize();
      }),
      h(
        "span",
        { class: "export", role: "group", "aria-label": "Export" },
        h("span", { class: "wide-only" }, "Export "),
        button("Export the view as PNG", "PNG", "export-png", () => this.exportAs("png")),
        button("Export the view as SVG", "SVG", "export-svg", () => this.exportAs("svg")),
        button("Export the data as JSON", "JSON", "export-json", () => this.exportAs("json")),
        button("Export the data as CSV", "CSV", "export-csv", () => this.exportAs("csv")),
      ),
    );
    this.cyHost.addEventListener("keydown", (event) => this.onCanvasKey(event));
    this.graphSection.append(
      toolbar,
      h(
        "div",
        { class: "canvas-wrap" },
        this.legendHost,
        h("div", { class: "cy-area" }, this.cyHost, this.status),
      ),
    );
    if (window.matchMedia("(max-width: 700px)").matches) this.legendHost.classList.add("collapsed");
    this.queryView = new QueryView(
      this.state.query,
      () => this.state.language,
      (text) => this.update({ query: text }),
      (data) => void this.openResultInGraph(data),
    );
    this.querySection.append(this.queryView.element);
    this.root.append(
      h(
        "header",
        { class: "topbar" },
        h("h1", {}, "Norway eHealth governance"),
        tabs,
        search.element,
        this.languageButton,
      ),
      this.banner,
      h("main", { class: "main" }, this.graphSection, this.matrixSection, this.querySection, this.panel),
    );
  }

  private onCanvasKey(event: KeyboardEvent): void {
    const step = 60;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [step, 0],
      ArrowRight: [-step, 0],
      ArrowUp: [0, step],
      ArrowDown: [0, -step],
    };
    const move = moves[event.key];
    if (move) this.graph.panBy(move[0], move[1]);
    else if (event.key === "+" || event.key === "=") this.graph.zoomBy(1.25);
    else if (event.key === "-") this.graph.zoomBy(0.8);
    else if (event.key === "0") this.graph.fit();
    else return;
    event.preventDefault();
  }

  private renderChrome(): void {
    for (const [view, tab] of this.tabs)
      tab.setAttribute("aria-selected", view === this.state.view ? "true" : "false");
    this.graphSection.hidden = this.state.view !== "graph";
    this.matrixSection.hidden = this.state.view !== "matrix";
    this.querySection.hidden = this.state.view !== "query";
    this.layoutSelect.value = this.state.layout;
    const next = this.state.language === "en" ? "NO" : "EN";
    this.languageButton.textContent = `${this.state.language.toUpperCase()} → ${next}`;
    this.languageButton.setAttribute(
      "aria-label",
      this.state.language === "en" ? "Show Norwegian names" : "Show English names",
    );
    document.documentElement.lang = this.state.language === "no" ? "nb" : "en";
  }

  private renderStatus(): void {
    clear(this.status);
    if (this.pending > 0) {
      this.status.append(h("span", { class: "spinner", "data-testid": "loading" }, "Loading…"));
    } else if (this.flashMessage) {
      this.status.append(h("span", { class: "error", "data-testid": "status-error" }, this.flashMessage));
    } else if (this.model.nodes.size > 0 && this.graph.visibleCount() === 0) {
      this.status.append(
        h(
          "span",
          { "data-testid": "empty" },
          "Every node is filtered out: change the filters in the legend.",
        ),
      );
    } else if (this.model.nodes.size === 0 && this.connection.phase !== "down") {
      this.status.append(h("span", { "data-testid": "empty" }, "Nothing to show yet."));
    }
  }

  private renderLegend(): void {
    clear(this.legendHost);
    this.legendHost.append(
      legend(this.model, this.filters, {
        toggleNodeType: (type, visible) => {
          const hidden = this.state.hiddenNodeTypes.filter((t) => t !== type);
          this.update({ hiddenNodeTypes: visible ? hidden : [...hidden, type] });
          this.applyFilters();
        },
        toggleEdgeType: (type, visible) => {
          const hidden = this.state.hiddenEdgeTypes.filter((t) => t !== type);
          this.update({ hiddenEdgeTypes: visible ? hidden : [...hidden, type] });
          this.applyFilters();
        },
        setShowInferred: (show) => {
          this.update({ showInferred: show });
          this.applyFilters();
        },
      }),
    );
  }

  private applyFilters(): void {
    this.graph.applyFilters(this.model, this.filters);
    this.renderStatus();
  }

  /** Brings the canvas in line with the model; returns the nodes that were added to it. */
  private syncGraph(): string[] {
    const added = this.graph.sync(this.model, this.state.language);
    this.graph.applyFilters(this.model, this.filters);
    this.renderLegend();
    this.renderStatus();
    return added;
  }

  // ---- loading and restoring ---------------------------------------------------------------

  /** Rebuilds the whole view from the state: tree, additions, expansions, trace, positions. */
  private async restore(): Promise<void> {
    this.renderChrome();
    await this.busy(async () => {
      const tree = await api.governanceTree(this.state.root);
      this.model.clear();
      this.model.merge(tree);
      this.syncGraph();
      await this.graph.layout(this.state.layout, this.state.selected, false);
      for (const id of this.state.added) {
        const added = await this.addNode(id);
        this.graph.placeNear(null, added);
      }
      for (const expansion of this.state.expanded) {
        const subgraph = await api.neighbourhood(expansion.id, expansion.types);
        this.model.expand(expansion.id, subgraph, expansion.types);
        this.graph.placeNear(expansion.id, this.syncGraph());
      }
      if (this.state.trace) await this.loadTrace(this.state.trace, this.state.traceSdg, false);
      this.graph.setPositions(this.state.positions);
      this.graph.fit([], false);
    });
    this.graph.select(this.state.selected);
    this.renderPanel();
    await this.setView(this.state.view);
  }

  private async reset(): Promise<void> {
    this.trace = null;
    this.update({
      added: [],
      expanded: [],
      trace: null,
      traceSdg: null,
      positions: {},
      selected: null,
      layout: "governance",
    });
    this.graph.highlight(null);
    await this.restore();
  }

  /** Adds a node and its links to what is already shown; returns the ids new on the canvas. */
  private async addNode(id: string, known?: GraphNode): Promise<string[]> {
    const neighbourhood = await api.neighbourhood(id);
    this.neighbourhoods.set(id, neighbourhood);
    const node = known ?? neighbourhood.nodes.find((n) => n.id === id);
    if (!node) return [];
    this.model.merge({
      nodes: [node],
      edges: neighbourhood.edges.filter(
        (edge) => this.model.nodes.has(edge.source) || this.model.nodes.has(edge.target),
      ),
    });
    return this.syncGraph();
  }

  // ---- actions -----------------------------------------------------------------------------

  private async setView(view: ViewName): Promise<void> {
    this.update({ view });
    this.renderChrome();
    if (view === "matrix") await this.showMatrix();
    if (view === "query") await this.queryView.activate();
    if (view === "graph") this.graph.cy.resize();
  }

  private setLanguage(language: "en" | "no"): void {
    this.update({ language });
    this.graph.setLanguage(this.model, language);
    this.renderChrome();
    this.renderPanel();
    if (this.state.view === "matrix") void this.showMatrix();
  }

  private async setLayout(layout: LayoutName): Promise<void> {
    this.update({ layout, positions: {} });
    await this.graph.layout(layout, this.state.selected, true);
  }

  private select(id: string | null): void {
    this.update({ selected: id });
    this.graph.select(id);
    this.renderPanel();
    if (id && this.model.nodes.has(id) && !this.neighbourhoods.has(id)) {
      void api
        .neighbourhood(id)
        .then((subgraph) => {
          this.neighbourhoods.set(id, subgraph);
          if (this.state.selected === id) this.renderPanel();
        })
        .catch((error: unknown) => this.flash(describeError(error)));
    }
  }

  /** Focuses a node, adding it to the graph first if it is not there. */
  private async show(id: string, known?: GraphNode): Promise<void> {
    if (this.state.view !== "graph") await this.setView("graph");
    if (!this.model.nodes.has(id)) {
      const added = await this.busy(() => this.addNode(id, known));
      if (!added) return;
      this.graph.placeNear(null, added);
      if (!this.state.added.includes(id)) this.update({ added: [...this.state.added, id] });
    }
    this.select(id);
    this.graph.centre(id);
  }

  private async expand(id: string, types: readonly string[] | null): Promise<void> {
    await this.busy(async () => {
      const subgraph = await api.neighbourhood(id, types);
      this.model.expand(id, subgraph, types);
      const added = this.syncGraph();
      this.graph.placeNear(id, added);
      const expanded = [...this.state.expanded.filter((e) => e.id !== id), { id, types }];
      this.update({ expanded });
      this.graph.fit([id, ...added]);
    });
    this.renderPanel();
  }

  private collapse(id: string): void {
    const removed = this.model.collapse(id);
    const gone = new Set(removed.addedNodes);
    this.syncGraph();
    const positions = Object.fromEntries(
      Object.entries(this.state.positions).filter(([node]) => !gone.has(node)),
    );
    this.update({
      expanded: this.state.expanded.filter((e) => e.id !== id && !gone.has(e.id)),
      added: this.state.added.filter((a) => !gone.has(a)),
      positions,
      selected: this.state.selected && gone.has(this.state.selected) ? id : this.state.selected,
    });
    this.renderPanel();
  }

  private async loadTrace(id: string, sdgId: string | null, relayout: boolean): Promise<void> {
    const trace = await api.traceToSdgs(id);
    this.trace = trace;
    this.model.merge(trace.subgraph);
    const added = this.syncGraph();
    if (added.length > 0) {
      if (relayout) {
        this.update({ positions: {} });
        await this.graph.layout(this.state.layout, id, true);
      } else {
        await this.graph.layout(this.state.layout, id, false);
      }
    }
    const highlight = highlightOf(trace, sdgId);
    this.graph.highlight(highlight);
    this.graph.fit([...highlight.nodes], relayout);
  }

  private async traceFrom(id: string, sdgId: string | null = null): Promise<void> {
    if (this.state.view !== "graph") await this.setView("graph");
    this.update({ trace: id, traceSdg: sdgId, selected: id });
    await this.busy(() => this.loadTrace(id, sdgId, true));
    this.graph.select(id);
    this.renderPanel();
  }

  private clearTrace(): void {
    this.trace = null;
    this.update({ trace: null, traceSdg: null });
    this.graph.highlight(null);
    this.renderPanel();
  }

  private async showMatrix(): Promise<void> {
    if (!this.matrix) {
      clear(this.matrixSection);
      this.matrixSection.append(h("p", { class: "muted", "data-testid": "loading" }, "Loading the matrix…"));
      try {
        this.matrix = await api.sdgMatrix();
      } catch (error) {
        clear(this.matrixSection);
        this.matrixSection.append(
          h("p", { class: "error", role: "alert", "data-testid": "matrix-error" }, describeError(error)),
          h("button", { onclick: () => void this.showMatrix() }, "Retry"),
        );
        return;
      }
    }
    clear(this.matrixSection);
    this.matrixSection.append(
      h("h2", {}, "Objectives × SDGs"),
      matrixTable(
        this.matrix,
        this.state.language,
        (objectiveId, sdgId) => void this.traceFrom(objectiveId, sdgId),
      ),
    );
  }

  private async openResultInGraph(data: unknown): Promise<void> {
    const result = resultToGraph(data);
    // Query results may lack edges' evidence: fetch full nodes only through the graph's own merge.
    const known = result.nodes.filter((node) => node.type !== "Entity");
    await this.setView("graph");
    await this.busy(async () => {
      for (const node of known) {
        if (!this.model.nodes.has(node.id)) {
          const added = await this.addNode(node.id);
          this.graph.placeNear(null, added);
          this.update({ added: [...this.state.added, node.id] });
        }
      }
    });
    this.graph.fit(known.map((node) => node.id));
  }

  private exportAs(format: "png" | "svg" | "json" | "csv"): void {
    const subgraph = this.model.subgraph();
    switch (format) {
      case "png":
        download(this.graph.png(), "ehealth-graph.png");
        return;
      case "svg": {
        const drawn = this.graph.drawn();
        download(
          new Blob([buildSvg(drawn.nodes, drawn.edges)], { type: "image/svg+xml" }),
          "ehealth-graph.svg",
        );
        return;
      }
      case "json":
        download(new Blob([subgraphToJson(subgraph)], { type: "application/json" }), "ehealth-graph.json");
        return;
      case "csv":
        download(new Blob([subgraphToCsv(subgraph)], { type: "text/csv" }), "ehealth-graph.csv");
        return;
      default: {
        const unreachable: never = format;
        throw new Error(String(unreachable));
      }
    }
  }

  // ---- panel -------------------------------------------------------------------------------

  private nameOf = (id: string): string => {
    const node = this.model.nodes.get(id) ?? this.neighbourhoods.get(id)?.nodes.find((n) => n.id === id);
    if (!node) {
      for (const subgraph of this.neighbourhoods.values()) {
        const found = subgraph.nodes.find((n) => n.id === id);
        if (found) return this.state.language === "no" && found.nameNo ? found.nameNo : found.name;
      }
      return id;
    }
    return this.state.language === "no" && node.nameNo ? node.nameNo : node.name;
  };

  private readonly panelActions: PanelActions = {
    select: (id) => {
      if (this.model.nodes.has(id) || this.model.edges.has(id)) this.select(id);
      else void this.show(id);
    },
    show: (id) => void this.show(id),
    expand: (id, types) => void this.expand(id, types),
    collapse: (id) => this.collapse(id),
    trace: (id) => void this.traceFrom(id),
    clearTrace: () => this.clearTrace(),
    close: () => {
      this.select(null);
    },
  };

  private renderPanel(): void {
    clear(this.panel);
    const id = this.state.selected;
    const parts: HTMLElement[] = [];
    if (id) {
      const node = this.model.nodes.get(id);
      const edge =
        this.model.edges.get(id) ??
        [...this.neighbourhoods.values()].flatMap((s) => s.edges).find((e) => e.id === id);
      if (node) {
        parts.push(
          nodePanel(
            {
              node,
              language: this.state.language,
              neighbourhood: this.neighbourhoods.get(id) ?? null,
              expanded: this.model.expansions.has(id),
              nameOf: this.nameOf,
            },
            this.panelActions,
          ),
        );
      } else if (edge) {
        parts.push(edgePanel(edge, this.nameOf, this.panelActions));
      }
    }
    if (this.trace && this.state.trace) {
      parts.unshift(
        tracePanel(this.trace, this.state.traceSdg, this.state.language, this.nameOf, this.panelActions),
      );
    }
    this.panel.append(...parts);
    this.panel.hidden = parts.length === 0;
  }
}
