/**
 * On a phone (390×844) the explorer stays usable: with a node's sheet open the graph keeps at least
 * half the screen, every label the canvas draws is readable (at least 9 px on screen; smaller ones
 * are left out rather than drawn as specks), and the wide matrix scrolls inside itself instead of
 * moving the whole page sideways.
 */
import { describe, expect, it } from "vitest";
import { openExplorer, screenshot, useAppAndBrowser, waitForIdle } from "./browser.ts";

const session = useAppAndBrowser();
const PHONE = { width: 390, height: 844 };
const MIN_LABEL_PX = 9;

describe("the explorer on a phone", () => {
  it("keeps half the screen for the graph with a node's sheet open", async () => {
    const { page, context, errors } = await openExplorer(session.browser, session.server.url, PHONE);
    await page.fill("[data-testid=search-input]", "Helsenorge");
    await page.click('[data-testid=search-option][data-id="helsenorge"]', { timeout: 60_000 });
    await page.waitForSelector('[data-testid=node-panel][data-id="helsenorge"]');
    await waitForIdle(page);
    const free = await page.evaluate(() => {
      const cy = document.querySelector(".cy-area")?.getBoundingClientRect();
      const sheet = document.querySelector(".side-panel:not([hidden])")?.getBoundingClientRect();
      if (!cy) return 0;
      const bottom = sheet ? Math.min(cy.bottom, sheet.top) : cy.bottom;
      return Math.max(0, bottom - cy.top);
    });
    await screenshot(page, "phone-sheet");
    expect(free).toBeGreaterThanOrEqual(PHONE.height / 2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("draws no label smaller than 9 screen pixels", async () => {
    const { page, context } = await openExplorer(session.browser, session.server.url, PHONE);
    await waitForIdle(page);
    const smallest = await page.evaluate(() => {
      const cy = (window as unknown as { __explorer: { cy: import("cytoscape").Core } }).__explorer.cy;
      // Zoomed out as a phone's fit of a larger view does: no label may shrink to a speck.
      cy.zoom(cy.zoom() * 0.6);
      // A label is drawn when its size on screen reaches min-zoomed-font-size: the smallest drawn
      // label is the larger of the two.
      return Math.min(
        ...cy.elements(":visible").map((el) => {
          const size = Number.parseFloat(el.style("font-size")) * cy.zoom();
          const floor = Number.parseFloat(el.style("min-zoomed-font-size")) || 0;
          return el.style("label") ? Math.max(size, floor) : Number.POSITIVE_INFINITY;
        }),
      );
    });
    await screenshot(page, "phone-labels");
    expect(smallest).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    await context.close();
  });

  for (const language of ["en", "no"]) {
    it(`scrolls the matrix inside itself, not the page (${language})`, async () => {
      const { page, context } = await openExplorer(
        session.browser,
        `${session.server.url}/?v=matrix&lang=${language}`,
        PHONE,
      );
      await page.waitForSelector("[data-testid=matrix]", { timeout: 60_000 });
      await waitForIdle(page);
      const widths = await page.evaluate(() => ({
        page: document.scrollingElement?.scrollWidth ?? 0,
        wrap: document.querySelector(".matrix-wrap")?.scrollWidth ?? 0,
        wrapBox: document.querySelector(".matrix-wrap")?.clientWidth ?? 0,
      }));
      await screenshot(page, `phone-matrix-${language}`);
      expect(widths.page).toBeLessThanOrEqual(PHONE.width);
      expect(widths.wrap).toBeGreaterThan(widths.wrapBox);
      await context.close();
    });
  }
});
