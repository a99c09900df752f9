/**
 * The days the API's time arguments name. Every custom query answers for one full day (`asOf`,
 * today when omitted) and `changes` for a range of days (`from`, `to`); Cypher compares these
 * `YYYY-MM-DD` strings with the loader's `inForceFrom` / `inForceTo` (see model/period.ts).
 */
import { isIsoDate, periodEnd, periodStart } from "#model/period.ts";
import { BadUserInputError, NotInForceError } from "../errors/ApiError.ts";

/** The arguments that take a date, named in BAD_USER_INPUT errors. */
export type DateArgument = "asOf" | "from" | "to";

/**
 * The UTC day of a moment: the day an answer is for when the request names none. The HTTP layer
 * takes it once per request, from its clock, and hands the same day to the resolvers and to the
 * read cache, so that an answer is only ever served on the day it was computed for.
 */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The full day a date argument names. A partial date widens to its period, towards its first
 * day for `asOf` and `from` and its last day for `to`, so `changes(from: "2020", to: "2020")`
 * covers the whole year.
 */
export function dayOf(value: string, argument: DateArgument): string {
  if (!isIsoDate(value)) {
    throw new BadUserInputError(
      `${argument} must be an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD), got ${JSON.stringify(value)}`,
      argument,
    );
  }
  return argument === "to" ? periodEnd(value) : periodStart(value);
}

/** The day an `asOf` argument names, or `todayUtc` (the request's day) when it is omitted. */
export function asOfDay(asOf: string | null | undefined, todayUtc: string = today()): string {
  return asOf == null ? todayUtc : dayOf(asOf, "asOf");
}

/**
 * A stored node's or relationship's properties: the loader-owned `inForceFrom` / `inForceTo`
 * (see seed/load.ts) say when it is in force.
 */
type InForceProperties = Readonly<Record<string, unknown>>;

function day(value: unknown): string | null {
  return typeof value === "string" && value.length > 0 ? value : null;
}

/** The same test as the Cypher filters: `(inForceFrom ≤ day) AND (inForceTo ≥ day)`, a missing bound open. */
export function isInForce(props: InForceProperties, asOf: string): boolean {
  const from = day(props.inForceFrom);
  const to = day(props.inForceTo);
  return (from === null || from <= asOf) && (to === null || to >= asOf);
}

/**
 * An id that exists but was not in force on `asOf` is NOT_FOUND, with the period it was in force
 * so that the user can pick a date on which it was.
 */
export function assertInForce(
  props: InForceProperties,
  asOf: string,
  id: string,
  what: "node" | "relationship" | "strategy",
): void {
  if (isInForce(props, asOf)) return;
  throw new NotInForceError(id, what, asOf, day(props.inForceFrom), day(props.inForceTo));
}
