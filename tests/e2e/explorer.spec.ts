/**
 * The explorer in Chromium against the real app server: search, expand/collapse, SDG trace,
 * matrix, query explorer, shared URLs, exports, a phone-sized screen, and the server going away.
 * Each scenario saves tests/e2e/screenshots/<name>.png.
 */
import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AppServer,
  canvasNodes,
  graphql,
  launchBrowser,
  nodeOnScreen,
  nodePosition,
  openExplorer,
  screenshot,
  startApp,
  waitForIdle,
} from "./browser.ts";

const MINISTRY = "ministry-of-health-and-care-services";

let server: AppServer;
let serverStopped = false;
let browser: Browser;

beforeAll(async () => {
  server = await startApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (!serverStopped) await server?.stop().catch(() => {});
});

describe("the explorer", () => {
  it("opens on the Ministry's governance tree with a legend", async () => {
    const { page, context, errors } = await openExplorer(browser, server.url);
    const ids = await canvasNodes(page);
    expect(ids).toContain(MINISTRY);
    expect(ids).toContain("department-of-ehealth");
    await expect(page.locator("[data-testid=legend]").textContent()).resolves.toContain("Ministry");
    // Top-down: the Ministry sits above the Department that is part of it.
    const ministry = await nodePosition(page, MINISTRY);
    const department = await nodePosition(page, "department-of-ehealth");
    expect(ministry.y).toBeLessThan(department.y);
    await screenshot(page, "governance-tree");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("search finds Kjernejournal and its panel shows the English name and its source", async () => {
    const expected = await graphql<{
      node: { name: string; nameNo: string | null; sources: { title: string }[] };
    }>(server.url, '{ node(id: "kjernejournal") { name nameNo sources { title } } }');
    const { page, context } = await openExplorer(browser, server.url);
    await page.fill("[data-testid=search-input]", "Kjernejournal");
    await page.waitForSelector("[data-testid=search-option][data-id=kjernejournal]");
    await page.click("[data-testid=search-option][data-id=kjernejournal]");
    const panel = page.locator("[data-testid=node-panel][data-id=kjernejournal]");
    await panel.waitFor();
    await expect(panel.locator("[data-testid=panel-title]").textContent()).resolves.toBe(expected.node.name);
    const sources = await panel.locator("[data-testid=sources]").first().textContent();
    expect(sources).toContain(expected.node.sources[0]?.title);
    expect(await canvasNodes(page)).toContain("kjernejournal");
    expect(page.url()).toContain("s=kjernejournal");
    await screenshot(page, "search-kjernejournal");

    // The language switch shows the Norwegian name where there is one.
    await page.click("[data-testid=language-toggle]");
    await expect(panel.locator("[data-testid=panel-title]").textContent()).resolves.toBe(
      expected.node.nameNo ?? expected.node.name,
    );
    await screenshot(page, "search-kjernejournal-no");
    await context.close();
  });

  it("double-clicking the Ministry expands its neighbours in place, and again collapses them", async () => {
    const { page, context } = await openExplorer(browser, server.url);
    const before = (await canvasNodes(page)).sort();
    const ministryBefore = await nodePosition(page, MINISTRY);
    const at = await nodeOnScreen(page, MINISTRY);
    await page.mouse.dblclick(at.x, at.y);
    await page.waitForFunction(
      (n) =>
        (window as unknown as { __explorer: { cy: { nodes(): { length: number } } } }).__explorer.cy.nodes()
          .length > n,
      before.length,
      { timeout: 10_000 },
    );
    const expanded = await canvasNodes(page);
    expect(expanded.length).toBeGreaterThan(before.length);
    expect(await canvasNodes(page, "node.expanded")).toEqual([MINISTRY]);
    // In place: the Ministry itself did not move.
    expect(await nodePosition(page, MINISTRY)).toEqual(ministryBefore);
    await waitForIdle(page);
    await screenshot(page, "ministry-expanded");

    const again = await nodeOnScreen(page, MINISTRY);
    await page.mouse.dblclick(again.x, again.y);
    await page.waitForFunction(
      (n) =>
        (window as unknown as { __explorer: { cy: { nodes(): { length: number } } } }).__explorer.cy.nodes()
          .length === n,
      before.length,
      { timeout: 10_000 },
    );
    expect((await canvasNodes(page)).sort()).toEqual(before);
    expect(await canvasNodes(page, "node.expanded")).toEqual([]);
    await screenshot(page, "ministry-collapsed");
    await context.close();
  });

  it("tracing Objective 3 highlights exactly the SDGs it serves", async () => {
    const expected = await graphql<{ traceToSdgs: { sdgs: { id: string }[] } }>(
      server.url,
      '{ traceToSdgs(fromId: "objective-3") { sdgs { id } } }',
    );
    const sdgIds = expected.traceToSdgs.sdgs.map((sdg) => sdg.id).sort();
    expect(sdgIds.length).toBeGreaterThan(0);
    const { page, context } = await openExplorer(browser, server.url);
    await page.fill("[data-testid=search-input]", "Objective 3");
    await page.waitForSelector("[data-testid=search-option][data-id=objective-3]");
    await page.click("[data-testid=search-option][data-id=objective-3]");
    await page.click("[data-testid=node-panel][data-id=objective-3] [data-testid=trace]");
    await page.waitForSelector("[data-testid=trace-panel]");
    await waitForIdle(page);
    const traced = await canvasNodes(page, "node.traced");
    expect(traced.filter((id) => id.startsWith("sdg-")).sort()).toEqual(sdgIds);
    expect(traced).toContain("objective-3");
    // The rest is dimmed, and the steps list their evidence.
    expect((await canvasNodes(page, "node.dimmed")).length).toBeGreaterThan(0);
    await expect(
      page.locator("[data-testid=trace-paths] [data-testid=sources]").count(),
    ).resolves.toBeGreaterThan(0);
    await screenshot(page, "trace-objective-3");
    await context.close();
  });

  it("the SDG matrix shows strength with the reason on hover, and a cell shows its path", async () => {
    const { page, context } = await openExplorer(browser, server.url);
    await page.click("[data-testid=tab-matrix]");
    await page.waitForSelector("[data-testid=matrix]");
    const cell = page.locator("[data-testid=matrix-cell-objective-3-sdg-9]");
    expect(await cell.getAttribute("title")).toMatch(/\w+: .{10,}/);
    await screenshot(page, "sdg-matrix");
    await cell.click();
    await page.waitForSelector("[data-testid=trace-panel]");
    await waitForIdle(page);
    const traced = await canvasNodes(page, "node.traced");
    expect(traced.filter((id) => id.startsWith("sdg-"))).toEqual(["sdg-9"]);
    expect(traced).toContain("objective-3");
    expect(page.url()).toContain("ts=sdg-9");
    await screenshot(page, "sdg-matrix-cell-path");
    await context.close();
  });

  it("a preset query shows as a graph, a table, JSON and its Cypher", async () => {
    const { page, context } = await openExplorer(browser, server.url);
    await page.click("[data-testid=tab-query]");
    await page.waitForSelector(".cm-editor", { timeout: 20_000 });
    await page.selectOption("[data-testid=preset-select]", "governance");
    await page.click("[data-testid=run-query]");
    const graph = page.locator("[data-testid=result-graph]");
    await graph.waitFor({ timeout: 20_000 });
    expect(Number(await graph.getAttribute("data-nodes"))).toBeGreaterThan(5);
    await screenshot(page, "query-graph");
    await page.click("[data-testid=result-tab-table]");
    await expect(page.locator("[data-testid=result-table] tbody tr").count()).resolves.toBeGreaterThan(5);
    await page.click("[data-testid=result-tab-json]");
    expect(await page.locator("[data-testid=result-json]").textContent()).toContain(MINISTRY);
    await page.click("[data-testid=result-tab-cypher]");
    const cypher = page.locator("[data-testid=result-cypher]");
    await cypher.waitFor();
    expect(await cypher.textContent()).toMatch(/MATCH/i);
    await screenshot(page, "query-cypher");
    await context.close();
  });

  it("a dragged node is back in the same place after reloading the shared URL", async () => {
    const { page, context } = await openExplorer(browser, server.url);
    const start = await nodeOnScreen(page, "department-of-ehealth");
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 60, start.y + 40, { steps: 8 });
    await page.mouse.move(start.x + 130, start.y + 90, { steps: 8 });
    await page.mouse.up();
    await page.waitForFunction(() => window.location.search.includes("p="));
    const dragged = await nodePosition(page, "department-of-ehealth");
    const shared = page.url();
    const second = await openExplorer(browser, shared);
    const restored = await nodePosition(second.page, "department-of-ehealth");
    expect(Math.abs(restored.x - dragged.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(restored.y - dragged.y)).toBeLessThanOrEqual(1);
    await screenshot(second.page, "drag-restored");
    await second.context.close();
    await context.close();
  });

  it("reopening a link with an added node, an expansion and a trace takes one GraphQL request", async () => {
    const { page, context } = await openExplorer(browser, server.url);
    await page.fill("[data-testid=search-input]", "Kjernejournal");
    await page.click("[data-testid=search-option][data-id=kjernejournal]");
    await page.waitForSelector("[data-testid=node-panel][data-id=kjernejournal]");
    await waitForIdle(page);
    const at = await nodeOnScreen(page, "department-of-ehealth");
    await page.mouse.dblclick(at.x, at.y);
    await page.waitForFunction(() => window.location.search.includes("x=department-of-ehealth"));
    await page.click("[data-testid=node-panel][data-id=kjernejournal] [data-testid=trace]");
    await page.waitForSelector("[data-testid=trace-panel]");
    await waitForIdle(page);
    const shown = (await canvasNodes(page)).sort();
    const traced = (await canvasNodes(page, "node.traced")).sort();
    const shared = page.url();

    const second = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const reopened = await second.newPage();
    const posts: string[] = [];
    reopened.on("request", (request) => {
      if (request.method() === "POST" && request.url().endsWith("/graphql")) posts.push(request.postData() ?? "");
    });
    await reopened.goto(shared);
    await reopened.waitForSelector("body[data-ready]");
    // The picture comes in one request; the selected node's panel then asks for its neighbour list.
    const picture = posts.filter((body) => !body.includes("query Neighbourhood"));
    expect(picture.length).toBe(1);
    expect(picture[0]).toContain("subgraph");
    expect((await canvasNodes(reopened)).sort()).toEqual(shown);
    expect((await canvasNodes(reopened, "node.traced")).sort()).toEqual(traced);
    expect(await canvasNodes(reopened, "node.expanded")).toEqual(["department-of-ehealth"]);
    await screenshot(reopened, "restore-one-request");
    await second.close();
    await context.close();
  });

  it("exports the view as a valid PNG and SVG, and its data as JSON and CSV", async () => {
    const { page, context } = await openExplorer(browser, server.url);
    const save = async (testid: string) => {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.click(`[data-testid=${testid}]`),
      ]);
      const path = await download.path();
      return readFileSync(path);
    };
    const png = await save("export-png");
    expect(png.length).toBeGreaterThan(1000);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const svg = (await save("export-svg")).toString("utf8");
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        root: doc.documentElement.nodeName,
        texts: doc.querySelectorAll("text").length,
      };
    }, svg);
    expect(parsed).toEqual({ error: null, root: "svg", texts: expect.any(Number) });
    expect(parsed.texts).toBeGreaterThan(5);
    const json = JSON.parse((await save("export-json")).toString("utf8")) as { nodes: { id: string }[] };
    expect(json.nodes.map((n) => n.id)).toContain(MINISTRY);
    const csv = (await save("export-csv")).toString("utf8");
    expect(csv.split("\n")[0]).toBe("kind,id,type,name,nameNo,description,sources");
    await context.close();
  });

  it("is usable on a 390-pixel-wide phone screen", async () => {
    const { page, context } = await openExplorer(browser, server.url, { width: 390, height: 844 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await expect(page.locator("[data-testid=search-input]").isVisible()).resolves.toBe(true);
    await screenshot(page, "phone-graph");
    await page.fill("[data-testid=search-input]", "Helsenorge");
    await page.waitForSelector("[data-testid=search-option]");
    await page.keyboard.press("Enter");
    await page.waitForSelector("[data-testid=node-panel]");
    await screenshot(page, "phone-panel");
    await page.click("[data-testid=tab-matrix]");
    await page.waitForSelector("[data-testid=matrix]");
    await screenshot(page, "phone-matrix");
    await context.close();
  });

  it("shows nothing-found and query errors in place", async () => {
    const { page, context } = await openExplorer(browser, server.url);
    await page.fill("[data-testid=search-input]", "qqqzzzxxyy");
    await page.waitForSelector("[data-testid=search-empty]");
    await page.click("[data-testid=tab-query]");
    await page.waitForSelector(".cm-editor", { timeout: 20_000 });
    await page.click(".cm-content");
    await page.keyboard.press("Control+a");
    await page.keyboard.type(
      '{ node(id: "no-such-node") { id } neighbourhood(id: "no-such-node") { nodes { id } } }',
    );
    await page.click("[data-testid=run-query]");
    await page.waitForSelector("[data-testid=query-error]");
    expect(await page.locator("[data-testid=query-error]").first().textContent()).toMatch(
      /NOT_FOUND|not found/i,
    );
    await screenshot(page, "query-error");
    await context.close();
  });

  // Last: it stops the server.
  it("says clearly that the server is down when it stops", async () => {
    const { page, context } = await openExplorer(browser, server.url);
    serverStopped = true;
    await server.stop();
    await page.fill("[data-testid=search-input]", "Helsenorge");
    const banner = page.locator("[data-testid=server-error]");
    await banner.waitFor({ state: "visible", timeout: 15_000 });
    expect(await banner.textContent()).toMatch(/server/i);
    await screenshot(page, "server-down");
    await context.close();
  });
});
