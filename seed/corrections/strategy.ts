/** Corrections to the strategy facts (see seed/correction.ts), in the order they were made. */
import type { Correction } from "../correction.ts";

export const CORRECTIONS: readonly Correction[] = [];
