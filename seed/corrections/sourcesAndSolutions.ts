/** Corrections to the sourcesAndSolutions facts (see seed/correction.ts), in the order they were made. */
import type { Correction } from "../correction.ts";

export const CORRECTIONS: readonly Correction[] = [
  {
    item: "cancer-specific-ehealth-solutions",
    field: "properties.solutionsReported",
    was: "0: no cancer-specific eHealth solutions reported",
    now: "(no figure)",
    why: "The factsheet answers N/A to how many such solutions exist: that is absence of a figure, not a count of zero.",
    date: "2026-12-05",
    release: "2026.12.1",
  },
];
