/** The explorer's English interface text: the reference dictionary every language must match. */
export const EN = {
  title: "Norway eHealth governance",
  "tab.graph": "Graph",
  "tab.matrix": "SDG matrix",
  "tab.query": "Query",
  "toolbar.layout": "Layout",
  "toolbar.fit": "Fit",
  "toolbar.fitLabel": "Fit the graph to the screen",
  "toolbar.zoomIn": "Zoom in",
  "toolbar.zoomOut": "Zoom out",
  "toolbar.reset": "Reset",
  "toolbar.resetLabel": "Back to the governance tree",
  "toolbar.legend": "Legend",
  "toolbar.legendLabel": "Show or hide the legend and filters",
  "toolbar.export": "Export",
  "export.png": "Export the view as PNG",
  "export.svg": "Export the view as SVG",
  "export.json": "Export the data as JSON",
  "export.csv": "Export the data as CSV",
  "language.switch": "Show Norwegian",
  "legend.nodeTypes": "Node types",
  "legend.links": "Links",
  "legend.stated": "stated",
  "legend.inferred": "inferred",
  "legend.conflict": "⚠ sources conflict",
  "legend.traced": "on an SDG trace",
  "legend.showInferred": "Show inferred links",
  "legend.relationshipTypes": "Relationship types",
  "legend.showType": "Show the type",
  "status.loading": "Loading…",
  "status.allFiltered": "Every node is filtered out: change the filters in the legend.",
  "status.empty": "Nothing to show yet.",
  "banner.title": "Server unavailable.",
  "banner.hint": "Start it with npm start; the explorer reconnects by itself.",
  "banner.retry": "Retry now",
  "matrix.title": "Objectives × SDGs",
  "matrix.loading": "Loading the matrix…",
  "matrix.retry": "Retry",
  // Accessibility (issue 12, capability 7): the graph outline and the skip link.
  "a11y.skip": "Skip to the graph outline",
  "outline.heading": "Graph outline: {count} nodes shown",
  "outline.incoming": "{other} {relation} this",
  "outline.noLinks": "no links shown",
} as const;

export type MessageKey = keyof typeof EN;

/**
 * English strings of the evidence list and the time slider, in one module so that the interface
 * can be translated as a whole: a Norwegian dictionary of the same shape can stand beside it.
 */
export const en = {
  trace: {
    title: (name: string) => `Trace: ${name}`,
    close: "Close the trace",
    clear: "Clear trace",
    none: "This node reaches no SDG.",
    summary: (sdgs: number, paths: number) =>
      `Reaches ${sdgs} SDG${sdgs === 1 ? "" : "s"} by ${paths} path${paths === 1 ? "" : "s"}.`,
    statedOnly: "Stated steps only",
    statedOnlyHint: "Keep only paths on which every step is stated by a source.",
    statedSummary: (kept: number, all: number) =>
      `${kept} of ${all} SDG${all === 1 ? "" : "s"} stay reachable on stated steps alone.`,
    unreachableStated: "not reachable on stated steps alone",
    reachableStated: "reachable on stated steps",
    pathsTo: (paths: number) => `${paths} path${paths === 1 ? "" : "s"}`,
    heading: "Evidence by SDG",
    stated: "stated",
    inferred: "inferred",
    conflict: "⚠ conflict",
    because: "Why inferred:",
    noSource: "No source recorded.",
    paragraph: (n: number) => `¶ ${n}`,
    openSource: (title: string) => `Open ${title} (new tab)`,
  },
  cell: {
    heading: "Matrix cell",
    wording: "The strategy's own wording:",
    noWording: "The graph records no wording for this cell.",
    through: "Organisations and solutions whose traces pass through this cell",
    loading: "Finding who passes through…",
    nobody: "No organisation or solution reaches this objective.",
  },
  time: {
    label: "Graph as of",
    today: "today",
    slider: "Date the graph is drawn as of",
    compare: "Compare with",
    compareSlider: "Second date to compare with",
    compareOn: "Compare two dates",
    compareOff: "Stop comparing",
    noTimeline: "The graph records no dated changes.",
    loadingTimeline: "Loading the timeline…",
    badAsOf: (value: string) =>
      `The link's date "${value}" is not a day (YYYY-MM-DD); showing the graph as of today instead.`,
    started: "started",
    ended: "ended",
    changes: (from: string, to: string) => `What changed from ${from} to ${to}`,
    noChanges: "Nothing started or ended between these dates.",
    changesPanel: "Changes between the two dates",
    legendStarted: (date: string) => `in force on ${date} only (started)`,
    legendEnded: (date: string) => `in force on ${date} only (ended)`,
  },
} as const;

export type Messages = typeof en;
