/**
 * Wraps a driver so that the Cypher @neo4j/graphql runs for a request is recorded on that
 * request (the explorer's "Cypher" tab shows it). Only session → transaction → run is
 * intercepted; everything else passes through unchanged.
 */
import type { Driver, ManagedTransaction, Session } from "neo4j-driver";
import type { CypherRecord } from "../context.ts";

function recordingTransaction(tx: ManagedTransaction, log: CypherRecord[]): ManagedTransaction {
  return new Proxy(tx, {
    get(target, property, receiver) {
      if (property === "run") {
        return (query: string, params?: Record<string, unknown>) => {
          log.push({ query, params: params ?? {} });
          return target.run(query, params);
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

function recordingSession(session: Session, log: CypherRecord[]): Session {
  return new Proxy(session, {
    get(target, property, receiver) {
      if (property === "executeRead" || property === "executeWrite") {
        const method = target[property].bind(target);
        return (work: (tx: ManagedTransaction) => unknown, config?: object) =>
          method((tx: ManagedTransaction) => work(recordingTransaction(tx, log)), config);
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

export function recordingDriver(driver: Driver, log: CypherRecord[]): Driver {
  return new Proxy(driver, {
    get(target, property, receiver) {
      if (property === "session") {
        return (config?: Parameters<Driver["session"]>[0]) => recordingSession(target.session(config), log);
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
