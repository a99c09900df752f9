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

function setTime(x: Explorer, patch: Partial<TimeState>): void {
  x.store.set((state) => ({ time: { ...state.time, ...patch } }));
}

export async function loadTimeline(x: Explorer): Promise<void> {
  const phase = x.store.get().time.timeline.phase;
  if (phase === "loading" || phase === "ready") return;
  setTime(x, { timeline: { phase: "loading" } });
  await freshness(x.store, "timeline").load(
    (signal) => api.timeline(signal),
    (days) => setTime(x, { timeline: { phase: "ready", days } }),
    (error) =>
      setTime(x, {
        timeline: { phase: "failed", message: describeError(error, x.store.get().view.language) },
      }),
  );
}

/** Shows why the address's date was ignored (see core/time/utils.ts badDayParam). */
export function noticeBadDate(x: Explorer, message: string): void {
  setTime(x, { notice: message });
}

/** Draws the graph as of `day` (null: today), refitted. */
export function setAsOf(x: Explorer, day: string | null): Promise<void> {
  const previous = x.store.get().view.asOf;
  // The zoom and pan were for the other day's picture: the new one is fitted.
  updateView(x, { asOf: day, viewport: null });
  return redraw(x, previous);
}

/** Compares with a second day, or stops comparing (null). */
export function setCompareTo(x: Explorer, day: string | null): Promise<void> {
  updateView(x, { compareTo: day, viewport: null });
  return redraw(x, x.store.get().view.asOf);
}

function redraw(x: Explorer, previousAsOf: string | null): Promise<void> {
  x.store.set((state) => ({
    through: { phase: "idle" },
    time: { ...state.time, notice: null, comparison: null },
  }));
  return restore(x, { reevaluate: true, previousAsOf });
}
