/**
 * A saved query (cypher/queries/<name>.cypher) as two pure halves, the neo4j/graphql way
 * (translate/ builds, execution runs elsewhere): `build` turns typed arguments into the Cypher
 * and parameters to send, `decode` checks each row against the shape the RETURN clause promises.
 * readQuery runs one between the two; tests call either half without a database.
 */
import type { z } from "zod";
import { composedCypher } from "#cypher/composedCypher.ts";
import { QueryShapeError } from "./QueryShapeError.ts";

/** Arguments are plain values; user input only ever travels as one of these parameters. */
export type QueryParams = Readonly<Record<string, unknown>>;

export interface BuiltQuery {
  readonly cypher: string;
  readonly params: QueryParams;
}

export interface SavedQuery<Args extends QueryParams, Row> {
  readonly name: string;
  build(args: Args): BuiltQuery;
  /** Rows as the driver gives them (`record.toObject()`); throws QueryShapeError on a mismatch. */
  decode(rows: readonly Readonly<Record<string, unknown>>[]): Row[];
}

/** The saved query `name`, taking `Args` and answering rows of `row`'s shape. */
export function savedQuery<Args extends QueryParams, Row>(
  name: string,
  row: z.ZodType<Row>,
): SavedQuery<Args, Row> {
  return {
    name,
    build: (args) => ({ cypher: composedCypher(`queries/${name}`), params: { ...args } }),
    decode: (rows) => decodeRows(name, row, rows),
  };
}

/** Each of `rows`, answered by the query `name`, checked against `row`; the first mismatch throws. */
export function decodeRows<Row>(
  name: string,
  row: z.ZodType<Row>,
  rows: readonly Readonly<Record<string, unknown>>[],
): Row[] {
  return rows.map((raw, index) => {
    const result = row.safeParse(raw);
    if (result.success) return result.data;
    const [issue] = result.error.issues;
    const field = (issue?.path ?? []).map(String).join(".");
    throw new QueryShapeError(name, field, `${issue?.message ?? "invalid"} (row ${index})`);
  });
}
