/**
 * The HTTP edge, request by request: bad targets are 400 (not 500), HEAD has headers only,
 * static files keep their SPA fallback and cache rules, and every answer — file, GraphQL, health,
 * error — carries the security headers.
 */
import { afterAll, describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY } from "#server/http/securityHeaders.ts";
import { useApp } from "./harness.ts";
import { rawRequest } from "./httpClient.ts";
import { ASSET_PATH, INDEX_HTML, makeClientDir } from "./staticClient.ts";

describe("HTTP edge", () => {
  const client = makeClientDir();
  const app = useApp({ clientDir: client.dir });
  const url = (path: string) => `${app.url()}${path}`;
  afterAll(() => client.remove());

  it("answers GET /% and other undecodable paths with 400, not 500", async () => {
    for (const target of ["/%", "/%E0%A4%A", "/assets/%zz.js", "/graphql%"]) {
      const answer = await rawRequest(app.port(), { method: "GET", target });
      expect(answer.status, target).toBe(400);
    }
  });

  it("answers HEAD with the headers of GET and no body", async () => {
    for (const path of ["/", ASSET_PATH, "/healthz"]) {
      const head = await rawRequest(app.port(), { method: "HEAD", target: path });
      const get = await fetch(url(path));
      expect(head.status, path).toBe(get.status);
      expect(head.headers.get("content-type"), path).toBe(get.headers.get("content-type"));
      expect(head.body, path).toBe("");
    }
  });

  it("serves index.html for client routes and 404 for a missing file", async () => {
    const route = await fetch(url("/trace/objective-3"));
    expect(route.status).toBe(200);
    expect(await route.text()).toBe(INDEX_HTML);
    expect((await fetch(url("/assets/missing-0000.js"))).status).toBe(404);
  });

  it("caches hashed assets for a year and revalidates index.html", async () => {
    const asset = await fetch(url(ASSET_PATH));
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(asset.headers.get("content-type")).toMatch(/javascript/);
    const index = await fetch(url("/"));
    expect(index.headers.get("cache-control")).toBe("no-cache");
    const again = await fetch(url("/"), { headers: { "if-none-match": index.headers.get("etag") ?? "" } });
    expect(again.status).toBe(304);
  });

  it("never serves a file outside the client folder", async () => {
    for (const target of ["/../package.json", "/%2e%2e/package.json", "/assets/..%2f..%2fpackage.json"]) {
      const answer = await rawRequest(app.port(), { method: "GET", target });
      expect(answer.status, target).toBeLessThan(500);
      expect(answer.body, target).not.toMatch(/norway-ehealth-graph/);
    }
  });

  it("puts the security headers on files, GraphQL, health and errors alike", async () => {
    const answers = [
      await fetch(url("/")),
      await fetch(url(ASSET_PATH)),
      await fetch(url("/healthz")),
      await fetch(url("/graphql"), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: '{"query":"{ __typename }"}',
      }),
      await fetch(url("/graphql"), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{",
      }),
      await fetch(url("/nothing.css")),
      await fetch(url("/"), { method: "DELETE" }),
    ];
    for (const answer of answers) {
      const where = `${answer.status} ${answer.url}`;
      expect(answer.headers.get("content-security-policy"), where).toBe(CONTENT_SECURITY_POLICY);
      expect(answer.headers.get("content-security-policy"), where).toContain("frame-ancestors 'none'");
      expect(answer.headers.get("referrer-policy"), where).toBe("no-referrer");
      expect(answer.headers.get("x-content-type-options"), where).toBe("nosniff");
    }
    const parserRejected = await rawRequest(app.port(), { method: "G ET", target: "/" });
    expect(parserRejected.status).toBe(400);
    expect(parserRejected.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
  });

  it("allows no inline or foreign script in the policy", () => {
    const script = /script-src ([^;]*)/.exec(CONTENT_SECURITY_POLICY)?.[1];
    expect(script).toBe("'self'");
  });
});
