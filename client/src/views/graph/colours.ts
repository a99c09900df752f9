/**
 * The canvas's state colours, shared by the full stylesheet (style.ts) and the large-graph one
 * (largeGraph.ts), so that a trace, a conflict or a selection looks the same at any size.
 */
export const EDGE_GREY = "#9ca3af";
export const CONFLICT_RED = "#dc2626";
export const TRACE_GREEN = "#059669";
export const SELECTED_AMBER = "#f59e0b";
