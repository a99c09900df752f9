/**
 * What "in force on a day" means in Cypher, written once. A node or relationship is in force on
 * `$asOf` when its first day (`inForceFrom`) is on or before it and its last day (`inForceTo`) on
 * or after it; a missing day is an open end (model/period.ts widens `validFrom` / `validTo` to
 * those full days). Every saved query says `@inForce(x)` where it needs the test, and
 * composeCypher expands it here, so that a change to the rule (an exclusive end, another property)
 * is one edit, and tools/inForceCopiesCli.ts fails the lint when the predicate is written out by hand.
 */

/** A Cypher variable: the placeholder only ever names one, never a user value. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `@inForce(x)`: the placeholder in a .cypher file, with the variable it tests. */
const PLACEHOLDER = /@inForce\(\s*([^)]*?)\s*\)/g;

/** The predicate for `variable` against the day parameter `$asOf`, parenthesised so it composes with AND/OR. */
export function inForce(variable: string): string {
  if (!IDENTIFIER.test(variable)) {
    throw new Error(`@inForce needs a Cypher variable, got ${JSON.stringify(variable)}`);
  }
  return `((${variable}.inForceFrom IS NULL OR ${variable}.inForceFrom <= $asOf) AND (${variable}.inForceTo IS NULL OR ${variable}.inForceTo >= $asOf))`;
}

/** The statement with every `@inForce(x)` replaced by the predicate for `x`. */
export function composeCypher(text: string): string {
  return text.replace(PLACEHOLDER, (_placeholder, variable: string) => inForce(variable));
}
