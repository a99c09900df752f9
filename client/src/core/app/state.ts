/**
 * The explorer's one store: the view state mirrored in the URL, and what the views draw from
 * (the graph model's revision, the trace, the matrix, the connection, pending work, messages).
 */
import type { GraphModel, GraphNode, SdgTrace, Subgraph } from "../graph/index.ts";
import type { Filters } from "../graph/vocabulary.ts";
import type { Canvas } from "../layouts/canvas.ts";
import { IDLE_MATRIX, type MatrixState } from "../matrix/types.ts";
import { IDLE_PATH, type PathState } from "../path/types.ts";
import { type EvidenceState, IDLE_EVIDENCE } from "../relationship/index.ts";
import { INITIAL_RELEASE, type ReleaseState } from "../release/types.ts";
import { createStore, type Store } from "../store/store.ts";
import type { TaskQueue } from "../store/taskQueue.ts";
import { INITIAL_TIME, type TimeState } from "../time/types.ts";
import type { ViewState } from "../url-state/types.ts";

export interface SourceDocument {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  readonly date: string;
}

export type Connection =
  | { readonly phase: "checking" }
  | { readonly phase: "up" }
  | { readonly phase: "down"; readonly message: string };

export type { MatrixState };

/** Who passes through the matrix cell a trace was narrowed to (keyed by the objective's id). */
export type ThroughState =
  | { readonly phase: "idle" }
  | { readonly phase: "loading"; readonly objectiveId: string }
  | { readonly phase: "ready"; readonly objectiveId: string; readonly nodes: readonly GraphNode[] }
  | { readonly phase: "failed"; readonly objectiveId: string; readonly message: string };

export interface AppState {
  readonly view: ViewState;
  /** Bumped whenever the graph model changes, so that views redraw from it. */
  readonly revision: number;
  /** True while the canvas shows just the tree of `view.root` (the URL then lists no nodes). */
  readonly treeOnly: boolean;
  readonly trace: SdgTrace | null;
  readonly matrix: MatrixState;
  readonly connection: Connection;
  /** Requests under way (the spinner shows while above 0). */
  readonly pending: number;
  readonly flash: string | null;
  /** Each node's whole neighbourhood, for its panel; emptied whenever the graph is rebuilt. */
  readonly neighbourhoods: ReadonlyMap<string, Subgraph>;
  /** The day the graph model was last rebuilt for (null: today); null before the first restore. */
  readonly drawn: { readonly asOf: string | null } | null;
  /** The source documents' registry (publisher, date) by id, for citing sources. */
  readonly sourceDocuments: ReadonlyMap<string, SourceDocument>;
  /** Set once the first view has been restored. */
  readonly ready: boolean;
  /** The trace shows only paths stated at every step. */
  readonly statedOnly: boolean;
  readonly through: ThroughState;
  readonly time: TimeState;
  /** The path between two nodes (its ends are in `view.path` once both are chosen). */
  readonly path: PathState;
  /** The data release, its correction log, and what an older link is told. */
  readonly release: ReleaseState;
  /** The sources of the relationship the panel shows, loaded by its id. */
  readonly evidence: EvidenceState;
}

export function initialState(view: ViewState): AppState {
  return {
    view,
    revision: 0,
    treeOnly: true,
    trace: null,
    matrix: IDLE_MATRIX,
    connection: { phase: "checking" },
    pending: 0,
    flash: null,
    neighbourhoods: new Map(),
    drawn: null,
    sourceDocuments: new Map(),
    ready: false,
    statedOnly: false,
    through: { phase: "idle" },
    time: INITIAL_TIME,
    path: IDLE_PATH,
    release: INITIAL_RELEASE,
    evidence: IDLE_EVIDENCE,
  };
}

export function filtersOf(view: ViewState): Filters {
  return {
    hiddenNodeTypes: view.hiddenNodeTypes,
    hiddenEdgeTypes: view.hiddenEdgeTypes,
    showInferred: view.showInferred,
  };
}

/** What actions work on: the store, the mutable graph model, the canvas and the task queue. */
export interface Explorer {
  readonly store: Store<AppState>;
  readonly model: GraphModel;
  readonly canvas: Canvas;
  readonly queue: TaskQueue;
}

export function createExplorerStore(view: ViewState): Store<AppState> {
  return createStore(initialState(view));
}
