/**
 * A saved query answered with a row its decoder does not accept: the .cypher file's RETURN and
 * the code that reads it disagree. It names the query and the field so that the log points at
 * the mismatch, instead of an `undefined` surfacing somewhere downstream. Not an ApiError on
 * purpose: it is our fault, not the client's, so formatError masks it as INTERNAL_SERVER_ERROR.
 */
export class QueryShapeError extends Error {
  override readonly name = "QueryShapeError";

  constructor(
    readonly query: string,
    /** The field's path in the row, dotted: `nodes.3.id`; the row itself when empty. */
    readonly field: string,
    problem: string,
  ) {
    super(
      `Query "${query}" returned a row whose ${field === "" ? "shape" : `field "${field}"`} is wrong: ${problem}`,
    );
  }
}
