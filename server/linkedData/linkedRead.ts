/**
 * One read transaction for the linked-data routes, with the driver's failures as typed errors:
 * an unreachable database is SERVICE_UNAVAILABLE, a read that outlives its time limit (an
 * overloaded database) is LIMIT_EXCEEDED naming the limit, as in the GraphQL API.
 */
import type { Driver, ManagedTransaction } from "neo4j-driver";
import { ApiError, ServiceUnavailableError } from "../errors/ApiError.ts";
import { isDatabaseDown } from "../neo4j/isDatabaseDown.ts";
import { isQueryTimeout } from "../neo4j/isQueryTimeout.ts";

export interface ReadOptions {
  readonly driver: Driver;
  readonly database: string;
  readonly timeoutMs: number;
}

export async function linkedRead<T>(
  options: ReadOptions,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  const session = options.driver.session({ database: options.database, defaultAccessMode: "READ" });
  try {
    return await session.executeRead(work, { timeout: options.timeoutMs });
  } catch (error) {
    if (isDatabaseDown(error)) throw new ServiceUnavailableError();
    if (isQueryTimeout(error))
      throw new ApiError("LIMIT_EXCEEDED", "The read took longer than the time limit; try again shortly", {
        limit: "queryTimeoutMs",
      });
    throw error;
  } finally {
    await session.close().catch(() => {});
  }
}
