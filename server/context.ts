/** What each GraphQL request carries through resolvers. */

import type { Neo4jGraphQLContext } from "@neo4j/graphql";
import type { Driver } from "neo4j-driver";
import type { ReadNote } from "./cache/readNotePlugin.ts";
import type { Admission } from "./limits/admission.ts";

export interface CypherRecord {
  readonly query: string;
  readonly params: Record<string, unknown>;
}

export interface ApiContext extends Neo4jGraphQLContext {
  readonly driver: Driver;
  readonly database: string;
  readonly queryTimeoutMs: number;
  /** Cypher the request ran, in order; returned in `extensions.cypher` when asked for. */
  readonly cypherLog: CypherRecord[];
  /**
   * The UTC day the request is answered for when it names none (`asOf` omitted), taken once by
   * the HTTP layer: the read cache keeps the answer under the same day. Callers of the queries
   * outside HTTP (benchmarks, query tests) may leave it out: today by the system clock.
   */
  readonly today?: string;
  /** Whether the answer carries `extensions.cypher` (development, or a verified admin asked). */
  readonly includeCypher?: boolean;
  /** Filled in for the read cache: what ran and whether it failed. */
  readonly readNote?: ReadNote;
  /** The request's place in the execution gate (limits/admission.ts); HTTP requests only. */
  readonly admission?: Admission;
}
