/**
 * The time slider's chronological scale: stops placed by their date (today among them, where it
 * falls), year ticks, and the steps the keys take. Days are YYYY-MM-DD strings; positions are
 * whole days from the scale's start, so a range input can hold them.
 */
import { isDay } from "./utils.ts";

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD day. */
export function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / MS_PER_DAY);
}

/** The YYYY-MM-DD day of a day number. */
export function dayOf(number: number): string {
  return new Date(number * MS_PER_DAY).toISOString().slice(0, 10);
}

export interface Scale {
  /** Every day the slider stops at, ascending, today among them. */
  readonly stops: readonly string[];
  readonly first: string;
  readonly last: string;
  /** Whole days from `first` to `last`. */
  readonly span: number;
}

/** The scale over the timeline's days, the days in use and today; null when there is nothing. */
export function scaleOf(timeline: readonly string[], today: string, ...inUse: (string | null)[]): Scale {
  const days = new Set([...timeline, today, ...inUse.filter((day): day is string => day !== null)]);
  const stops = [...days].filter(isDay).sort();
  const first = stops[0] ?? today;
  const last = stops[stops.length - 1] ?? today;
  return { stops, first, last, span: dayNumber(last) - dayNumber(first) };
}

/** Where a day lies on the scale: 0 at its first day, 1 at its last (clamped). */
export function fractionOf(scale: Scale, day: string): number {
  if (scale.span === 0) return 0;
  const fraction = (dayNumber(day) - dayNumber(scale.first)) / scale.span;
  return Math.min(1, Math.max(0, fraction));
}

/** The stop nearest to a day (a dragged thumb lands on a stop). */
export function nearestStop(scale: Scale, day: string): string {
  const target = dayNumber(day);
  let best = scale.first;
  for (const stop of scale.stops)
    if (Math.abs(dayNumber(stop) - target) < Math.abs(dayNumber(best) - target)) best = stop;
  return best;
}

/** The next stop after `day` (direction 1) or before it (-1); the end stop when there is none. */
export function stepStop(scale: Scale, day: string, direction: 1 | -1): string {
  if (direction === 1) return scale.stops.find((stop) => stop > day) ?? scale.last;
  return [...scale.stops].reverse().find((stop) => stop < day) ?? scale.first;
}

/** The same day a year later (1) or earlier (-1), kept within the scale; 29 February becomes the 28th. */
export function stepYear(scale: Scale, day: string, direction: 1 | -1): string {
  const year = Number(day.slice(0, 4)) + direction;
  let next = `${String(year).padStart(4, "0")}${day.slice(4)}`;
  if (!isDay(next)) next = `${next.slice(0, 8)}28`;
  if (next < scale.first) return scale.first;
  return next > scale.last ? scale.last : next;
}

export interface YearTick {
  readonly year: number;
  /** 0 to 1 along the scale. */
  readonly fraction: number;
  /** Only every few years is labelled, so that labels never crowd. */
  readonly labelled: boolean;
}

/** 1 January of each year within the scale; at most `maxLabels` of them labelled, evenly. */
export function yearTicks(scale: Scale, maxLabels = 6): YearTick[] {
  const from = Number(scale.first.slice(0, 4)) + (scale.first.endsWith("-01-01") ? 0 : 1);
  const to = Number(scale.last.slice(0, 4));
  const years = Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  const every = [1, 2, 5, 10, 20, 25, 50, 100].find((n) => years.length / n <= maxLabels) ?? 100;
  return years.map((year) => ({
    year,
    fraction: fractionOf(scale, `${String(year).padStart(4, "0")}-01-01`),
    labelled: year % every === 0,
  }));
}
