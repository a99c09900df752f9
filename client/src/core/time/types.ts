/** The time slice of the explorer's state: the timeline's days, a notice about a bad date, a comparison. */
import type { ChangesQuery } from "@generated/graphql.ts";

export type Change = ChangesQuery["changes"][number];

export const CHANGE_KINDS = ["started", "ended"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export type TimelineState =
  | { readonly phase: "idle" }
  | { readonly phase: "loading" }
  | { readonly phase: "ready"; readonly days: readonly string[] }
  | { readonly phase: "failed"; readonly message: string };

/** Two dates drawn at once: what is in force only on the later one started, only on the earlier one ended. */
export interface Comparison {
  readonly from: string;
  readonly to: string;
  /** Ids of nodes and relationships in force on `to` but not on `from`. */
  readonly started: ReadonlySet<string>;
  /** Ids of nodes and relationships in force on `from` but not on `to`. */
  readonly ended: ReadonlySet<string>;
  readonly changes: readonly Change[];
}

export interface TimeState {
  readonly timeline: TimelineState;
  /** Why the address's date was ignored, until the user picks another. */
  readonly notice: string | null;
  readonly comparison: Comparison | null;
}

export const INITIAL_TIME: TimeState = { timeline: { phase: "idle" }, notice: null, comparison: null };
