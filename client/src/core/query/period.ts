/**
 * A relationship's period as a query result gives it (validFrom/validTo from the connection's edge
 * properties), and whether it had ended by a day. Dates may be a year, a month or a day, each
 * inclusive: "2015" ends on 2015-12-31.
 */
import type { GraphEdge } from "../graph/contract.ts";

export interface Period {
  readonly from: string | null;
  readonly to: string | null;
  /** The last day it held is before `day`. */
  readonly ended: boolean;
}

/** The last day an inclusive ISO date (year, month or day) covers, comparable as text. */
function lastDayOf(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-12-31`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-31`;
  return date;
}

/** The edge's period, or null when the result says nothing of when it held. */
export function periodOf(edge: Pick<GraphEdge, "validFrom" | "validTo">, day: string): Period | null {
  if (!edge.validFrom && !edge.validTo) return null;
  return {
    from: edge.validFrom,
    to: edge.validTo,
    ended: edge.validTo !== null && lastDayOf(edge.validTo) < day,
  };
}
