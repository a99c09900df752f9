/**
 * A correction: one change to a fact after it was published in a release, recorded so that a
 * reference work that changed can still be cited (what it said, what it says now, why, when).
 */
import { z } from "zod";
import { isoDateSchema } from "#model/model.ts";
import { DATA_RELEASES } from "./release.ts";

const releaseVersions = DATA_RELEASES.map((release) => release.version) as [string, ...string[]];

export const correctionSchema = z.strictObject({
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
  release: z.enum(releaseVersions),
});
export type Correction = z.infer<typeof correctionSchema>;
