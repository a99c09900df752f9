import type { Language } from "../graph/vocabulary.ts";
import type { LayoutName, Point } from "../layouts/types.ts";

export const VIEWS = ["graph", "matrix", "query"] as const;
export type ViewName = (typeof VIEWS)[number];

export interface ExpandedEntry {
  readonly id: string;
  readonly types: readonly string[] | null;
  readonly nodes: readonly string[];
}

/** Everything a shared link restores. */
export interface ViewState {
  readonly tab: ViewName;
  /** Root of the governance tree the graph starts from. */
  readonly root: string;
  /** Selected node id, or edge id ('from|TYPE|to'). */
  readonly selected: string | null;
  readonly layout: LayoutName;
  readonly language: Language;
  readonly hiddenNodeTypes: readonly string[];
  readonly hiddenEdgeTypes: readonly string[];
  readonly showInferred: boolean;
  /**
   * Every node on the canvas that no expansion brought in, once the view is more than the
   * untouched tree (empty: just the tree of `root`). With `expanded` it lets a link restore its
   * picture in one request.
   */
  readonly nodes: readonly string[];
  /** Expanded nodes, in order, with the relationship types followed (null: all) and the nodes each added. */
  readonly expanded: readonly ExpandedEntry[];
  /** Node traced to the SDGs, and the SDG a matrix cell narrowed it to. */
  readonly trace: string | null;
  readonly traceSdg: string | null;
  /** The query explorer's text. */
  readonly query: string;
  /** The query explorer's variables (JSON text as typed), shared with the query. URL `qv`. */
  readonly queryVariables: string;
  /**
   * Positions of the nodes drawn (rounded), once the view is more than the untouched tree; in
   * the tree, only of the nodes the user dragged. URL `pp` (by the order of `n`/`xn`) and `p`.
   */
  readonly positions: Readonly<Record<string, Point>>;
  /** The day (YYYY-MM-DD) the graph is drawn as of; null for today. URL `asOf` (a contract). */
  readonly asOf: string | null;
  /** A second day drawn together with `asOf` to show what started and ended between them. URL `cmp`. */
  readonly compareTo: string | null;
  /** Zoom and pan as last left by the user, with the canvas size; null: fit the graph. */
  readonly viewport: Viewport | null;
  /** Path between two nodes: [fromId, toId]. URL `path=fromId~toId`. */
  readonly path: readonly [string, string] | null;
  /**
   * The data release the view was made with (URL `rel`, written only into a link that holds a
   * view), so that opening it later can say what was corrected since.
   */
  readonly release: string | null;
  /** The trace shows only paths stated at every step. URL `so=1`. */
  readonly statedOnly: boolean;
}

export interface Viewport {
  readonly zoom: number;
  readonly x: number;
  readonly y: number;
  /** The canvas's size in pixels when it was taken (absent in older links). */
  readonly width?: number;
  readonly height?: number;
}

export const DEFAULT_ROOT = "ministry-of-health-and-care-services";

export const DEFAULT_STATE: ViewState = {
  tab: "graph",
  root: DEFAULT_ROOT,
  selected: null,
  layout: "governance",
  language: "en",
  hiddenNodeTypes: [],
  hiddenEdgeTypes: [],
  showInferred: true,
  nodes: [],
  expanded: [],
  trace: null,
  traceSdg: null,
  query: "",
  queryVariables: "",
  positions: {},
  asOf: null,
  compareTo: null,
  viewport: null,
  path: null,
  release: null,
  statedOnly: false,
};
