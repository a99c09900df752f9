/**
 * Actions of the time slider: load the timeline, draw the graph as of a day, compare two days.
 * Changing a date rebuilds the picture through restore, so every query it makes carries the day.
 */
import { api, describeError } from "../api/index.ts";
import { updateView } from "../app/commit.ts";
import { restore } from "../app/restore.ts";
import type { Explorer } from "../app/state.ts";
import { loadMatrix } from "../app/viewActions.ts";
import type { TimeState } from "./types.ts";

function setTime(x: Explorer, patch: Partial<TimeState>): void {
  x.store.set((state) => ({ time: { ...state.time, ...patch } }));
}

export async function loadTimeline(x: Explorer): Promise<void> {
  const phase = x.store.get().time.timeline.phase;
  if (phase === "loading" || phase === "ready") return;
  setTime(x, { timeline: { phase: "loading" } });
  try {
    setTime(x, { timeline: { phase: "ready", days: await api.timeline() } });
  } catch (error) {
    setTime(x, { timeline: { phase: "failed", message: describeError(error, x.store.get().view.language) } });
  }
}

/** Shows why the address's date was ignored (see core/time/utils.ts badDayParam). */
export function noticeBadDate(x: Explorer, message: string): void {
  setTime(x, { notice: message });
}

/** Draws the graph as of `day` (null: today); the matrix and cached panels are re-read for it. */
export function setAsOf(x: Explorer, day: string | null): Promise<void> {
  updateView(x, { asOf: day });
  return redraw(x);
}

/** Compares with a second day, or stops comparing (null). */
export function setCompareTo(x: Explorer, day: string | null): Promise<void> {
  updateView(x, { compareTo: day });
  return redraw(x);
}

async function redraw(x: Explorer): Promise<void> {
  const matrixWasShown = x.store.get().view.view === "matrix";
  x.store.set((state) => ({
    matrix: { phase: "idle" },
    through: { phase: "idle" },
    time: { ...state.time, notice: null, comparison: null },
  }));
  await restore(x);
  if (matrixWasShown) await loadMatrix(x);
}
