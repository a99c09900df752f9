/**
 * What `npm run lint:compose` asks of docker-compose.yml and the Dockerfile. No Docker engine runs
 * on the development machines, so the files are checked against the compose structure and the few
 * promises the README makes of them: the official Neo4j 5.26 Community image with a health check
 * and a data volume, the app started only once Neo4j is healthy, both restarted unless stopped on
 * purpose, and the app image on the current Node LTS.
 */
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

/** The Node major the Dockerfile builds on: the current LTS line that CI's second run also uses. */
export const DOCKER_NODE_MAJOR = 24;

/** Every way the two files break what the README promises, as sentences; empty when they hold. */
export function composeProblems(composeYaml: string, dockerfile: string): string[] {
  const parsed = compose.safeParse(parse(composeYaml));
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => `docker-compose.yml ${issue.path.join(".")}: ${issue.message}`);
  }
  const { services, volumes } = parsed.data;
  const { neo4j, app } = services;
  const problems: string[] = [];
  const expect = (holds: boolean, problem: string): void => {
    if (!holds) problems.push(problem);
  };
  expect(neo4j?.image === "neo4j:5.26-community", "neo4j must run the image neo4j:5.26-community");
  expect(
    /^neo4j-data:\/data$/.test(neo4j?.volumes?.[0] ?? "") && "neo4j-data" in (volumes ?? {}),
    "neo4j must keep /data in the named volume neo4j-data",
  );
  expect(
    (neo4j?.environment.NEO4J_AUTH ?? "").includes("${NEO4J_PASSWORD"),
    "neo4j's NEO4J_AUTH must come from NEO4J_PASSWORD",
  );
  expect(app?.build === ".", "app must be built from the repository's Dockerfile");
  expect(app?.depends_on?.neo4j?.condition === "service_healthy", "app must wait for neo4j to be healthy");
  expect(app?.environment.NEO4J_URI === "bolt://neo4j:7687", "app's NEO4J_URI must point at neo4j");
  expect(app?.environment.HOST === "0.0.0.0", "app must listen on 0.0.0.0 inside its container");
  expect(
    app?.restart === "unless-stopped" && neo4j?.restart === "unless-stopped",
    "app and neo4j must restart unless stopped on purpose",
  );
  expect(
    new RegExp(`^FROM node:${DOCKER_NODE_MAJOR}\\b`, "m").test(dockerfile),
    `the Dockerfile must build on node:${DOCKER_NODE_MAJOR} (the current LTS)`,
  );
  return problems;
}
