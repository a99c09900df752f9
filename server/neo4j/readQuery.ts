/**
 * Runs one saved read query (server/neo4j/savedQuery.ts) in READ access mode, so that a neo4j://
 * cluster can route it to any member, with the API's transaction timeout: the query builds the
 * Cypher and parameters, the driver runs them here, the query decodes the rows. Driver failures
 * become typed API errors; the Cypher and parameters are logged on the request context.
 */
import { int } from "neo4j-driver";
import type { ApiContext } from "../context.ts";
import { ServiceUnavailableError } from "../errors/ApiError.ts";
import { isDatabaseDown } from "./isDatabaseDown.ts";
import type { QueryParams, SavedQuery } from "./savedQuery.ts";

export async function readQuery<Args extends QueryParams, Row>(
  context: ApiContext,
  query: SavedQuery<Args, Row>,
  args: Args,
): Promise<Row[]> {
  const { cypher, params } = query.build(args);
  // JavaScript numbers travel as floats; LIMIT and friends need Cypher integers.
  const sent = Object.fromEntries(
    Object.entries(params).map(([key, value]) => [
      key,
      typeof value === "number" && Number.isSafeInteger(value) ? int(value) : value,
    ]),
  );
  context.cypherLog.push({ query: cypher, params: { ...params } });
  const session = context.driver.session({ database: context.database, defaultAccessMode: "READ" });
  let records: Record<string, unknown>[];
  try {
    const result = await session.executeRead((tx) => tx.run(cypher, sent), {
      timeout: context.queryTimeoutMs,
    });
    records = result.records.map((record) => record.toObject());
  } catch (error) {
    if (isDatabaseDown(error)) throw new ServiceUnavailableError();
    throw error;
  } finally {
    await session.close().catch(() => {});
  }
  return query.decode(records);
}
