/**
 * Queries the user ran, newest first, kept in the browser's localStorage so that they survive a
 * reload. Storage is read defensively: another version of the app (or the user) may have written
 * anything under the key.
 */

export const HISTORY_KEY = "ehealth-graph.query-history";
/** Enough to find yesterday's query again without the list becoming a second editor. */
export const HISTORY_LIMIT = 30;

export interface HistoryEntry {
  readonly query: string;
  readonly variables: string;
  /** ISO time of the run. */
  readonly at: string;
}

/** The run added on top; an identical earlier run moves up instead of appearing twice. */
export function addToHistory(
  history: readonly HistoryEntry[],
  entry: HistoryEntry,
  limit = HISTORY_LIMIT,
): HistoryEntry[] {
  const rest = history.filter((old) => old.query !== entry.query || old.variables !== entry.variables);
  return [entry, ...rest].slice(0, limit);
}

function isEntry(value: unknown): value is HistoryEntry {
  if (typeof value !== "object" || value === null) return false;
  const record: Record<string, unknown> = Object.fromEntries(Object.entries(value));
  return (
    typeof record.query === "string" && typeof record.variables === "string" && typeof record.at === "string"
  );
}

/** localStorage when the browser allows it (reading it throws in some privacy modes). */
export function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function loadHistory(storage: Pick<Storage, "getItem"> | undefined): HistoryEntry[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(HISTORY_KEY) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter(isEntry).slice(0, HISTORY_LIMIT) : [];
  } catch {
    return []; // A corrupt entry must not keep the query tab from opening.
  }
}

export function saveHistory(
  storage: Pick<Storage, "setItem"> | undefined,
  history: readonly HistoryEntry[],
): void {
  try {
    storage?.setItem(HISTORY_KEY, JSON.stringify(history));
  } catch {
    // Storage full or disabled (private mode): history is a convenience, the run still happens.
  }
}

/** The first meaningful line of a query, for the history list. */
export function historyTitle(query: string): string {
  const line = query
    .split("\n")
    .map((l) => l.trim())
    .find((l) => l !== "" && !l.startsWith("#"));
  return (line ?? "(empty)").slice(0, 80);
}

/**
 * When a run happened, in the reader's own time zone and language ("06.12.2026, 01:30" in Oslo),
 * not the stored UTC instant: a run just after midnight in Norway is stored under the day before.
 */
export function localRunTime(at: string, locale: string, timeZone?: string): string {
  const when = new Date(at);
  if (Number.isNaN(when.getTime())) return at;
  return new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short", timeZone }).format(when);
}
