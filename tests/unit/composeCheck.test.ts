import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { composeProblems } from "#tools/composeCheck.ts";

const goodCompose = readFileSync("docker-compose.yml", "utf8");
const goodDockerfile = readFileSync("Dockerfile", "utf8");

describe("the Docker files check (npm run lint:compose)", () => {
  it("passes the repository's own files", () => {
    expect(composeProblems(goodCompose, goodDockerfile)).toEqual([]);
  });

  it("names an app that does not wait for a healthy Neo4j", () => {
    const broken = goodCompose.replace("condition: service_healthy", "condition: service_started");
    expect(composeProblems(broken, goodDockerfile)).toEqual(["app must wait for neo4j to be healthy"]);
  });

  it("names a Neo4j image other than 5.26 Community", () => {
    const broken = goodCompose.replace("neo4j:5.26-community", "neo4j:5.26-enterprise");
    expect(composeProblems(broken, goodDockerfile)).toContain(
      "neo4j must run the image neo4j:5.26-community",
    );
  });

  it("names a Dockerfile on a Node line past its end of life", () => {
    const broken = goodDockerfile.replace(/^FROM node:\d+/m, "FROM node:20");
    expect(composeProblems(goodCompose, broken)).toEqual([
      "the Dockerfile must build on node:24 (the current LTS)",
    ]);
  });

  it("names a port published beyond the loopback interface", () => {
    const broken = goodCompose.replace(/127\.0\.0\.1:(\d+):(\d+)/, "$1:$2");
    expect(composeProblems(broken, goodDockerfile).join("\n")).toMatch(/ports/);
  });
});
