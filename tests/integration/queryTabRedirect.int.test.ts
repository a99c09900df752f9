/**
 * `GET /graphql` in a browser opens the explorer's Query tab from this server — not Apollo's
 * Sandbox, which loads from a CDN — while programs keep reading GraphQL over GET.
 */
import { afterAll, describe, expect, it } from "vitest";
import { useApp } from "./harness.ts";
import { INDEX_HTML, makeClientDir } from "./staticClient.ts";

const BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

describe("GET /graphql from a browser", () => {
  const client = makeClientDir();
  const app = useApp({ clientDir: client.dir });
  const url = (path: string) => `${app.url()}${path}`;
  afterAll(() => client.remove());

  it("redirects to the Query tab on this server, whose page is the explorer's own index.html", async () => {
    const answer = await fetch(url("/graphql"), { headers: { accept: BROWSER_ACCEPT }, redirect: "manual" });
    expect(answer.status).toBe(302);
    const location = answer.headers.get("location") ?? "";
    expect(location).toBe("/?v=query");
    const body = await answer.text();
    expect(body).not.toMatch(/https?:\/\//);
    const page = await fetch(url(location), { headers: { accept: BROWSER_ACCEPT } });
    expect(page.status).toBe(200);
    expect(await page.text()).toBe(INDEX_HTML);
  });

  it("carries a query in the link over to the Query tab's text", async () => {
    const answer = await fetch(url(`/graphql?query=${encodeURIComponent("{ sdgs { id } }")}`), {
      headers: { accept: BROWSER_ACCEPT },
      redirect: "manual",
    });
    expect(answer.status).toBe(302);
    const q = new URL(answer.headers.get("location") ?? "", url("/")).searchParams.get("q") ?? "";
    expect(Buffer.from(q, "base64url").toString("utf8")).toBe("{ sdgs { id } }");
  });

  it("still answers GET reads with JSON for clients that do not ask for HTML", async () => {
    const answer = await fetch(url(`/graphql?query=${encodeURIComponent("{ __typename }")}`), {
      headers: { accept: "application/json" },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toMatch(/application\/json/);
    expect(await answer.json()).toEqual({ data: { __typename: "Query" } });
  });

  it("still answers a bare GET without Accept as GraphQL, not as a redirect", async () => {
    const answer = await fetch(url(`/graphql?query=${encodeURIComponent("{ __typename }")}`), {
      redirect: "manual",
    });
    expect(answer.status).toBe(200);
  });
});
