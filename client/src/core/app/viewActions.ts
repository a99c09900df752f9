/** Actions on the view around the graph: tab, language, layout, filters, the matrix, health. */
import { api, health } from "../api/index.ts";
import type { Language } from "../graph/vocabulary.ts";
import { t } from "../i18n/index.ts";
import type { LayoutName, Point } from "../layouts/types.ts";
import { loadMatrix } from "../matrix/actions.ts";
import { freshness } from "../store/freshness.ts";
import type { ViewName, Viewport } from "../url-state/types.ts";
import { updateView } from "./commit.ts";
import type { Connection, Explorer } from "./state.ts";

export async function setView(explorer: Explorer, view: ViewName): Promise<void> {
  updateView(explorer, { tab: view });
  if (view === "matrix") await loadMatrix(explorer);
}

export function setLanguage(explorer: Explorer, language: Language): void {
  updateView(explorer, { language });
}

export async function setLayout(explorer: Explorer, layout: LayoutName): Promise<void> {
  updateView(explorer, { layout, positions: {} });
  await explorer.canvas.layout(layout, explorer.store.get().view.selected, true);
}

export function setNodeTypeVisible(explorer: Explorer, type: string, visible: boolean): void {
  const hidden = explorer.store.get().view.hiddenNodeTypes.filter((t) => t !== type);
  updateView(explorer, { hiddenNodeTypes: visible ? hidden : [...hidden, type] });
}

export function setEdgeTypeVisible(explorer: Explorer, type: string, visible: boolean): void {
  const hidden = explorer.store.get().view.hiddenEdgeTypes.filter((t) => t !== type);
  updateView(explorer, { hiddenEdgeTypes: visible ? hidden : [...hidden, type] });
}

export function setShowInferred(explorer: Explorer, showInferred: boolean): void {
  updateView(explorer, { showInferred });
}

export function viewportChanged(explorer: Explorer, viewport: Viewport): void {
  updateView(explorer, { viewport });
}

export function dragged(explorer: Explorer, id: string, position: Point): void {
  updateView(explorer, { positions: { ...explorer.store.get().view.positions, [id]: position } });
}

/**
 * The canvas's positions after a layout or a placement. Once the view is more than the untouched
 * tree, the view (and so its link) holds every drawn node's position: a link then rebuilds the
 * picture itself, not a new layout of it. The untouched tree's layout is the same each time.
 */
export function positionsSettled(explorer: Explorer, positions: Readonly<Record<string, Point>>): void {
  if (explorer.store.get().treeOnly) return;
  updateView(explorer, { positions });
}

export function setConnection(explorer: Explorer, connection: Connection): void {
  explorer.store.set({ connection });
}

export async function checkHealth(explorer: Explorer): Promise<void> {
  const result = await health();
  switch (result.status) {
    case "ok":
      setConnection(explorer, { phase: "up" });
      return;
    case "degraded":
      setConnection(explorer, {
        phase: "down",
        message: t(explorer.store.get().view.language, "connection.databaseDown"),
      });
      return;
    case "down":
      setConnection(explorer, {
        phase: "down",
        message: t(explorer.store.get().view.language, "connection.unreachable"),
      });
      return;
    default: {
      const unreachable: never = result;
      throw new Error(String(unreachable));
    }
  }
}

/** Loads the source documents' registry once; a failure only leaves citations shorter. */
export async function loadSourceDocuments(explorer: Explorer): Promise<void> {
  if (explorer.store.get().sourceDocuments.size > 0) return;
  // Citations still show title and section without the registry: a failure changes nothing.
  await freshness(explorer.store, "documents").load(
    (signal) => api.sourceDocuments(signal),
    (documents) =>
      explorer.store.set({ sourceDocuments: new Map(documents.map((document) => [document.id, document])) }),
  );
}
