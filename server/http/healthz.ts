/**
 * GET /healthz — a contract: 200 {"status":"ok","neo4j":"up",…} when Neo4j answers a trivial
 * read within 2 s, else 503 {"status":"degraded","neo4j":"down",…}.
 */
import type { ServerResponse } from "node:http";
import type { Driver } from "neo4j-driver";

const started = Date.now();

export async function healthz(driver: Driver, database: string, response: ServerResponse): Promise<void> {
  let up = false;
  const session = driver.session({ database, defaultAccessMode: "READ" });
  try {
    await Promise.race([
      session.executeRead((tx) => tx.run("RETURN 1"), { timeout: 2_000 }),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 2_500)),
    ]);
    up = true;
  } catch {
    up = false;
  } finally {
    session.close().catch(() => {});
  }
  const body = {
    status: up ? "ok" : "degraded",
    neo4j: up ? "up" : "down",
    uptimeSeconds: Math.round((Date.now() - started) / 1000),
  };
  response
    .writeHead(up ? 200 : 503, {
      "content-type": "application/json; charset=utf-8",
      "cache-control": "no-store",
    })
    .end(JSON.stringify(body));
}
