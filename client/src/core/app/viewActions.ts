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

export async function setView(x: Explorer, view: ViewName): Promise<void> {
  updateView(x, { view });
  if (view === "matrix") await loadMatrix(x);
}

export function setLanguage(x: Explorer, language: Language): void {
  updateView(x, { language });
}

export async function setLayout(x: Explorer, layout: LayoutName): Promise<void> {
  updateView(x, { layout, positions: {} });
  await x.canvas.layout(layout, x.store.get().view.selected, true);
}

export function setNodeTypeVisible(x: Explorer, type: string, visible: boolean): void {
  const hidden = x.store.get().view.hiddenNodeTypes.filter((t) => t !== type);
  updateView(x, { hiddenNodeTypes: visible ? hidden : [...hidden, type] });
}

export function setEdgeTypeVisible(x: Explorer, type: string, visible: boolean): void {
  const hidden = x.store.get().view.hiddenEdgeTypes.filter((t) => t !== type);
  updateView(x, { hiddenEdgeTypes: visible ? hidden : [...hidden, type] });
}

export function setShowInferred(x: Explorer, showInferred: boolean): void {
  updateView(x, { showInferred });
}

export function viewportChanged(x: Explorer, viewport: Viewport): void {
  updateView(x, { viewport });
}

export function dragged(x: Explorer, id: string, position: Point): void {
  updateView(x, { positions: { ...x.store.get().view.positions, [id]: position } });
}

export function setConnection(x: Explorer, connection: Connection): void {
  x.store.set({ connection });
}

export async function checkHealth(x: Explorer): Promise<void> {
  const result = await health();
  switch (result.status) {
    case "ok":
      setConnection(x, { phase: "up" });
      return;
    case "degraded":
      setConnection(x, { phase: "down", message: t(x.store.get().view.language, "connection.databaseDown") });
      return;
    case "down":
      setConnection(x, { phase: "down", message: t(x.store.get().view.language, "connection.unreachable") });
      return;
    default: {
      const unreachable: never = result;
      throw new Error(String(unreachable));
    }
  }
}

/** Loads the source documents' registry once; a failure only leaves citations shorter. */
export async function loadSourceDocuments(x: Explorer): Promise<void> {
  if (x.store.get().sourceDocuments.size > 0) return;
  // Citations still show title and section without the registry: a failure changes nothing.
  await freshness(x.store, "documents").load(
    (signal) => api.sourceDocuments(signal),
    (documents) =>
      x.store.set({ sourceDocuments: new Map(documents.map((document) => [document.id, document])) }),
  );
}
