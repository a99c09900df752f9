/**
 * The context of one GraphQL request (server/context.ts): how resolvers reach Neo4j, the day the
 * request is answered for, and what the request may see. Built per request, never shared, so
 * the Cypher log and the read cache's note belong to that request alone.
 */
import type { Driver } from "neo4j-driver";
import type { RequestAccess } from "../auth/requestAccess.ts";
import type { ReadNote } from "../cache/readNotePlugin.ts";
import type { ApiContext } from "../context.ts";
import type { Admission } from "../limits/admission.ts";
import { recordingDriver } from "../neo4j/recordingDriver.ts";

/** What every request's context shares: the database and the time limit of its queries. */
export interface ContextSources {
  /** The query pool, under the client-side deadline (neo4j/deadlineDriver.ts). */
  readonly driver: Driver;
  readonly database: string;
  readonly queryTimeoutMs: number;
}

/** What belongs to one request: who asks, for which day, and the request's own notes. */
export interface RequestSources {
  readonly access: RequestAccess;
  readonly day: string;
  /** Filled in for the read cache. */
  readonly readNote: ReadNote;
  /** The request's place in the execution gate, ended when its answer has left. */
  readonly admission: Admission;
}

export function requestContext(
  sources: ContextSources,
  { access, day, readNote, admission }: RequestSources,
): ApiContext {
  const cypherLog: ApiContext["cypherLog"] = [];
  return {
    driver: sources.driver,
    database: sources.database,
    queryTimeoutMs: sources.queryTimeoutMs,
    cypherLog,
    executionContext: recordingDriver(sources.driver, cypherLog),
    sessionConfig: { database: sources.database },
    transaction: { timeout: sources.queryTimeoutMs },
    readNote,
    admission,
    today: day,
    includeCypher: access.includeCypher,
    // Verified once, in auth/adminToken.ts; @neo4j/graphql trusts a `jwt` it is given.
    ...(access.admin ? { jwt: access.admin } : {}),
  };
}
