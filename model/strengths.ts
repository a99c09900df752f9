/**
 * How strongly an objective contributes to an SDG, derived from the strategy's own wording by one
 * rule, so that no strength is chosen by hand. The levels and the rule live here only; the
 * validator rejects a contribution whose strength disagrees with its wording, and docs/model.md
 * prints the rule from RULES below.
 */

/** Strength levels, strongest first. */
export const STRENGTHS = ["key", "most direct", "particular", "important", "named", "also"] as const;
export type Strength = (typeof STRENGTHS)[number];

/**
 * The rule, tried in order: the first pattern that matches the wording gives the strength. A
 * wording that matches none names the objective as a contributor without grading it: "named".
 */
export const RULES: readonly {
  readonly pattern: RegExp;
  readonly strength: Strength;
  readonly means: string;
}[] = [
  { pattern: /\bkey\b/i, strength: "key", means: "the strategy calls the objective key to the goal" },
  {
    pattern: /\bmost directly\b/i,
    strength: "most direct",
    means: "the objective is among those that contribute most directly",
  },
  {
    pattern: /\bin particular\b/i,
    strength: "particular",
    means: "the goal relates in particular to the objective",
  },
  // Kept apart from "in particular": the strategy calls objectives 1 and 2 "important" for SDG 10,
  // and reading that as "particular" would put words in its mouth.
  {
    pattern: /\bimportant\b/i,
    strength: "important",
    means: "the strategy calls the objective important for the goal",
  },
  {
    pattern: /\balso\b|\ball five\b/i,
    strength: "also",
    means: "the objective is one further contributor, or one of all five",
  },
];

export const DEFAULT_STRENGTH: Strength = "named";

export function strengthOf(wording: string): Strength {
  return RULES.find((rule) => rule.pattern.test(wording))?.strength ?? DEFAULT_STRENGTH;
}
