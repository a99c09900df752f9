/** Every action bound to one explorer: what views call. */
import type { GraphNode } from "../graph/index.ts";
import type { Language } from "../graph/vocabulary.ts";
import type { LayoutName, Point } from "../layouts/types.ts";
import * as matrix from "../matrix/actions.ts";
import * as path from "../path/actions.ts";
import * as release from "../release/actions.ts";
import * as time from "../time/actions.ts";
import type { ViewName, Viewport } from "../url-state/types.ts";
import * as evidence from "./evidenceActions.ts";
import * as graph from "./graphActions.ts";
import * as restoring from "./restore.ts";
import type { Explorer } from "./state.ts";
import * as view from "./viewActions.ts";

export interface Actions {
  restore(): Promise<void>;
  reset(): Promise<void>;
  retry(): Promise<void>;
  checkHealth(): Promise<void>;
  select(id: string | null): void;
  show(id: string, known?: GraphNode): Promise<void>;
  expand(id: string, types: readonly string[] | null): Promise<void>;
  collapse(id: string): void;
  toggleExpand(id: string): void;
  traceFrom(id: string, sdgId?: string | null): Promise<void>;
  clearTrace(): void;
  openNodesInGraph(ids: readonly string[]): Promise<void>;
  setView(name: ViewName): Promise<void>;
  setLanguage(language: Language): void;
  setLayout(layout: LayoutName): Promise<void>;
  setNodeTypeVisible(type: string, visible: boolean): void;
  setEdgeTypeVisible(type: string, visible: boolean): void;
  setShowInferred(show: boolean): void;
  dragged(id: string, position: Point): void;
  viewportChanged(viewport: Viewport): void;
  loadMatrix(): Promise<void>;
  setStatedOnly(statedOnly: boolean): void;
  /** Selects a relationship and loads its sources by id, drawn or not. */
  openEvidence(id: string): Promise<void>;
  setAsOf(day: string | null): Promise<void>;
  setCompareTo(day: string | null): Promise<void>;
  loadTimeline(): Promise<void>;
  loadSourceDocuments(): Promise<void>;
  /** The data release and its corrections, once; an older link's notice, and dismissing it. */
  loadRelease(): Promise<void>;
  dismissReleaseNotice(): void;
  /** Path between two nodes: choose an end, find it, clear it. */
  pathFrom(id: string): Promise<void>;
  pathTo(id: string): Promise<void>;
  findPath(from: string, to: string): Promise<void>;
  clearPath(): void;
}

export function createActions(x: Explorer): Actions {
  const setView = (name: ViewName) => view.setView(x, name);
  const checkHealth = () => view.checkHealth(x);
  return {
    restore: () => restoring.restore(x),
    reset: () => restoring.reset(x),
    retry: () => restoring.retry(x, checkHealth),
    checkHealth,
    select: (id) => graph.select(x, id),
    show: (id, known) => graph.show(x, setView, id, known),
    expand: (id, types) => graph.expand(x, id, types),
    collapse: (id) => graph.collapse(x, id),
    toggleExpand: (id) => graph.toggleExpand(x, id),
    traceFrom: (id, sdgId = null) => graph.traceFrom(x, setView, id, sdgId),
    clearTrace: () => graph.clearTrace(x),
    openNodesInGraph: (ids) => graph.openNodesInGraph(x, setView, ids),
    setView,
    setLanguage: (language) => view.setLanguage(x, language),
    setLayout: (layout) => view.setLayout(x, layout),
    setNodeTypeVisible: (type, visible) => view.setNodeTypeVisible(x, type, visible),
    setEdgeTypeVisible: (type, visible) => view.setEdgeTypeVisible(x, type, visible),
    setShowInferred: (show) => view.setShowInferred(x, show),
    dragged: (id, position) => view.dragged(x, id, position),
    viewportChanged: (viewport) => view.viewportChanged(x, viewport),
    loadMatrix: () => matrix.loadMatrix(x),
    setStatedOnly: (statedOnly) => evidence.setStatedOnly(x, statedOnly),
    openEvidence: (id) => evidence.openEvidence(x, id),
    setAsOf: (day) => time.setAsOf(x, day),
    setCompareTo: (day) => time.setCompareTo(x, day),
    loadTimeline: () => time.loadTimeline(x),
    loadSourceDocuments: () => view.loadSourceDocuments(x),
    loadRelease: () => release.loadRelease(x),
    dismissReleaseNotice: () => release.dismissNotice(x),
    pathFrom: (id) => path.choosePathEnd(x, "from", id),
    pathTo: (id) => path.choosePathEnd(x, "to", id),
    findPath: (from, to) => path.findPath(x, from, to),
    clearPath: () => path.clearPath(x),
  };
}
