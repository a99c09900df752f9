/**
 * Ends a `switch` over a union: the `never` parameter makes a case added to the union and
 * forgotten in the switch a type error, and a value that slips past the types at run time a
 * loud one.
 */
export class UnreachableCaseError extends Error {
  override readonly name = "UnreachableCaseError";
  constructor(value: never) {
    super(`Unreachable case: ${JSON.stringify(value)}`);
  }
}
