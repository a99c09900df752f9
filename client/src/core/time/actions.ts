/**
 * Actions of the time slider: load the timeline, draw the graph as of a day, compare two days.
 * Changing a date evaluates the view again as of it (restore with its subjects and expansions
 * asked anew) and fits the result; every other view that reads the date (the matrix, the open
 * panel, the path, the cell's passers-through) follows it through its own effect.
 */
import { api, describeError } from "../api/index.ts";
import { updateView } from "../app/commit.ts";
import { restore } from "../app/restore.ts";
import type { Explorer } from "../app/state.ts";
import { freshness } from "../store/freshness.ts";
import type { TimeState } from "./types.ts";

function setTime(explorer: Explorer, patch: Partial<TimeState>): void {
  explorer.store.set((state) => ({ time: { ...state.time, ...patch } }));
}

export async function loadTimeline(explorer: Explorer): Promise<void> {
  const phase = explorer.store.get().time.timeline.phase;
  if (phase === "loading" || phase === "ready") return;
  setTime(explorer, { timeline: { phase: "loading" } });
  await freshness(explorer.store, "timeline").load(
    (signal) => api.timeline(signal),
    (days) => setTime(explorer, { timeline: { phase: "ready", days } }),
    (error) =>
      setTime(explorer, {
        timeline: { phase: "failed", message: describeError(error, explorer.store.get().view.language) },
      }),
  );
}

/** Shows why the address's date was ignored (see core/time/utils.ts badDayParam). */
export function noticeBadDate(explorer: Explorer, message: string): void {
  setTime(explorer, { notice: message });
}

/** Draws the graph as of `day` (null: today), refitted. */
export function setAsOf(explorer: Explorer, day: string | null): Promise<void> {
  const previous = explorer.store.get().view.asOf;
  // The zoom and pan were for the other day's picture: the new one is fitted.
  updateView(explorer, { asOf: day, viewport: null });
  return redraw(explorer, previous);
}

/** Compares with a second day, or stops comparing (null). */
export function setCompareTo(explorer: Explorer, day: string | null): Promise<void> {
  updateView(explorer, { compareTo: day, viewport: null });
  return redraw(explorer, explorer.store.get().view.asOf);
}

function redraw(explorer: Explorer, previousAsOf: string | null): Promise<void> {
  explorer.store.set((state) => ({
    through: { phase: "idle" },
    time: { ...state.time, notice: null, comparison: null },
  }));
  return restore(explorer, { reevaluate: true, previousAsOf });
}
