/**
 * GET /healthz — a contract. The fields `status`, `neo4j` and `uptimeSeconds` keep their meaning;
 * the others were added for operators.
 *
 * - 200 `{"status":"ok","neo4j":"up",…}`: Neo4j answered its probe quickly and queries have room.
 * - 200 `{"status":"busy","neo4j":"up",…}`: Neo4j answers, but slowly, or every query connection is
 *   in use. Still 200, on purpose: the service is healthy and will catch up, and a liveness probe
 *   that restarted it would only throw away its cache and its running answers.
 * - 503 `{"status":"degraded","neo4j":"down",…}`: Neo4j refuses connections, or has not answered
 *   its probe for 5 s. Restarting the app would not help either, but a load balancer should send
 *   traffic elsewhere.
 *
 * The probe runs on its own connection pool (neo4jHealth.ts), so a drained query pool cannot make
 * /healthz wait or lie; the answer comes within about a second whatever Neo4j does (two while it
 * is coming back, see neo4jHealth.ts).
 */
import type { ServerResponse } from "node:http";
import type { QueryLoad } from "../neo4j/deadlineDriver.ts";
import type { Neo4jHealth } from "../neo4j/neo4jHealth.ts";

const started = Date.now();

export interface HealthzSources {
  readonly neo4j: Neo4jHealth;
  /** The API's queries now, and how many may hold a connection at once (the pool's size). */
  readonly load: () => QueryLoad;
  readonly queryCapacity: number;
  /** Probe latency above which Neo4j counts as busy. */
  readonly slowMs: number;
}

export async function healthz(sources: HealthzSources, response: ServerResponse): Promise<void> {
  const neo4j = await sources.neo4j.check();
  const load = sources.load();
  const up = neo4j.state !== "down";
  const busy =
    neo4j.state === "slow" ||
    (neo4j.state === "up" && neo4j.latencyMs > sources.slowMs) ||
    load.running >= sources.queryCapacity;
  const body = {
    status: !up ? "degraded" : busy ? "busy" : "ok",
    neo4j: up ? "up" : "down",
    uptimeSeconds: Math.round((Date.now() - started) / 1000),
    /** How long the last probe took, or how long the running one has waited; null when down. */
    neo4jLatencyMs: neo4j.state === "up" ? neo4j.latencyMs : neo4j.state === "slow" ? neo4j.waitingMs : null,
    queries: { running: load.running, capacity: sources.queryCapacity, abandoned: load.abandoned },
  };
  response
    .writeHead(up ? 200 : 503, {
      "content-type": "application/json; charset=utf-8",
      "cache-control": "no-store",
    })
    .end(JSON.stringify(body));
}
