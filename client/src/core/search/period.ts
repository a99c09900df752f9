/**
 * A hit's place in time, for search across dates: whether it is in force on the view's day, its
 * period to show, and the day to move to so that it can be drawn (model/period.ts says how a
 * partial date widens).
 */
import { inForceOn, periodEnd, periodStart } from "@model/period.ts";
import type { GraphNode } from "../graph/contract.ts";

type Dated = Pick<GraphNode, "validFrom" | "validTo">;

/** Whether `node` is in force on `day` (a full YYYY-MM-DD). */
export function inForceOnDay(node: Dated, day: string): boolean {
  return inForceOn(node.validFrom, node.validTo, day);
}

/**
 * The day to show `node` on when the view shows `day`: null when it is in force then (nothing to
 * move); else its last day in force when it ended before `day`, or its first when it starts after.
 */
export function dayToOpen(node: Dated, day: string): string | null {
  if (inForceOnDay(node, day)) return null;
  if (node.validTo != null && periodEnd(node.validTo) < day) return periodEnd(node.validTo);
  if (node.validFrom != null) return periodStart(node.validFrom);
  return null;
}

/** "2016–2023", "2020–", "–2023": the years of a node's period; null when it has no dates. */
export function periodYears(node: Dated): string | null {
  if (node.validFrom == null && node.validTo == null) return null;
  const year = (date: string | null | undefined) => (date == null ? "" : date.slice(0, 4));
  return `${year(node.validFrom)}–${year(node.validTo)}`;
}
