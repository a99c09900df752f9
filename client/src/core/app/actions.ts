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
  positionsSettled(positions: Readonly<Record<string, Point>>): void;
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

export function createActions(explorer: Explorer): Actions {
  const setView = (name: ViewName) => view.setView(explorer, name);
  const checkHealth = () => view.checkHealth(explorer);
  return {
    restore: () => restoring.restore(explorer),
    reset: () => restoring.reset(explorer),
    retry: () => restoring.retry(explorer, checkHealth),
    checkHealth,
    select: (id) => graph.select(explorer, id),
    show: (id, known) => graph.show(explorer, setView, id, known),
    expand: (id, types) => graph.expand(explorer, id, types),
    collapse: (id) => graph.collapse(explorer, id),
    toggleExpand: (id) => graph.toggleExpand(explorer, id),
    traceFrom: (id, sdgId = null) => graph.traceFrom(explorer, setView, id, sdgId),
    clearTrace: () => graph.clearTrace(explorer),
    openNodesInGraph: (ids) => graph.openNodesInGraph(explorer, setView, ids),
    setView,
    setLanguage: (language) => view.setLanguage(explorer, language),
    setLayout: (layout) => view.setLayout(explorer, layout),
    setNodeTypeVisible: (type, visible) => view.setNodeTypeVisible(explorer, type, visible),
    setEdgeTypeVisible: (type, visible) => view.setEdgeTypeVisible(explorer, type, visible),
    setShowInferred: (show) => view.setShowInferred(explorer, show),
    dragged: (id, position) => view.dragged(explorer, id, position),
    viewportChanged: (viewport) => view.viewportChanged(explorer, viewport),
    positionsSettled: (positions) => view.positionsSettled(explorer, positions),
    loadMatrix: () => matrix.loadMatrix(explorer),
    setStatedOnly: (statedOnly) => evidence.setStatedOnly(explorer, statedOnly),
    openEvidence: (id) => evidence.openEvidence(explorer, id),
    setAsOf: (day) => time.setAsOf(explorer, day),
    setCompareTo: (day) => time.setCompareTo(explorer, day),
    loadTimeline: () => time.loadTimeline(explorer),
    loadSourceDocuments: () => view.loadSourceDocuments(explorer),
    loadRelease: () => release.loadRelease(explorer),
    dismissReleaseNotice: () => release.dismissNotice(explorer),
    pathFrom: (id) => path.choosePathEnd(explorer, "from", id),
    pathTo: (id) => path.choosePathEnd(explorer, "to", id),
    findPath: (from, to) => path.findPath(explorer, from, to),
    clearPath: () => path.clearPath(explorer),
  };
}
