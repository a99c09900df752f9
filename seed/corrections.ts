/**
 * Every correction made after a release (seed/correction.ts), validated at load time. The
 * server serves them as `corrections(since:)`; the explorer lists them on a fact's panel and tells
 * an older shared link how many came since it was made.
 */
import { type Correction, correctionSchema } from "./correction.ts";
import { CORRECTIONS as GOVERNANCE } from "./corrections/governance.ts";
import { CORRECTIONS as OBJECTIVES } from "./corrections/objectives.ts";
import { CORRECTIONS as SOURCES_AND_SOLUTIONS } from "./corrections/sourcesAndSolutions.ts";
import { CORRECTIONS as STRATEGY } from "./corrections/strategy.ts";

export const CORRECTIONS: readonly Correction[] = [
  ...GOVERNANCE,
  ...SOURCES_AND_SOLUTIONS,
  ...STRATEGY,
  ...OBJECTIVES,
].map((correction) => correctionSchema.parse(correction));
