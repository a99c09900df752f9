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
  startOwnApp,
  waitForIdle,
} from "./browser.ts";

const MINISTRY = "ministry-of-health-and-care-services";

let server: AppServer;
let browser: Browser;

beforeAll(async () => {
  server = await startApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop().catch(() => {});
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
    expect(await cell.getAttribute("title")).toMatch(/\S: .{10,}/);
    // Every strength in the key has a colour of its own, and every cell is painted in the
    // colour the key gives its strength (the strongest cells were once left white).
    const colours = await page.evaluate(() => {
      const bg = (el: Element) => getComputedStyle(el).backgroundColor;
      const key = [...document.querySelectorAll("[data-testid=matrix-key] [data-strength]")].map((item) => [
        item.getAttribute("data-strength"),
        bg(item.querySelector(".swatch")!),
      ]);
      const empty = bg(document.querySelector("[data-testid=matrix] td.heat-0")!);
      const cells = [...document.querySelectorAll("[data-testid=matrix] td button.cell")].map((button) => [
        button.getAttribute("data-strength"),
        bg(button.closest("td")!),
      ]);
      return { key, empty, cells };
    });
    expect(colours.key.map(([word]) => word)).toEqual([
      "key",
      "most direct",
      "particular",
      "important",
      "named",
      "also",
    ]);
    const keyColour = new Map(colours.key.map(([word, colour]) => [word, colour]));
    expect(new Set(keyColour.values()).size).toBe(6);
    expect([...keyColour.values()]).not.toContain(colours.empty);
    expect(colours.cells.length).toBeGreaterThan(10);
    for (const [word, colour] of colours.cells) expect(colour, `${word}`).toBe(keyColour.get(word));
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
    // Showing Kjernejournal zoomed in on it: fit the whole graph (key 0) to reach the Department.
    await page.focus("[data-testid=graph-canvas]");
    await page.keyboard.press("0");
    await waitForIdle(page);
    const at = await nodeOnScreen(page, "department-of-ehealth");
    await page.mouse.dblclick(at.x, at.y);
    await page.waitForFunction(() => window.location.search.includes("x=department-of-ehealth"));
    // The double-click selected the Department too: trace from it.
    await page.click("[data-testid=node-panel][data-id=department-of-ehealth] [data-testid=trace]");
    await page.waitForSelector("[data-testid=trace-panel]");
    await waitForIdle(page);
    const shown = (await canvasNodes(page)).sort();
    const traced = (await canvasNodes(page, "node.traced")).sort();
    const shared = page.url();

    const second = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const reopened = await second.newPage();
    const posts: string[] = [];
    reopened.on("request", (request) => {
      if (request.method() === "POST" && request.url().endsWith("/graphql"))
        posts.push(request.postData() ?? "");
    });
    await reopened.goto(shared);
    await reopened.waitForSelector("body[data-ready]");
    // The picture comes in one request; the selected node's panel then asks for its neighbour list.
    // (and its succession line, the source registry for citations, the time slider's timeline and
    // the data release with its corrections load beside the picture).
    const picture = posts.filter(
      (body) =>
        !body.includes("query Neighbourhood") &&
        !body.includes("query Succession") &&
        !body.includes("query SourceDocuments") &&
        !body.includes("query Timeline") &&
        !body.includes("query DataRelease") &&
        !body.includes("query Corrections"),
    );
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
    // The CSV comes as two files, one per table (exportTables.spec.ts reads both); the first is
    // a table of its own, after the byte-order mark that lets a spreadsheet read æøå.
    const csv = (await save("export-csv")).toString("utf8");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1).split("\r\n")[0]).toMatch(/^id,|,id,/);
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

  describe("first-time user defects", () => {
    /** What the canvas draws: visible nodes' distinct positions, visible edges, and rendered boxes. */
    const drawn = (page: import("playwright-core").Page) =>
      page.evaluate(() => {
        const cy = (
          window as unknown as {
            __explorer: {
              cy: {
                nodes(s: string): { map<T>(f: (n: { position(): { x: number; y: number } }) => T): T[] };
                edges(s: string): { length: number };
              };
            };
          }
        ).__explorer.cy;
        const spots = new Set(
          cy.nodes(":visible").map((n) => `${Math.round(n.position().x)},${Math.round(n.position().y)}`),
        );
        return {
          spots: spots.size,
          nodes: cy.nodes(":visible").map(() => 1).length,
          edges: cy.edges(":visible").length,
        };
      });

    it("1: a shared link with Hospital or Section hidden lays out the rest with its links", async () => {
      for (const hidden of ["Hospital", "Section", "Hospital.Section"]) {
        const { page, context, errors } = await openExplorer(browser, `${server.url}/?hn=${hidden}`);
        const picture = await drawn(page);
        expect(errors).toEqual([]);
        expect(picture.nodes).toBeGreaterThan(5);
        expect(picture.spots).toBe(picture.nodes);
        expect(picture.edges).toBeGreaterThan(0);
        for (const type of hidden.split(".")) {
          expect(await canvasNodes(page, `node[type = '${type}']:visible`)).toEqual([]);
        }
        await screenshot(page, `defect-1-hidden-${hidden.replace(".", "-")}`);
        await context.close();
      }
    });

    it("2: a trace badges inferred and conflicting steps, and a conflict stays red on the trace", async () => {
      const expected = await graphql<{
        traceToSdgs: { paths: { steps: { id: string; basis: string; conflict: string | null }[] }[] };
      }>(
        server.url,
        // Before the 2024 merger the department's trace runs through the directorate that published
        // the strategy, whose objective links carry the strategy's own wording disagreement.
        '{ traceToSdgs(fromId: "department-of-ehealth", asOf: "2023-06-01") { paths { steps { id basis conflict } } } }',
      );
      const steps = expected.traceToSdgs.paths.flatMap((path) => path.steps);
      const conflicting = steps.find((step) => step.conflict);
      const inferred = steps.find((step) => step.basis === "inferred");
      expect(conflicting).toBeDefined();
      expect(inferred).toBeDefined();
      const { page, context } = await openExplorer(
        browser,
        `${server.url}/?asOf=2023-06-01&s=department-of-ehealth`,
      );
      await page.click("[data-testid=node-panel][data-id=department-of-ehealth] [data-testid=trace]");
      await page.waitForSelector("[data-testid=trace-panel]");
      await waitForIdle(page);
      // The evidence panel (views/trace/EvidencePanel.ts) badges each step by its marks.
      const step = (id: string) => page.locator(`[data-testid=trace-step][data-edge="${id}"]`).first();
      expect(
        await step(inferred?.id ?? "")
          .locator("[data-testid=mark-inferred]")
          .count(),
      ).toBe(1);
      expect(
        await step(conflicting?.id ?? "")
          .locator("[data-testid=mark-conflict]")
          .count(),
      ).toBe(1);
      expect(
        await step(conflicting?.id ?? "")
          .locator("[data-testid=conflict-note]")
          .textContent(),
      ).toBe(`⚠ ${conflicting?.conflict}`);
      const colour = await page.evaluate(
        (id) =>
          (
            window as unknown as {
              __explorer: {
                cy: { getElementById(i: string): { hasClass(c: string): boolean; style(p: string): string } };
              };
            }
          ).__explorer.cy
            .getElementById(id)
            .style("line-color"),
        conflicting?.id ?? "",
      );
      expect(colour).toBe("rgb(220,38,38)");
      await screenshot(page, "defect-2-trace-evidence");
      await context.close();
    });

    it("3: a trace opened from a link is drawn on screen", async () => {
      const { page, context } = await openExplorer(browser, `${server.url}/?t=norsk-helsenett`);
      await page.waitForSelector("[data-testid=trace-panel]");
      await waitForIdle(page);
      const box = await page.locator("[data-testid=graph-canvas]").boundingBox();
      const traced = await canvasNodes(page, "node.traced");
      expect(traced.length).toBeGreaterThan(2);
      for (const id of traced) {
        const at = await nodeOnScreen(page, id);
        expect(at.x).toBeGreaterThanOrEqual(box?.x ?? 0);
        expect(at.x).toBeLessThanOrEqual((box?.x ?? 0) + (box?.width ?? 0));
        expect(at.y).toBeGreaterThanOrEqual(box?.y ?? 0);
        expect(at.y).toBeLessThanOrEqual((box?.y ?? 0) + (box?.height ?? 0));
      }
      await screenshot(page, "defect-3-trace-from-link");
      await context.close();
    });

    it("4: the trace's × and Esc close the trace first, then the node; no sheet over the Matrix tab", async () => {
      const { page, context } = await openExplorer(
        browser,
        `${server.url}/?s=norsk-helsenett&t=norsk-helsenett`,
        {
          width: 390,
          height: 844,
        },
      );
      await page.waitForSelector("[data-testid=trace-panel]");
      await page.click("[data-testid=trace-panel] [data-testid=panel-close]");
      await page.waitForSelector("[data-testid=trace-panel]", { state: "detached" });
      expect(await page.locator("[data-testid=node-panel][data-id=norsk-helsenett]").count()).toBe(1);
      expect(page.url()).not.toContain("t=");
      await page.click("[data-testid=node-panel] [data-testid=trace]");
      await page.waitForSelector("[data-testid=trace-panel]");
      await page.keyboard.press("Escape");
      await page.waitForSelector("[data-testid=trace-panel]", { state: "detached" });
      expect(await page.locator("[data-testid=node-panel]").count()).toBe(1);
      await page.keyboard.press("Escape");
      await page.waitForSelector("[data-testid=node-panel]", { state: "detached" });
      await page.goto(`${server.url}/?s=norsk-helsenett&t=norsk-helsenett`);
      await page.waitForSelector("body[data-ready]");
      await page.click("[data-testid=tab-matrix]");
      await page.waitForSelector("[data-testid=matrix]");
      await expect(page.locator("[data-testid=side-panel]").isVisible()).resolves.toBe(false);
      await screenshot(page, "defect-4-phone-matrix-uncovered");
      await context.close();
    });

    it("6: a query result whose edges have no id still draws its links", async () => {
      const { page, context } = await openExplorer(browser, server.url);
      await page.click("[data-testid=tab-query]");
      await page.waitForSelector(".cm-editor", { timeout: 20_000 });
      await page.click(".cm-content");
      await page.keyboard.press("Control+a");
      await page.keyboard.type("{ conflicts { nodes { id type name } edges { source target type } } }");
      await page.click("[data-testid=run-query]");
      const graph = page.locator("[data-testid=result-graph]");
      await graph.waitFor({ timeout: 20_000 });
      expect(Number(await graph.getAttribute("data-edges"))).toBeGreaterThan(0);
      await screenshot(page, "defect-6-edges-without-id");
      await context.close();
    });

    it("7: the Table shows every list: strategies and all plans; the conflicts' links with notes", async () => {
      const expected = await graphql<{ plans: unknown[]; conflicts: { edges: unknown[] } }>(
        server.url,
        "{ plans { id } conflicts { edges { id } } }",
      );
      const { page, context } = await openExplorer(browser, server.url);
      await page.click("[data-testid=tab-query]");
      await page.waitForSelector(".cm-editor", { timeout: 20_000 });
      await page.selectOption("[data-testid=preset-select]", "strategies");
      await page.click("[data-testid=run-query]");
      await page.waitForSelector("[data-testid=result-graph], [data-testid=result-graph-empty]");
      await page.click("[data-testid=result-tab-table]");
      const plans = page.locator("[data-testid=result-table][data-title=plans] tbody tr");
      await expect(plans.count()).resolves.toBe(expected.plans.length);
      await screenshot(page, "defect-7-strategies-and-plans");
      await page.selectOption("[data-testid=preset-select]", "conflicts");
      await page.click("[data-testid=run-query]");
      const edges = page.locator("[data-testid=result-table][data-title='conflicts.edges'] tbody tr");
      await edges.first().waitFor();
      await expect(edges.count()).resolves.toBe(expected.conflicts.edges.length);
      expect(
        await page.locator("[data-testid=result-table][data-title='conflicts.edges'] thead").textContent(),
      ).toContain("conflict");
      await screenshot(page, "defect-7-conflict-links");
      await context.close();
    });

    it("10: sources name publisher and date, and no internal property name is shown", async () => {
      const documents = await graphql<{ sourceDocuments: { id: string; publisher: string; date: string }[] }>(
        server.url,
        "{ sourceDocuments { id publisher date } }",
      );
      const { page, context } = await openExplorer(browser, `${server.url}/?s=norsk-helsenett`);
      const panel = page.locator("[data-testid=node-panel][data-id=norsk-helsenett]");
      await panel.waitFor();
      await page.waitForFunction(() =>
        [...document.querySelectorAll("[data-testid=source-meta]")].some(
          (el) => (el.textContent ?? "").length > 0,
        ),
      );
      const cited = await panel
        .locator("[data-document]")
        .evaluateAll((items) =>
          items.map((item) => [
            item.getAttribute("data-document"),
            item.querySelector(".source-meta")?.textContent,
          ]),
        );
      const withMeta = cited.filter(([, meta]) => meta);
      expect(withMeta.length).toBeGreaterThan(0);
      for (const [id, meta] of withMeta) {
        const registered = documents.sourceDocuments.find((d) => d.id === id);
        expect(meta).toBe(` (${registered?.publisher}, ${registered?.date})`);
      }
      expect(await panel.textContent()).not.toMatch(/factsheetRole|inferredAddition/);
      await screenshot(page, "defect-10-sources");
      await context.close();
    });

    it("8: a link restores zoom and pan, Ctrl-Z and Back undo an expansion, a query link runs", async () => {
      const { page, context } = await openExplorer(browser, server.url);
      const before = (await canvasNodes(page)).length;
      await page.click("[data-testid=zoom-in]");
      await waitForIdle(page);
      await page.waitForFunction(() => window.location.search.includes("vp="));
      const camera = () =>
        page.evaluate(() => {
          const cy = (
            window as unknown as { __explorer: { cy: { zoom(): number; pan(): { x: number; y: number } } } }
          ).__explorer.cy;
          return { zoom: cy.zoom(), ...cy.pan() };
        });
      await page.waitForFunction(
        (zoom) =>
          Math.abs(Number(new URLSearchParams(window.location.search).get("vp")?.split("_")[0]) - zoom) <
          0.001,
        (await camera()).zoom,
      );
      const zoomed = await camera();
      const second = await openExplorer(browser, page.url());
      const restored = await second.page.evaluate(() => {
        const cy = (
          window as unknown as { __explorer: { cy: { zoom(): number; pan(): { x: number; y: number } } } }
        ).__explorer.cy;
        return { zoom: cy.zoom(), ...cy.pan() };
      });
      expect(Math.abs(restored.zoom - zoomed.zoom)).toBeLessThan(0.001);
      expect(Math.abs(restored.x - zoomed.x)).toBeLessThanOrEqual(1);
      expect(Math.abs(restored.y - zoomed.y)).toBeLessThanOrEqual(1);
      await second.context.close();

      const at = await nodeOnScreen(page, MINISTRY);
      await page.mouse.dblclick(at.x, at.y);
      await page.waitForFunction(
        (n) =>
          (window as unknown as { __explorer: { cy: { nodes(): { length: number } } } }).__explorer.cy.nodes()
            .length > n,
        before,
      );
      await waitForIdle(page);
      await page.keyboard.press("Control+z");
      await page.waitForFunction(
        (n) =>
          (window as unknown as { __explorer: { cy: { nodes(): { length: number } } } }).__explorer.cy.nodes()
            .length === n,
        before,
      );
      await page.goForward();
      await page.waitForFunction(
        (n) =>
          (window as unknown as { __explorer: { cy: { nodes(): { length: number } } } }).__explorer.cy.nodes()
            .length > n,
        before,
      );
      await page.goBack();
      await page.waitForFunction(
        (n) =>
          (window as unknown as { __explorer: { cy: { nodes(): { length: number } } } }).__explorer.cy.nodes()
            .length === n,
        before,
      );
      expect(page.url()).toContain("127.0.0.1");
      await screenshot(page, "defect-8-undo");

      const text = Buffer.from('{ node(id: "helsenorge") { id type name } }').toString("base64url");
      const query = await openExplorer(browser, `${server.url}/?v=query&q=${text}`);
      await query.page.waitForSelector("[data-testid=result-graph], [data-testid=result-graph-empty]");
      await screenshot(query.page, "defect-8-query-link-runs");
      await query.context.close();
      await context.close();
    });

    it("5: expanding the Department of eHealth puts its neighbours in free space, the rest staying put", async () => {
      const DEPARTMENT = "department-of-ehealth";
      const { page, context } = await openExplorer(browser, server.url);
      const positions = () =>
        page.evaluate(() => {
          const cy = (
            window as unknown as {
              __explorer: {
                cy: {
                  nodes(): {
                    map<T>(
                      f: (n: {
                        id(): string;
                        position(): { x: number; y: number };
                        boundingBox(o: object): { x1: number; x2: number; y1: number; y2: number };
                      }) => T,
                    ): T[];
                  };
                };
              };
            }
          ).__explorer.cy;
          return cy
            .nodes()
            .map((n) => ({ id: n.id(), ...n.position(), box: n.boundingBox({ includeLabels: true }) }));
        });
      const before = new Map((await positions()).map((n) => [n.id, n]));
      const at = await nodeOnScreen(page, DEPARTMENT);
      await page.mouse.dblclick(at.x, at.y);
      await page.waitForFunction(
        (n) =>
          (window as unknown as { __explorer: { cy: { nodes(): { length: number } } } }).__explorer.cy.nodes()
            .length > n,
        before.size,
      );
      await waitForIdle(page);
      const after = await positions();
      const added = after.filter((n) => !before.has(n.id));
      expect(added.length).toBeGreaterThan(5);
      for (const node of after) {
        const old = before.get(node.id);
        if (old) expect([node.x, node.y]).toEqual([old.x, old.y]);
      }
      const overlap = (a: (typeof after)[number]["box"], b: (typeof after)[number]["box"]) =>
        a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
      const clashes = added.flatMap((node) =>
        after
          .filter((other) => other.id !== node.id && overlap(node.box, other.box))
          .map((other) => `${node.id}/${other.id}`),
      );
      expect(clashes).toEqual([]);
      await screenshot(page, "defect-5-expansion-free-space");
      await context.close();
    });

    it("9 (part): lang=no in the URL shows the interface in Norwegian and sets <html lang>", async () => {
      const { page, context } = await openExplorer(browser, `${server.url}/?lang=no`);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("nb");
      expect(await page.locator("[data-testid=tab-graph]").textContent()).toBe("Graf");
      expect(await page.locator("[data-testid=tab-query]").textContent()).toBe("Spørring");
      expect(await page.locator("[data-testid=legend-panel] h3").first().textContent()).toBe("Nodetyper");
      expect(await page.locator("[data-testid=legend]").textContent()).toContain("Departement");
      expect(await page.locator("[data-testid=fit]").getAttribute("aria-label")).toBe(
        "Tilpass grafen til skjermen",
      );
      await page.click("[data-testid=language-toggle]");
      await expect(page.locator("[data-testid=tab-graph]").textContent()).resolves.toBe("Graph");
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
      await page.click("[data-testid=language-toggle]");
      await screenshot(page, "defect-9-norwegian-interface");
      await context.close();
    });
  });

  // On a server of its own: it stops it, and the run's shared server serves the other files.
  it("says clearly that the server is down when it stops", async () => {
    const own = await startOwnApp();
    const { page, context } = await openExplorer(browser, own.url);
    await own.stop();
    await page.fill("[data-testid=search-input]", "Helsenorge");
    const banner = page.locator("[data-testid=server-error]");
    await banner.waitFor({ state: "visible", timeout: 15_000 });
    expect(await banner.textContent()).toMatch(/server/i);
    await screenshot(page, "server-down");
    await context.close();
  });
});
