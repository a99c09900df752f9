import type { Language } from "../graph/types.ts";
import type { LayoutName, Point } from "../layouts/types.ts";

export const VIEWS = ["graph", "matrix", "query"] as const;
export type ViewName = (typeof VIEWS)[number];

/** Everything a shared link restores. */
export interface ViewState {
  readonly view: ViewName;
  /** Root of the governance tree the graph starts from. */
  readonly root: string;
  /** Selected node id, or edge id ('from|TYPE|to'). */
  readonly selected: string | null;
  readonly layout: LayoutName;
  readonly language: Language;
  readonly hiddenNodeTypes: readonly string[];
  readonly hiddenEdgeTypes: readonly string[];
  readonly showInferred: boolean;
  /** Nodes added to the view from search or a matrix cell, beyond the tree. */
  readonly added: readonly string[];
  /** Expanded nodes, in order, each with the relationship types it was limited to (null: all). */
  readonly expanded: readonly { readonly id: string; readonly types: readonly string[] | null }[];
  /** Node traced to the SDGs, and the SDG a matrix cell narrowed it to. */
  readonly trace: string | null;
  readonly traceSdg: string | null;
  /** The query explorer's text. */
  readonly query: string;
  /** Positions of nodes the user dragged, rounded. */
  readonly positions: Readonly<Record<string, Point>>;
}

export const DEFAULT_ROOT = "ministry-of-health-and-care-services";

export const DEFAULT_STATE: ViewState = {
  view: "graph",
  root: DEFAULT_ROOT,
  selected: null,
  layout: "governance",
  language: "en",
  hiddenNodeTypes: [],
  hiddenEdgeTypes: [],
  showInferred: true,
  added: [],
  expanded: [],
  trace: null,
  traceSdg: null,
  query: "",
  positions: {},
};
