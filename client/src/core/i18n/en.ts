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
