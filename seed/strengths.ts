/**
 * How strongly an objective serves an SDG, strongest first. Dependency-free so that the
 * explorer's matrix uses the very list the seed validates against.
 */
export const STRENGTHS = ["key", "most direct", "also"] as const;
export type Strength = (typeof STRENGTHS)[number];
