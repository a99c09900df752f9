/**
 * Runs one saved read query (cypher/queries/*.cypher) in READ access mode, so that a neo4j://
 * cluster can route it to any member, with the API's transaction timeout. Driver failures
 * become typed API errors; the Cypher and parameters are logged on the request context.
 */
import { int } from "neo4j-driver";
import { cypherFile } from "#cypher/cypherFile.ts";
import type { ApiContext } from "../context.ts";
import { ServiceUnavailableError } from "../errors/ApiError.ts";
import { isDatabaseDown } from "./isDatabaseDown.ts";

export async function readQuery<Row extends Record<string, unknown>>(
  context: ApiContext,
  name: string,
  rawParams: Record<string, unknown>,
): Promise<Row[]> {
  const query = cypherFile(`queries/${name}`);
  // JavaScript numbers travel as floats; LIMIT and friends need Cypher integers.
  const params = Object.fromEntries(
    Object.entries(rawParams).map(([key, value]) => [
      key,
      typeof value === "number" && Number.isSafeInteger(value) ? int(value) : value,
    ]),
  );
  context.cypherLog.push({ query, params: rawParams });
  const session = context.driver.session({ database: context.database, defaultAccessMode: "READ" });
  try {
    const result = await session.executeRead((tx) => tx.run(query, params), {
      timeout: context.queryTimeoutMs,
    });
    // The row's shape is the saved query's RETURN clause, which the caller names in `Row`.
    return result.records.map((record) => record.toObject() as Row);
  } catch (error) {
    if (isDatabaseDown(error)) throw new ServiceUnavailableError();
    throw error;
  } finally {
    await session.close().catch(() => {});
  }
}
