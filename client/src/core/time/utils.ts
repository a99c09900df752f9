/** Pure date logic of the time slider: which days are valid, today's date, the slider's stops. */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD (2023-02-30 is not one). */
export function isDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The `asOf` an address asks for that is not a day, or null when it asks for none or a valid one. */
export function badDayParam(search: string, key: string): string | null {
  const value = new URLSearchParams(search).get(key);
  return value !== null && !isDay(value) ? value : null;
}

export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The slider's stops: every day of the timeline plus the dates in use (a shared link may name a
 * day between two changes), ascending, then null for today at the right end.
 */
export function stopsOf(timeline: readonly string[], ...inUse: (string | null)[]): (string | null)[] {
  const days = new Set(timeline);
  for (const day of inUse) if (day) days.add(day);
  return [...[...days].sort(), null];
}

/** The earlier and the later of two dates (null is today). */
export function ordered(a: string | null, b: string | null, now = today()): [string, string] {
  const [x, y] = [a ?? now, b ?? now];
  return x <= y ? [x, y] : [y, x];
}

/** Ids in `later` but not `earlier` started; ids in `earlier` but not `later` ended. */
export function difference(
  earlier: ReadonlySet<string>,
  later: ReadonlySet<string>,
): { started: Set<string>; ended: Set<string> } {
  return {
    started: new Set([...later].filter((id) => !earlier.has(id))),
    ended: new Set([...earlier].filter((id) => !later.has(id))),
  };
}
