/**
 * The Query tab as a GraphiQL replacement: `GET /graphql` in a browser
 * opens it with nothing fetched from outside this server, variables are checked and sent, runs are
 * kept in the browser's history, prettify, searchable Docs that describe every root field, and a
 * node clicked in a graph result opens its panel. Screenshots: tests/e2e/screenshots/query-tab-*.png.
 */
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openExplorer, screenshot, useAppAndBrowser } from "./browser.ts";

const NEIGHBOURHOOD = `query Around($id: ID!) {
  neighbourhood(id: $id) {
    nodes { id type name }
    edges { id source target type }
  }
}`;

const session = useAppAndBrowser();
const DESKTOP = { width: 1440, height: 900 };

/** Every request the context makes, and any that would leave this server (those are aborted). */
async function watchRequests(context: BrowserContext, base: string) {
  const all: string[] = [];
  const outside: string[] = [];
  await context.route(
    () => true,
    (route) => {
      const url = route.request().url();
      all.push(url);
      if (url.startsWith(base) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
      outside.push(url);
      return route.abort();
    },
  );
  return { all, outside };
}

async function openQueryTab(page: Page): Promise<void> {
  await page.click("[data-testid=tab-query]");
  await page.waitForSelector(".cm-editor", { timeout: 20_000 });
}

async function setEditorText(page: Page, text: string): Promise<void> {
  await page.click(".cm-content");
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(text);
}

const editorText = (page: Page) => page.locator(".cm-content").innerText();

describe("the Query tab", () => {
  it("GET /graphql in a browser opens the Query tab, and nothing is fetched from outside 127.0.0.1", async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const requests = await watchRequests(context, session.server.url);
    const page = await context.newPage();
    const answer = await page.goto(`${session.server.url}/graphql`);
    expect(answer?.ok()).toBe(true);
    await page.waitForSelector("body[data-ready]", { timeout: 30_000 });
    await page.waitForSelector(".cm-editor", { timeout: 20_000 });
    expect(new URL(page.url()).searchParams.get("v")).toBe("query");
    await expect(page.locator("[data-testid=tab-query]").getAttribute("aria-selected")).resolves.toBe("true");
    await page.click("[data-testid=toggle-docs]");
    await page.waitForSelector("[data-testid=docs-type]");
    expect(requests.all.some((url) => url.startsWith(`${session.server.url}/graphql`))).toBe(true);
    expect(requests.outside).toEqual([]);
    await screenshot(page, "query-tab-from-graphql-url");
    await context.close();
  });

  it("keeps the editor out of the first load of the graph view", async () => {
    const context = await session.browser.newContext();
    const requests = await watchRequests(context, session.server.url);
    const page = await context.newPage();
    await page.goto(session.server.url);
    await page.waitForSelector("body[data-ready]", { timeout: 30_000 });
    expect(requests.all.filter((url) => /\/assets\/(editor|docsPane)-/.test(url))).toEqual([]);
    await openQueryTab(page);
    expect(requests.all.some((url) => /\/assets\/editor-/.test(url))).toBe(true);
    await context.close();
  });

  it("checks the variables before sending and sends them with the query", async () => {
    const { page, context } = await openExplorer(session.browser, `${session.server.url}/?v=query`);
    await page.waitForSelector(".cm-editor", { timeout: 20_000 });
    const sent: unknown[] = [];
    page.on("request", (request) => {
      if (request.url().endsWith("/graphql") && request.method() === "POST")
        sent.push(request.postDataJSON());
    });
    await setEditorText(page, NEIGHBOURHOOD);
    await page.fill("[data-testid=query-variables]", '{"id": ');
    await page.click("[data-testid=run-query]");
    const problem = page.locator("[data-testid=variables-error]");
    await problem.waitFor();
    expect(await problem.textContent()).toMatch(/not a JSON object/);
    await screenshot(page, "query-tab-bad-variables");
    expect(sent).toEqual([]);

    await page.fill("[data-testid=query-variables]", '{"id": "kjernejournal"}');
    await expect(problem.isHidden()).resolves.toBe(true);
    await page.click("[data-testid=run-query]");
    const graph = page.locator("[data-testid=result-graph]");
    await graph.waitFor({ timeout: 20_000 });
    expect(Number(await graph.getAttribute("data-nodes"))).toBeGreaterThan(1);
    expect(sent).toContainEqual(expect.objectContaining({ variables: { id: "kjernejournal" } }));
    await screenshot(page, "query-tab-variables");
    await context.close();
  });

  it("keeps run queries in the browser and re-opens one from the history after a reload", async () => {
    const { page, context } = await openExplorer(session.browser, `${session.server.url}/?v=query`);
    await page.waitForSelector(".cm-editor", { timeout: 20_000 });
    await setEditorText(page, NEIGHBOURHOOD);
    await page.fill("[data-testid=query-variables]", '{"id": "helsenorge"}');
    await page.click("[data-testid=run-query]");
    await page.waitForSelector("[data-testid=result-graph], [data-testid=result-graph-empty]", {
      timeout: 20_000,
    });
    await setEditorText(page, "{ sdgs { id name } }");
    await page.click("[data-testid=run-query]");
    await page.waitForSelector("[data-testid=result-graph], [data-testid=result-graph-empty]", {
      timeout: 20_000,
    });

    // A fresh page in the same browser profile: only localStorage can bring the runs back.
    const again = await context.newPage();
    await again.goto(`${session.server.url}/?v=query`);
    await again.waitForSelector(".cm-editor", { timeout: 20_000 });
    await again.click("[data-testid=toggle-history]");
    const entries = again.locator("[data-testid=history-entry]");
    await entries.first().waitFor();
    expect(await entries.allTextContents()).toEqual(["{ sdgs { id name } }", "query Around($id: ID!) {"]);
    await screenshot(again, "query-tab-history");
    await entries.nth(1).click();
    expect(await editorText(again)).toContain("neighbourhood(id: $id)");
    expect(await again.inputValue("[data-testid=query-variables]")).toBe('{"id": "helsenorge"}');
    await expect(again.locator("[data-testid=query-history]").isHidden()).resolves.toBe(true);
    await context.close();
  });

  it("prettifies a query and says why when it cannot", async () => {
    const { page, context } = await openExplorer(session.browser, `${session.server.url}/?v=query`);
    await page.waitForSelector(".cm-editor", { timeout: 20_000 });
    await setEditorText(page, "{sdgs{id name}}");
    await page.click("[data-testid=prettify]");
    await page.waitForFunction(() =>
      document.querySelector(".cm-content")?.textContent?.includes("  sdgs {"),
    );
    expect((await editorText(page)).split("\n").map((line) => line.trimEnd())).toEqual([
      "{",
      "  sdgs {",
      "    id",
      "    name",
      "  }",
      "}",
    ]);
    await setEditorText(page, "{ sdgs { id ");
    await page.click("[data-testid=prettify]");
    const notice = page.locator("[data-testid=query-notice]");
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/does not parse/);
    expect(await editorText(page)).toBe("{ sdgs { id ");
    await context.close();
  });

  it("Docs describe every root query field and find types and fields by name", async () => {
    const { page, context } = await openExplorer(session.browser, `${session.server.url}/?v=query`);
    await page.waitForSelector(".cm-editor", { timeout: 20_000 });
    await page.click("[data-testid=toggle-docs]");
    await page.waitForSelector("[data-testid=docs-type]");
    const descriptions = await page.locator("[data-testid=docs-field-description]").allTextContents();
    expect(descriptions.length).toBeGreaterThan(100);
    expect(descriptions.filter((text) => text.trim() === "")).toEqual([]);

    await page.fill("[data-testid=docs-search]", "ministr");
    const matches = page.locator("[data-testid=docs-match]");
    await matches.first().waitFor();
    const found = await matches.allTextContents();
    expect(found).toContain("Query.ministries");
    expect(found).toContain("Ministry");
    await screenshot(page, "query-tab-docs-search");
    await matches.filter({ hasText: /^Ministry$/ }).click();
    await expect(page.locator("[data-testid=docs-type]").textContent()).resolves.toBe("Ministry");

    await page.fill("[data-testid=docs-search]", "zzzNoSuchName");
    await expect(page.locator("[data-testid=docs-matches]").textContent()).resolves.toMatch(
      /No type or field/,
    );
    await context.close();
  });

  it("a node clicked in a graph result opens the graph view with that node's panel", async () => {
    const { page, context } = await openExplorer(session.browser, `${session.server.url}/?v=query`);
    await page.waitForSelector(".cm-editor", { timeout: 20_000 });
    await setEditorText(page, NEIGHBOURHOOD);
    await page.fill("[data-testid=query-variables]", '{"id": "kjernejournal"}');
    await page.click("[data-testid=run-query]");
    const graph = page.locator("[data-testid=result-graph]");
    await graph.waitFor({ timeout: 20_000 });
    await screenshot(page, "query-tab-result-graph");
    const box = await graph.boundingBox();
    const spot = await page.evaluate(() => {
      const cy = (
        window as unknown as {
          __queryResult: {
            getElementById(id: string): { renderedPosition(): { x: number; y: number } };
          };
        }
      ).__queryResult;
      return cy.getElementById("kjernejournal").renderedPosition();
    });
    if (!box) throw new Error("the result graph has no box");
    await page.mouse.click(box.x + spot.x, box.y + spot.y);
    const panel = page.locator("[data-testid=node-panel][data-id=kjernejournal]");
    await panel.waitFor({ timeout: 20_000 });
    expect(new URL(page.url()).searchParams.get("v")).toBeNull();
    expect(new URL(page.url()).searchParams.get("s")).toBe("kjernejournal");
    await screenshot(page, "query-tab-node-opened");
    await context.close();
  });

  it("draws the preset 'Solutions and who runs them' as a graph, without errors", async () => {
    const { page, context } = await openExplorer(session.browser, `${session.server.url}/?v=query`, DESKTOP);
    await page.waitForSelector(".cm-editor", { timeout: 20_000 });
    await page.selectOption("[data-testid=preset-select]", "solutions");
    await page.click("[data-testid=run-query]");
    const graph = page.locator("[data-testid=result-graph]");
    await graph.waitFor({ timeout: 20_000 });
    expect(await page.locator("[data-testid=query-error]").count()).toBe(0);
    expect(Number(await graph.getAttribute("data-edges"))).toBeGreaterThan(3);
    await context.close();
  });

  it("draws a query that never asks for __typename, and its JSON shows only the fields asked for", async () => {
    const { page, context } = await openExplorer(session.browser, `${session.server.url}/?v=query`, DESKTOP);
    await page.waitForSelector(".cm-editor", { timeout: 20_000 });
    await setEditorText(page, "{ solutions(limit: 3) { id name supports { id name } } }");
    await page.click("[data-testid=run-query]");
    const graph = page.locator("[data-testid=result-graph]");
    await graph.waitFor({ timeout: 20_000 });
    expect(Number(await graph.getAttribute("data-nodes"))).toBeGreaterThan(3);
    await page.click("[data-testid=result-tab-json]");
    const json = await page.locator("[data-testid=result-json]").innerText();
    expect(json).toContain('"supports"');
    expect(json).not.toContain("__typename");
    await context.close();
  });

  it.each([
    ["en", "ended"],
    ["no", "avsluttet"],
  ])(
    "lists Helsenorge's operators with the period each ran it, ended ones marked (%s)",
    async (lang, ended) => {
      const { page, context } = await openExplorer(
        session.browser,
        `${session.server.url}/?v=query&lang=${lang}`,
        DESKTOP,
      );
      await page.waitForSelector(".cm-editor", { timeout: 20_000 });
      await page.selectOption("[data-testid=preset-select]", "helsenorge");
      await page.click("[data-testid=run-query]");
      const periods = page.locator("[data-testid=result-periods] li[data-edge$='|RUNS|helsenorge']");
      await periods.first().waitFor({ timeout: 20_000 });
      const lines = await periods.allInnerTexts();
      expect(lines.length).toBeGreaterThanOrEqual(3);
      for (const line of lines) expect(line).toMatch(/\d{4}/);
      const endedLines = await page
        .locator("[data-testid=result-periods] li[data-ended][data-edge$='|RUNS|helsenorge']")
        .allInnerTexts();
      expect(endedLines.length).toBeGreaterThan(0);
      for (const line of endedLines) expect(line).toContain(ended);
      // The result graph's edges carry the same periods, ended ones drawn apart.
      const drawn = await page.evaluate(() => {
        const cy = (
          window as unknown as {
            __queryResult: {
              edges(): {
                map<T>(f: (e: { data(k: string): string; hasClass(c: string): boolean }) => T): T[];
              };
            };
          }
        ).__queryResult;
        return cy.edges().map((edge) => ({ label: edge.data("label"), ended: edge.hasClass("ended") }));
      });
      expect(drawn.filter((edge) => /\d{4}/.test(edge.label)).length).toBeGreaterThanOrEqual(3);
      expect(drawn.some((edge) => edge.ended)).toBe(true);
      await screenshot(page, `query-tab-helsenorge-operators-${lang}`);
      await context.close();
    },
  );
});
