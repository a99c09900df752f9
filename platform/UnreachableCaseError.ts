/**
 * Ends a `switch` over a union: the `never` parameter makes a case added to the union and
 * forgotten in the switch a type error, and a value that slips past the types at run time a
 * loud one. In platform/ so that the server and the admin tools end their switches alike.
 */
export class UnreachableCaseError extends Error {
  override readonly name = "UnreachableCaseError";
  constructor(value: never) {
    super(`Unreachable case: ${JSON.stringify(value)}`);
  }
}
