/**
 * One read transaction for the linked-data routes, with the driver's failures as typed errors:
 * an unreachable database is SERVICE_UNAVAILABLE, a read that outlives its time limit (an
 * overloaded database) is LIMIT_EXCEEDED naming the limit, as in the GraphQL API.
 */
import type { Driver, ManagedTransaction } from "neo4j-driver";
import { databaseFailure } from "../errors/databaseFailure.ts";

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
    throw databaseFailure(error, "read") ?? error;
  } finally {
    await session.close().catch(() => {});
  }
}
