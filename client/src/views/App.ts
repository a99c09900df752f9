/**
 * Composes the explorer: one store, the actions on it, the effects that sync it outward, and
 * the views that subscribe to it. Holds no state of its own.
 */
import { type Actions, createActions } from "@core/app/actions.ts";
import { syncUrl, watchHealth } from "@core/app/effects.ts";
import { watchCell } from "@core/app/evidenceActions.ts";
import { createExplorerStore, type Explorer } from "@core/app/state.ts";
import { GraphModel } from "@core/graph/index.ts";
import { panelText } from "@core/i18n/index.ts";
import { syncMatrix } from "@core/matrix/effects.ts";
import { syncPanel } from "@core/panel/effects.ts";
import { syncPath } from "@core/path/effects.ts";
import { resultToGraph } from "@core/query/index.ts";
import { openInForce } from "@core/search/index.ts";
import { sameItems, watch } from "@core/store/store.ts";
import { TaskQueue } from "@core/store/taskQueue.ts";
import { syncSuccession } from "@core/succession/index.ts";
import { noticeBadDate } from "@core/time/actions.ts";
import { badDayParam } from "@core/time/utils.ts";
import { readUrlState } from "@core/url-state/index.ts";
import { mountCopyLink } from "./CopyLink.ts";
import { h, retranslate, translated } from "./dom.ts";
import { exportAs } from "./exportView.ts";
import { mountGraphOutline } from "./GraphOutline.ts";
import { GraphView } from "./GraphView.ts";
import { mountBanner, mountLegend, mountMatrix, mountStatus } from "./Hosts.ts";
import { mountLinkNotice } from "./LinkNotice.ts";
import { mountPanel } from "./PanelHost.ts";
import { mountPathHighlight } from "./path/highlight.ts";
import { QueryView } from "./QueryView.ts";
import { mountReleaseFooter, mountReleaseNotice } from "./ReleaseViews.ts";
import { SearchBox } from "./SearchBox.ts";
import { mountShell } from "./Shell.ts";
import { mountChanges, mountComparisonColours, mountTimeSlider, mountUndatedMarks } from "./TimeSlider.ts";
import { installTestHook } from "./testHook.ts";
import { mountWelcome } from "./Welcome.ts";
import { mountFocusReturn, mountRefit } from "./windowEffects.ts";

export async function startExplorer(root: HTMLElement): Promise<void> {
  const store = createExplorerStore(readUrlState());
  const model = new GraphModel();
  const cyHost = h("div", {
    class: "cy",
    tabindex: "0",
    role: "application",
    "data-testid": "graph-canvas",
  });
  // The canvas needs the actions and the actions need the canvas; the shell (the canvas's
  // container) must be in the page before cytoscape starts, which watches it from then on.
  let bound: Actions | null = null;
  const actions = (): Actions => {
    if (!bound) throw new Error("The explorer is not started yet");
    return bound;
  };
  const legendHost = h("div", { class: "legend", "data-testid": "legend-panel" });
  if (window.matchMedia("(max-width: 700px)").matches) legendHost.classList.add("collapsed");
  const parts = {
    // Search covers every date: a hit not in force on the view's day opens on a day it was.
    search: new SearchBox(
      (hit) => void openInForce(actions(), hit.node, store.get().view.asOf),
      () => store.get().view.language,
      () => store.get().view.asOf,
    ).element,
    cyHost,
    status: h("div", { class: "status", "aria-live": "polite", "data-testid": "status" }),
    legendHost,
    banner: h("div", { class: "banner", role: "alert", hidden: true, "data-testid": "server-error" }),
    panel: h("aside", {
      class: "side-panel",
      "data-testid": "side-panel",
      hidden: true,
    }),
    matrixSection: h("section", { class: "matrix-view", hidden: true }),
    querySection: h("div", { class: "query-host", hidden: true }),
    timeBar: h("div", {
      class: "time-bar",
      role: "group",
      "aria-label": panelText(store.get().view.language).time.label,
      "data-testid": "time-bar",
    }),
    changes: h("aside", {
      class: "changes-panel",
      "aria-label": panelText(store.get().view.language).time.changesPanel,
      "data-testid": "changes-panel",
      // Drawn over the canvas: a fit keeps the graph beside it (graph/camera.ts).
      "data-covers-canvas": "true",
      hidden: true,
    }),
    linkNotice: h("div", {
      class: "link-notice",
      role: "status",
      hidden: true,
      "data-testid": "link-notice",
    }),
    outline: h("section", { "aria-labelledby": "graph-outline-toggle", "data-testid": "outline-section" }),
    releaseNotice: h("div", {
      class: "release-notice",
      role: "status",
      hidden: true,
      "data-testid": "release-notice",
    }),
    welcome: h("section", { class: "welcome", "data-testid": "welcome", hidden: true }),
    copyLink: h("span", { class: "copy-link" }),
    footer: h("footer", { class: "release-footer", hidden: true, "data-testid": "release-footer" }),
  };
  const language = store.get().view.language;
  translated(cyHost, language, { "aria-label": "a11y.canvas" });
  translated(parts.panel, language, { "aria-label": "a11y.details" });
  translated(parts.matrixSection, language, { "aria-label": "tab.matrix" });
  let graph: GraphView | null = null;
  const withGraph = (use: (view: GraphView) => void) => () => {
    if (graph) use(graph);
  };
  mountShell(root, parts, store, actions, {
    fit: withGraph((view) => view.fit()),
    zoomBy: (factor) => withGraph((view) => view.zoomBy(factor))(),
    toggleLegend: withGraph((view) => {
      legendHost.classList.toggle("collapsed");
      view.cy.resize();
    }),
    exportAs: (format) =>
      withGraph((view) => {
        // A PNG is drawn asynchronously: a failure is said, not thrown into the void.
        exportAs(format, view, model, store.get()).catch((error: unknown) =>
          store.set({ flash: error instanceof Error ? error.message : String(error) }),
        );
      })(),
  });
  const canvas = new GraphView(cyHost, {
    onSelect: (id) => actions().select(id),
    onExpand: (id) => actions().toggleExpand(id),
    onDragged: (id, position) => actions().dragged(id, position),
    onViewport: (viewport) => actions().viewportChanged(viewport),
    onPositions: (positions) => actions().positionsSettled(positions),
  });
  graph = canvas;
  const explorer: Explorer = { store, model, canvas, queue: new TaskQueue() };
  bound = createActions(explorer);
  // Read the link's release now, before restoring rewrites the address with the current one.
  void actions().loadRelease();
  const queryView = new QueryView(
    store.get().view.query,
    () => store.get().view.language,
    (text) => explorer.store.set((state) => ({ view: { ...state.view, query: text } })),
    // Placeholder nodes (type Entity) stand for ends a query did not select: not worth opening.
    (data) =>
      void actions().openNodesInGraph(
        resultToGraph(data)
          .nodes.filter((node) => node.type !== "Entity")
          .map((node) => node.id),
      ),
    // A node clicked in a query result opens in the graph view, selected, with its panel.
    (id, type) => {
      if (type !== "Entity") void actions().show(id);
    },
    // The variables travel in the shared link with the query's text.
    {
      variables: store.get().view.queryVariables,
      onVariables: (text) =>
        explorer.store.set((state) => ({ view: { ...state.view, queryVariables: text } })),
    },
  );
  parts.querySection.append(queryView.element);
  // Views built once (the query tab, the page's landmarks) switch language in place.
  watch(
    store,
    (state) => [state.view.language],
    () => {
      const { language } = store.get().view;
      retranslate(root, language);
      parts.timeBar.setAttribute("aria-label", panelText(language).time.label);
      parts.changes.setAttribute("aria-label", panelText(language).time.changesPanel);
    },
    sameItems,
  );
  cyHost.addEventListener("keydown", (event) => onCanvasKey(event, canvas));
  // Ctrl/⌘-Z undoes the last step (expand, collapse, hide, move …): each is a history entry.
  document.addEventListener("keydown", (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== "z" || event.shiftKey) return;
    const target = event.target;
    if (target instanceof HTMLElement && target.closest("input, textarea, select, .cm-editor")) return;
    event.preventDefault();
    window.history.back();
  });
  // Esc closes the topmost panel: the trace first, then the node or edge under it.
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || event.defaultPrevented) return;
    const { view } = store.get();
    if (store.get().path.phase !== "idle") actions().clearPath();
    else if (view.trace) actions().clearTrace();
    else if (view.selected) actions().select(null);
  });
  canvas.bind(explorer);
  mountStatus(parts.status, explorer);
  mountBanner(parts.banner, explorer, actions());
  mountLegend(legendHost, explorer, actions());
  mountMatrix(parts.matrixSection, explorer, actions());
  mountPanel(parts.panel, explorer, actions());
  mountTimeSlider(parts.timeBar, explorer, actions());
  mountChanges(parts.changes, explorer, actions());
  mountGraphOutline(parts.outline, explorer, actions());
  mountReleaseFooter(parts.footer, explorer);
  mountWelcome(parts.welcome, explorer, actions());
  mountCopyLink(parts.copyLink, explorer);
  mountReleaseNotice(parts.releaseNotice, explorer, actions());
  mountLinkNotice(parts.linkNotice, explorer);
  mountRefit(explorer, canvas, [parts.changes]);
  mountFocusReturn(explorer, cyHost);
  mountComparisonColours(canvas.cy, explorer);
  mountUndatedMarks(canvas.cy, explorer);
  mountPathHighlight(canvas.cy, explorer);
  watchCell(explorer);
  store.subscribe((state, previous) => {
    if (state.view.tab === "query" && previous.view.tab !== "query") void queryView.activate();
  });
  syncUrl(explorer);
  syncPath(explorer);
  syncPanel(explorer);
  syncMatrix(explorer);
  syncSuccession(store);
  watchHealth(explorer);
  // A malformed date in the address is dropped (decodeState) and said so, never a broken page.
  const badDay = badDayParam(window.location.search, "asOf");
  if (badDay !== null) noticeBadDate(explorer, panelText(store.get().view.language).time.badAsOf(badDay));
  installTestHook(explorer, canvas);

  await actions().checkHealth();
  // The selected node's panel loads its neighbourhood once the picture is drawn (core/panel).
  await actions().restore();
  // A shared scene with a path draws it again.
  const shared = store.get().view.path;
  if (shared) await actions().findPath(shared[0], shared[1]);
  const view = store.get().view.tab;
  if (view === "matrix") await actions().loadMatrix();
  // A shared query link shows its result, not just its text.
  if (view === "query")
    await queryView.activate().then(() => (store.get().view.query ? queryView.execute() : undefined));
  void actions().loadSourceDocuments();
  store.set({ ready: true });
  document.body.dataset.ready = "true";
}

function onCanvasKey(event: KeyboardEvent, graph: GraphView): void {
  const step = 60;
  const moves: Record<string, [number, number]> = {
    ArrowLeft: [step, 0],
    ArrowRight: [-step, 0],
    ArrowUp: [0, step],
    ArrowDown: [0, -step],
  };
  const move = moves[event.key];
  if (move) graph.panBy(move[0], move[1]);
  else if (event.key === "+" || event.key === "=") graph.zoomBy(1.25);
  else if (event.key === "-") graph.zoomBy(0.8);
  else if (event.key === "0") graph.fit();
  else return;
  event.preventDefault();
}
