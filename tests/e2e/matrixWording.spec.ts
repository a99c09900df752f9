/**
 * The matrix quotes the strategy's own word for each contribution ("important", "in particular" …)
 * instead of a scale of the explorer's making, explains the scale where its shades are used, and
 * in the Norwegian view marks the English words as English (lang="en", no Norwegian « » marks).
 */
import { describe, expect, it } from "vitest";
import { graphql, openExplorer, screenshot, useAppAndBrowser, waitForIdle } from "./browser.ts";

const session = useAppAndBrowser();

interface Cell {
  objective: { id: string };
  sdg: { id: string };
  wording: string | null;
  strength: string;
}

const CASES = [
  { language: "en", viewport: { width: 1440, height: 900 } },
  { language: "no", viewport: { width: 1440, height: 900 } },
  { language: "no", viewport: { width: 390, height: 844 } },
] as const;

describe("the matrix in the strategy's own words", () => {
  for (const { language, viewport } of CASES) {
    it(`quotes each cell's wording in English, explaining the scale (${language}, ${viewport.width}×${viewport.height})`, async () => {
      const { sdgMatrix } = await graphql<{ sdgMatrix: { cells: Cell[] } }>(
        session.server.url,
        "{ sdgMatrix { cells { objective { id } sdg { id } wording strength } } }",
      );
      const worded = sdgMatrix.cells.filter((c) => c.wording);
      expect(worded.length).toBeGreaterThan(0);
      const { page, context, errors } = await openExplorer(
        session.browser,
        `${session.server.url}/?v=matrix&lang=${language}`,
        viewport,
      );
      await page.waitForSelector("[data-testid=matrix]", { timeout: 60_000 });
      await waitForIdle(page);
      for (const cell of worded) {
        const button = page.locator(`[data-testid=matrix-cell-${cell.objective.id}-${cell.sdg.id}]`);
        const quote = button.locator("q[lang=en]");
        await expect(quote.textContent()).resolves.toBe(cell.wording);
        // The browser's own quotation marks for the element's language: never « » around English.
        const marks = await quote.evaluate((el) => getComputedStyle(el).quotes);
        expect(marks).toContain("“");
        expect(marks).not.toContain("«");
      }
      // The corrections an older link is told of quote the log's English as English too.
      const correctionQuotes = await page
        .locator("[data-testid=correction] q")
        .evaluateAll((els) =>
          els.map((el) => ({ lang: el.getAttribute("lang"), marks: getComputedStyle(el).quotes })),
        );
      for (const quote of correctionQuotes) {
        expect(quote.lang).toBe("en");
        expect(quote.marks).not.toContain("«");
      }
      // The scale is explained beside the cells that use it.
      const key = page.locator("[data-testid=matrix-key]");
      await expect(key.locator("[data-testid=matrix-key-wording]").count()).resolves.toBe(1);
      if (language === "no") await expect(key.textContent()).resolves.toMatch(/engelsk/i);
      await screenshot(page, `matrix-wording-${language}-${viewport.width}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
