/** No Docker engine runs here, so the compose file is checked against the compose structure. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";

const healthcheck = z.object({
  test: z.array(z.string()).min(2),
  interval: z.string(),
  timeout: z.string(),
  retries: z.number().int().positive(),
});
const service = z.object({
  image: z.string().optional(),
  build: z.string().optional(),
  restart: z.enum(["no", "always", "on-failure", "unless-stopped"]).optional(),
  environment: z.record(z.string(), z.string()),
  ports: z.array(z.string().regex(/^127\.0\.0\.1:\d+:\d+$/)).optional(),
  volumes: z.array(z.string()).optional(),
  healthcheck,
  depends_on: z
    .record(z.string(), z.object({ condition: z.enum(["service_healthy", "service_started"]) }))
    .optional(),
});
const compose = z.strictObject({
  services: z.record(z.string(), service),
  volumes: z.record(z.string(), z.null()).optional(),
});

describe("docker-compose.yml", () => {
  const file = compose.parse(parse(readFileSync("docker-compose.yml", "utf8")));

  it("runs the official Neo4j 5.26 Community image with a health check and a data volume", () => {
    const neo4j = file.services.neo4j;
    expect(neo4j?.image).toBe("neo4j:5.26-community");
    expect(neo4j?.volumes?.[0]).toMatch(/^neo4j-data:\/data$/);
    expect(Object.keys(file.volumes ?? {})).toContain("neo4j-data");
    expect(neo4j?.environment.NEO4J_AUTH).toContain("${NEO4J_PASSWORD");
  });

  it("starts the app only once Neo4j is healthy and points NEO4J_URI at it", () => {
    const app = file.services.app;
    expect(app?.build).toBe(".");
    expect(app?.depends_on?.neo4j?.condition).toBe("service_healthy");
    expect(app?.environment.NEO4J_URI).toBe("bolt://neo4j:7687");
    expect(app?.environment.HOST).toBe("0.0.0.0");
  });

  it("starts the app and Neo4j again when their process dies, unless stopped on purpose", () => {
    expect(file.services.app?.restart).toBe("unless-stopped");
    expect(file.services.neo4j?.restart).toBe("unless-stopped");
  });

  it("has a Dockerfile on Node 20", () => {
    expect(readFileSync("Dockerfile", "utf8")).toMatch(/^FROM node:20/m);
  });
});
