/**
 * A correction: one change to a fact after it was published in a release, recorded so that a
 * reference work that changed can still be cited (what it said, what it says now, why, when).
 * The shape only; the releases a correction may name are data, so seed/correction.ts supplies them.
 */
import { z } from "zod";
import { isoDateSchema } from "./model.ts";

/** The shape of a correction whose `release` must be one of `releases`. */
export function correctionSchemaFor(releases: readonly [string, ...string[]]) {
  return z.strictObject({
    /** The fact: a node id, or a relationship's `from|TYPE|to`. */
    item: z.string().min(1),
    /**
     * What changed: a field ("description", "basis", "sources", "reason", "strength", "nameNo",
     * "validFrom", …), or "added" / "removed" for a whole fact.
     */
    field: z.string().min(1),
    /** What the fact said before, in our words (or a short quote of the old value); "" when added. */
    was: z.string(),
    /** What it says now; "" when removed. */
    now: z.string(),
    /** Why, in our own words: the source that shows it, or the judgement made and its grounds. */
    why: z.string().min(1),
    /** The day the correction was made. */
    date: isoDateSchema,
    /** The release that first carries it. */
    release: z.enum(releases),
  });
}
export type Correction = z.infer<ReturnType<typeof correctionSchemaFor>>;
