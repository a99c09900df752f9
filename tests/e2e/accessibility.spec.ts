/**
 * Everyone can use it: the graph outline (a list named "Graph outline",
 * a contract) mirrors what the canvas shows and opens panels from the keyboard; a skip link comes
 * first; node types have colour-blind-safe colours and edge labels are readable; on a phone
 * Export is reachable and every sheet closes. Screenshots: tests/e2e/screenshots/a11y-*.png.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openExplorer, screenshot, useAppAndBrowser, waitForIdle } from "./browser.ts";

const MINISTRY = "ministry-of-health-and-care-services";
const OUTLINE = 'ul[aria-label="Graph outline"]';

const session = useAppAndBrowser();

async function outlineIds(page: Page): Promise<string[]> {
  const ids = await page
    .locator(`${OUTLINE} > li`)
    .evaluateAll((items) => items.map((item) => item.getAttribute("data-node-id") ?? ""));
  return ids.sort();
}

/** Waits until the outline lists exactly what the canvas draws, and returns those ids. */
async function outlineMatchesCanvas(page: Page): Promise<string[]> {
  await waitForIdle(page);
  await page.waitForFunction(
    (selector) => {
      const hook = (
        window as unknown as {
          __explorer: {
            cy: { nodes(): { not(s: string): { map(f: (n: { id(): string }) => string): string[] } } };
          };
        }
      ).__explorer;
      const drawn = hook.cy
        .nodes()
        .not(".filtered")
        .map((node) => node.id())
        .sort()
        .join(",");
      const listed = [...document.querySelectorAll(`${selector} > li`)]
        .map((item) => item.getAttribute("data-node-id"))
        .sort()
        .join(",");
      return drawn.length > 0 && drawn === listed;
    },
    OUTLINE,
    { timeout: 15_000 },
  );
  return outlineIds(page);
}

describe("the graph outline", () => {
  it("is reached by the skip link first, and Enter on an item opens that node's panel", async () => {
    const { page, context, errors } = await openExplorer(session.browser, session.server.url);
    await page.keyboard.press("Tab");
    const first = page.locator(":focus");
    await expect(first.getAttribute("data-testid")).resolves.toBe("skip-link");
    await expect(first.textContent()).resolves.toBe("Skip to the graph outline");
    await screenshot(page, "a11y-skip-link");
    await page.keyboard.press("Enter");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("graph-outline");
    await page.keyboard.press("Tab");
    const item = page.locator(":focus");
    const id = await item.evaluate((element) => element.closest("li")?.getAttribute("data-node-id"));
    expect(id).toBeTruthy();
    await page.keyboard.press("Enter");
    await page.waitForSelector(`[data-testid=node-panel][data-id="${id}"]`);
    // The list stays where the user was: the focus is still on the item just opened.
    await expect(
      page.evaluate(() => document.activeElement?.closest("li")?.getAttribute("data-node-id")),
    ).resolves.toBe(id);
    await expect(
      page.locator(`${OUTLINE} li[data-node-id="${id}"] button`).getAttribute("aria-current"),
    ).resolves.toBe("true");
    await screenshot(page, "a11y-outline-open");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("lists each drawn node with its type and its links in words, and a click opens its panel", async () => {
    const { page, context } = await openExplorer(session.browser, session.server.url);
    const ids = await outlineMatchesCanvas(page);
    expect(ids).toContain(MINISTRY);
    const ministry = page.locator(`${OUTLINE} li[data-node-id="${MINISTRY}"]`);
    const text = (await ministry.textContent()) ?? "";
    expect(text).toContain("(Ministry)");
    // The Ministry's departments are part of it: the link is said from the Ministry's side.
    expect(text).toMatch(/Department of eHealth part of this/i);
    await page.click("[data-testid=outline-toggle]");
    await ministry.locator("button").click();
    await page.waitForSelector(`[data-testid=node-panel][data-id="${MINISTRY}"]`);
    await context.close();
  });

  it("follows the type filters and expand/collapse as the canvas does", async () => {
    const { page, context } = await openExplorer(session.browser, session.server.url);
    const before = await outlineMatchesCanvas(page);
    const hidden = "Department";
    await page.uncheck(`[data-testid=filter-node-${hidden}]`).catch(async () => {
      // The legend is folded away on small screens; open it first.
      await page.click("[data-testid=toggle-legend]");
      await page.uncheck(`[data-testid=filter-node-${hidden}]`);
    });
    const filtered = await outlineMatchesCanvas(page);
    expect(filtered.length).toBeLessThan(before.length);
    expect(filtered).not.toContain("department-of-ehealth");
    await page.check(`[data-testid=filter-node-${hidden}]`);
    await expect(outlineMatchesCanvas(page)).resolves.toEqual(before);

    await page.click("[data-testid=outline-toggle]");
    await page.click(`${OUTLINE} li[data-node-id="department-of-ehealth"] button`);
    const panel = page.locator('[data-testid=node-panel][data-id="department-of-ehealth"]');
    await panel.locator("[data-testid=expand]").click();
    await page.waitForFunction(
      ([selector, count]) => document.querySelectorAll(`${selector} > li`).length > Number(count),
      [OUTLINE, before.length] as const,
    );
    const expanded = await outlineMatchesCanvas(page);
    expect(expanded.length).toBeGreaterThan(before.length);
    await screenshot(page, "a11y-outline-expanded");
    await panel.locator("[data-testid=collapse]").click();
    await page.waitForFunction(
      ([selector, count]) => document.querySelectorAll(`${selector} > li`).length === Number(count),
      [OUTLINE, before.length] as const,
    );
    await expect(outlineMatchesCanvas(page)).resolves.toEqual(before);
    await context.close();
  });

  it("shows the graph as of a linked date, in Norwegian when the link says so", async () => {
    const { page, context } = await openExplorer(
      session.browser,
      `${session.server.url}/?asOf=2019-06-01&lang=no`,
    );
    const ids = await outlineMatchesCanvas(page);
    expect(ids.length).toBeGreaterThan(0);
    await expect(page.locator("[data-testid=outline-toggle]").textContent()).resolves.toContain(
      `Grafens oversikt: ${ids.length} noder vises`,
    );
    await expect(page.locator("[data-testid=skip-link]").textContent()).resolves.toBe(
      "Hopp til grafens oversikt",
    );
    // The list keeps its contract name in every language.
    await expect(page.locator(OUTLINE).count()).resolves.toBe(1);
    await context.close();
  });
});

describe("colours and labels", () => {
  it("draws the often-confused types in different colours and edge labels at 10 px on a white band", async () => {
    const { page, context } = await openExplorer(session.browser, session.server.url);
    await waitForIdle(page);
    const drawn = await page.evaluate(() => {
      const cy = (
        window as unknown as {
          __explorer: {
            cy: {
              nodes(s: string): { style(p: string): string }[];
              edges(): { style(p: string): string }[];
            };
          };
        }
      ).__explorer.cy;
      const fill = (type: string) => cy.nodes(`[type = '${type}']`)[0]?.style("background-color") ?? "";
      const edge = cy.edges()[0];
      return {
        ministry: fill("Ministry"),
        department: fill("Department"),
        labelSize: Number.parseFloat(edge?.style("font-size") ?? "0"),
        labelBand: Number.parseFloat(edge?.style("text-background-opacity") ?? "0"),
      };
    });
    expect(drawn.ministry).not.toBe("");
    expect(drawn.ministry).not.toBe(drawn.department);
    expect(drawn.labelSize).toBeGreaterThanOrEqual(10);
    expect(drawn.labelBand).toBeGreaterThan(0.8);
    // Every type in the legend has its own colour-and-shape pair.
    const swatches = await page
      .locator("[data-testid=legend] svg > *")
      .evaluateAll((shapes) =>
        shapes.map((shape) => `${shape.getAttribute("fill")} ${shape.getAttribute("points")}`),
      );
    expect(swatches.length).toBeGreaterThan(3);
    expect(new Set(swatches).size).toBe(swatches.length);
    await page.click("[data-testid=zoom-in]");
    await waitForIdle(page);
    await screenshot(page, "a11y-colours");
    await context.close();
  });
});

describe("on a phone (390×844)", () => {
  const phone = { width: 390, height: 844 };

  it("shows the export buttons on screen, and PNG export downloads", async () => {
    const { page, context } = await openExplorer(session.browser, session.server.url, phone);
    for (const format of ["png", "svg", "json", "csv"]) {
      const box = await page.locator(`[data-testid=export-${format}]`).boundingBox();
      expect(box, format).not.toBeNull();
      if (!box) continue;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(phone.width);
    }
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click("[data-testid=export-png]"),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    await screenshot(page, "a11y-phone-export");
    await context.close();
  });

  it("closes every sheet: legend, details, trace, changes, outline and query docs", async () => {
    const { page, context } = await openExplorer(
      session.browser,
      `${session.server.url}/?asOf=2019-06-01&cmp=2025-06-01`,
      phone,
    );
    // Playwright clicks only what is on top at that point, so each close control is uncovered.
    await page.click("[data-testid=toggle-legend]");
    await page.waitForSelector("[data-testid=legend-panel]:not(.collapsed)");
    await page.click("[data-testid=toggle-legend]");
    await page.waitForSelector("[data-testid=legend-panel].collapsed", { state: "attached" });

    // Compare mode's list of changes (the link sets a second day) has its own ×.
    const changes = page.locator("[data-testid=changes-panel]");
    await changes.waitFor({ state: "visible" });
    await screenshot(page, "a11y-phone-changes");
    await page.click("[data-testid=changes-close]");
    await changes.waitFor({ state: "hidden" });
    await expect(page.isChecked("[data-testid=compare-toggle]")).resolves.toBe(false);

    await page.click("[data-testid=outline-toggle]");
    await page.waitForSelector(`${OUTLINE} li`, { state: "visible" });
    await page.click("[data-testid=outline-toggle]");
    await page.waitForSelector(`${OUTLINE} li`, { state: "hidden" });

    await page.fill("[data-testid=search-input]", "Norsk helsenett");
    await page.waitForSelector("[data-testid=search-option]");
    await page.keyboard.press("Enter");
    await page.waitForSelector("[data-testid=node-panel]");
    await page.click("[data-testid=node-panel] [data-testid=trace]");
    await page.waitForSelector("[data-testid=trace-panel]");
    await screenshot(page, "a11y-phone-trace");
    await page.click("[data-testid=trace-panel] [data-testid=panel-close]");
    await page.waitForSelector("[data-testid=trace-panel]", { state: "detached" });
    await page.waitForSelector("[data-testid=node-panel]");
    await page.click("[data-testid=node-panel] [data-testid=panel-close]");
    await page.waitForSelector("[data-testid=side-panel]", { state: "hidden" });

    await page.click("[data-testid=tab-query]");
    await page.waitForSelector(".cm-editor", { timeout: 20_000 });
    await page.click("[data-testid=toggle-docs]");
    await page.waitForSelector(".docs-host", { state: "visible" });
    await page.click("[data-testid=toggle-docs]");
    await page.waitForSelector(".docs-host", { state: "hidden" });
    await context.close();
  });
});
