/**
 * Links and windows: a link naming what the graph does not hold says so and shows the default
 * view (never a blank canvas), the graph is refitted when the window changes size, compare mode's
 * list of changes does not lie over the nodes it colours, Escape hands focus back to the control
 * that opened what it closes, and one action is one history entry.
 * Screenshots: tests/e2e/screenshots/links-*.png.
 */
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { canvasNodes, graphql, openExplorer, screenshot, useAppAndBrowser, waitForIdle } from "./browser.ts";

const session = useAppAndBrowser();

// A cold database on a busy machine can take longer than the server's time limit over its first
// reads; these tests are about what the page does with the answers, so the reads are warmed first.
beforeAll(async () => {
  const reads = [
    '{ governanceTree(rootId: "ministry-of-health-and-care-services") { nodes { id } edges { id } } }',
    '{ governanceTree(rootId: "ministry-of-health-and-care-services", asOf: "2015-01-01") { nodes { id } } }',
    '{ changes(from: "2015-01-01", to: "2026-01-01") { kind } }',
    '{ traceToSdgs(fromId: "helsenorge") { sdgs { id } } }',
  ];
  for (const read of reads) {
    for (let attempt = 1; ; attempt++) {
      try {
        await graphql(session.server.url, read);
        break;
      } catch (error) {
        if (attempt === 4) throw error;
      }
    }
  }
}, 120_000);
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const VIEWPORTS = [
  ["desktop", DESKTOP],
  ["phone", PHONE],
] as const;
const MINISTRY = "ministry-of-health-and-care-services";

/** True once every visible node lies inside the canvas and outside every panel drawn over it. */
function graphInFreeArea(page: Page, timeout = 15_000): Promise<unknown> {
  return page.waitForFunction(
    () => {
      const cy = (window as unknown as { __explorer: { cy: import("cytoscape").Core } }).__explorer.cy;
      const canvas = cy.container()?.getBoundingClientRect();
      if (!canvas || cy.nodes(":visible").empty()) return false;
      const covers = [...document.querySelectorAll<HTMLElement>("[data-testid=changes-panel]")]
        .filter((cover) => !cover.hidden)
        .map((cover) => cover.getBoundingClientRect());
      return cy.nodes(":visible").every((node) => {
        const box = node.renderedBoundingBox({ includeLabels: false });
        const [x1, y1, x2, y2] = [
          box.x1 + canvas.left,
          box.y1 + canvas.top,
          box.x2 + canvas.left,
          box.y2 + canvas.top,
        ];
        const inside =
          x1 >= canvas.left - 1 && y1 >= canvas.top - 1 && x2 <= canvas.right + 1 && y2 <= canvas.bottom + 1;
        const covered = covers.some((c) => x1 < c.right && x2 > c.left && y1 < c.bottom && y2 > c.top);
        return inside && !covered;
      });
    },
    undefined,
    { timeout },
  );
}

describe("links that name what the graph does not hold", () => {
  it.each(VIEWPORTS)(
    "?n=does-not-exist says what was not found and shows the default view (%s)",
    async (_, viewport) => {
      const { page, context } = await openExplorer(
        session.browser,
        `${session.server.url}/?n=does-not-exist`,
        viewport,
      );
      await expect(page.locator("[data-testid=link-notice-text]").innerText()).resolves.toContain(
        "does-not-exist",
      );
      expect(await canvasNodes(page)).toContain(MINISTRY);
      await screenshot(page, `links-unknown-node-${viewport.width}`);
      await context.close();
    },
  );

  it("says it in Norwegian when the link asks for Norwegian", async () => {
    const { page, context } = await openExplorer(
      session.browser,
      `${session.server.url}/?n=does-not-exist&lang=no`,
      DESKTOP,
    );
    await expect(page.locator("[data-testid=link-notice-text]").innerText()).resolves.toMatch(
      /^Finnes ikke i grafen på denne datoen: “does-not-exist”/,
    );
    await context.close();
  });

  it("keeps the nodes a link names that exist, and names the one that does not", async () => {
    const { page, context } = await openExplorer(
      session.browser,
      `${session.server.url}/?n=helsenorge.does-not-exist`,
      DESKTOP,
    );
    await expect(page.locator("[data-testid=link-notice-text]").innerText()).resolves.toContain(
      "does-not-exist",
    );
    expect(await canvasNodes(page)).toContain("helsenorge");
    await context.close();
  });

  it.each(VIEWPORTS)(
    "?t=nope says there is nothing to trace and shows the default view (%s)",
    async (_, viewport) => {
      const { page, context } = await openExplorer(
        session.browser,
        `${session.server.url}/?t=nope`,
        viewport,
      );
      await expect(page.locator("[data-testid=link-notice-text]").innerText()).resolves.toContain("nope");
      expect(await canvasNodes(page)).toContain(MINISTRY);
      expect(new URL(page.url()).searchParams.get("t")).toBeNull();
      await screenshot(page, `links-unknown-trace-${viewport.width}`);
      await context.close();
    },
  );
});

describe("windows", () => {
  it("refits the graph when the window is resized", async () => {
    const { page, context } = await openExplorer(session.browser, session.server.url, DESKTOP);
    await waitForIdle(page);
    await graphInFreeArea(page);
    await page.setViewportSize(PHONE);
    await graphInFreeArea(page);
    await page.setViewportSize(DESKTOP);
    await graphInFreeArea(page);
    await screenshot(page, "links-refit-after-resize");
    await context.close();
  });

  it.each(VIEWPORTS)(
    "fits the graph beside compare mode's list of changes, not under it (%s)",
    async (_, viewport) => {
      const { page, context } = await openExplorer(
        session.browser,
        `${session.server.url}/?cmp=2015-01-01`,
        viewport,
      );
      await page.waitForSelector("[data-testid=changes-list]");
      await waitForIdle(page);
      await graphInFreeArea(page);
      const coloured = await canvasNodes(page, "node.started, node.ended");
      expect(coloured.length).toBeGreaterThan(0);
      await screenshot(page, `links-compare-free-area-${viewport.width}`);
      await context.close();
    },
  );

  it("Escape closing a panel gives focus back to the control that opened it, not to <body>", async () => {
    const { page, context } = await openExplorer(session.browser, session.server.url, DESKTOP);
    await page.fill("[data-testid=search-input]", "Helsenorge");
    await page.waitForSelector("[data-testid=search-option][data-id=helsenorge]");
    await page.press("[data-testid=search-input]", "Enter");
    await page.waitForSelector("[data-testid=node-panel][data-id=helsenorge]");
    await page.focus("[data-testid=node-panel] [data-testid=panel-close]");
    await page.keyboard.press("Escape");
    await page.waitForSelector("[data-testid=side-panel]", { state: "hidden" });
    await page.waitForFunction(() => document.activeElement !== document.body);
    await expect(page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).resolves.toBe(
      "search-input",
    );
    await context.close();
  });
});

describe("history", () => {
  it("gives one action one history entry, so Back undoes the whole action", async () => {
    const { page, context } = await openExplorer(session.browser, session.server.url, DESKTOP);
    await waitForIdle(page);
    const before = await page.evaluate(() => window.history.length);
    await page.fill("[data-testid=search-input]", "Helsenorge");
    await page.click("[data-testid=search-option][data-id=helsenorge]");
    await page.waitForSelector("[data-testid=node-panel][data-id=helsenorge]");
    await waitForIdle(page);
    expect(await page.evaluate(() => window.history.length)).toBe(before + 1);
    await page.click("[data-testid=node-panel][data-id=helsenorge] [data-testid=trace]");
    await page.waitForSelector("[data-testid=trace-panel]");
    await waitForIdle(page);
    expect(await page.evaluate(() => window.history.length)).toBe(before + 2);
    // Back undoes the trace, whole (the node stays selected), then the search hit, whole.
    const params = () => new URL(page.url()).searchParams;
    await page.goBack();
    await page.waitForFunction(() => !new URL(window.location.href).searchParams.has("t"));
    expect(params().get("s")).toBe("helsenorge");
    await page.goBack();
    await page.waitForFunction(() => !new URL(window.location.href).searchParams.has("s"));
    expect(params().get("n")).toBeNull();
    await context.close();
  });
});
