/**
 * The time model: a fact is in force from `validFrom` to `validTo`, both inclusive ISO 8601 dates
 * of day, month or year precision ("2024", "2024-01", "2024-01-01"). A missing `validFrom` means
 * "not known" (in force as far back as the graph goes); a missing `validTo` means "still in force".
 * Partial dates widen to their whole period: `validFrom: "2020"` starts on 2020-01-01 and
 * `validTo: "2023"` ends on 2023-12-31. The loader stores those widened days as `inForceFrom` /
 * `inForceTo` so that Cypher compares plain `YYYY-MM-DD` strings.
 */
const ISO_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** True when `value` is a real calendar date of year, month or day precision. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (day === undefined || month === undefined) return true;
  return Number(day) <= daysInMonth(Number(year), Number(month));
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first day of the period a (partial) ISO date names. */
export function periodStart(date: string): string {
  const [year, month = "01", day = "01"] = date.split("-");
  return `${year}-${month}-${day}`;
}

/** The last day of the period a (partial) ISO date names. */
export function periodEnd(date: string): string {
  const [year = "0000", month, day] = date.split("-");
  if (month === undefined) return `${year}-12-31`;
  if (day !== undefined) return `${year}-${month}-${day}`;
  return `${year}-${month}-${String(daysInMonth(Number(year), Number(month))).padStart(2, "0")}`;
}

/** Whether a fact with these bounds is in force on `asOfDay` (a full `YYYY-MM-DD`). */
export function inForceOn(
  validFrom: string | null | undefined,
  validTo: string | null | undefined,
  asOfDay: string,
): boolean {
  return (
    (validFrom == null || periodStart(validFrom) <= asOfDay) &&
    (validTo == null || periodEnd(validTo) >= asOfDay)
  );
}
