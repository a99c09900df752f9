/**
 * Wraps the API's driver so that every managed transaction (executeRead / executeWrite, which is
 * how the saved queries and @neo4j/graphql run) is bounded by a client-side deadline
 * (queryDeadline.ts) and counted, so that /healthz can tell a busy service from a broken one.
 * Everything else passes through unchanged.
 */
import type { Driver, Session } from "neo4j-driver";
import { Neo4jUnresponsiveError } from "#platform/neo4j/Neo4jUnresponsiveError.ts";
import { withDeadline } from "./queryDeadline.ts";

export interface QueryLoad {
  /** Managed transactions running now (each holds, or waits for, a pooled connection). */
  readonly running: number;
  /** Transactions abandoned at the deadline since start. */
  readonly abandoned: number;
}

export interface DeadlineDriver {
  readonly driver: Driver;
  load(): QueryLoad;
}

export function deadlineDriver(driver: Driver, deadlineMs: number): DeadlineDriver {
  let running = 0;
  let abandoned = 0;

  function boundedSession(session: Session): Session {
    return new Proxy(session, {
      get(target, property, receiver) {
        if (property === "executeRead" || property === "executeWrite") {
          const method = target[property].bind(target) as (...args: unknown[]) => Promise<unknown>;
          return (...args: unknown[]) => {
            running++;
            return withDeadline(target, deadlineMs, () => method(...args))
              .catch((error: unknown) => {
                if (error instanceof Neo4jUnresponsiveError) abandoned++;
                throw error;
              })
              .finally(() => {
                running--;
              });
          };
        }
        const value = Reflect.get(target, property, receiver);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  }

  return {
    driver: new Proxy(driver, {
      get(target, property, receiver) {
        if (property === "session") {
          return (config?: Parameters<Driver["session"]>[0]) => boundedSession(target.session(config));
        }
        const value = Reflect.get(target, property, receiver);
        return typeof value === "function" ? value.bind(target) : value;
      },
    }),
    load: () => ({ running, abandoned }),
  };
}
