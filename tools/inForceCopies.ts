/**
 * Finds Cypher that writes the "in force on a day" predicate by hand instead of saying
 * `@inForce(x)` (cypher/inForce.ts holds the one definition). Written out in many files, the
 * rule drifts: one copy gets an exclusive end or forgets the open one, and two views of the same
 * day disagree. The shapes below are the ways the predicate is spelled: an open end tested with
 * IS NULL, an open end filled in with coalesce, or a day property compared with `$asOf`.
 */

export interface InForceCopy {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  readonly text: string;
}

const SHAPES: readonly RegExp[] = [
  /\.inForce(?:From|To)\s+IS\s+NULL\b/i,
  /coalesce\s*\(\s*[\w$`]+\.inForce(?:From|To)\b/i,
  /\.inForce(?:From|To)\s*[<>]=?\s*\$asOf\b/i,
  /\$asOf\s*[<>]=?\s*[\w`]+\.inForce(?:From|To)\b/i,
];

/** Every line of `text` (the contents of `file`) that spells the predicate out. */
export function inForceCopies(file: string, text: string): InForceCopy[] {
  return text
    .split("\n")
    .flatMap((line, index) =>
      SHAPES.some((shape) => shape.test(line)) ? [{ file, line: index + 1, text: line.trim() }] : [],
    );
}
