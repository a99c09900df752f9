/**
 * The first view says what the explorer is for and offers three starting points (the trace, the
 * matrix, the past), each reached by the keyboard, in English and Norwegian, on a desk and a phone.
 */
import { describe, expect, it } from "vitest";
import { openExplorer, screenshot, useAppAndBrowser, waitForIdle } from "./browser.ts";

const session = useAppAndBrowser();
const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
];
const TEXT = {
  en: { purpose: /Sustainable Development Goals/, trace: "Trace Helsenorge to the SDGs" },
  no: { purpose: /bærekraftsmål/, trace: "Følg Helsenorge til bærekraftsmålene" },
} as const;

describe("the first view's introduction", () => {
  for (const language of ["en", "no"] as const)
    for (const viewport of VIEWPORTS)
      it(`says what the tool is for and a keyboard reaches its three starting points (${language}, ${viewport.width}×${viewport.height})`, async () => {
        const { page, context, errors } = await openExplorer(
          session.browser,
          `${session.server.url}/?lang=${language}`,
          viewport,
        );
        await waitForIdle(page);
        await expect(page.locator("[data-testid=welcome-purpose]").textContent()).resolves.toMatch(
          TEXT[language].purpose,
        );
        await expect(page.locator("[data-testid=start-trace]").textContent()).resolves.toBe(
          TEXT[language].trace,
        );
        const reached = new Set<string>();
        for (let i = 0; i < 60 && reached.size < 3; i++) {
          await page.keyboard.press("Tab");
          const id = await page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? "");
          if (id.startsWith("start-")) reached.add(id);
        }
        expect([...reached].sort()).toEqual(["start-matrix", "start-past", "start-trace"]);
        await screenshot(page, `welcome-${language}-${viewport.width}`);
        // Enter on the trace's starting point traces Helsenorge.
        await page.focus("[data-testid=start-trace]");
        await page.keyboard.press("Enter");
        await page.waitForSelector("[data-testid=trace-panel] [data-testid=sdg-group]", { timeout: 60_000 });
        expect(errors).toEqual([]);
        await context.close();
      });

  it("opens the matrix, and Helsenorge as of 2015, from the other two", async () => {
    const { page, context } = await openExplorer(session.browser, session.server.url, {
      width: 1440,
      height: 900,
    });
    await waitForIdle(page);
    await page.click("[data-testid=start-matrix]");
    await page.waitForSelector("[data-testid=matrix]", { timeout: 60_000 });
    await page.goto(session.server.url);
    await page.waitForSelector("body[data-ready]");
    await page.click("[data-testid=start-past]");
    await page.waitForSelector('[data-testid=node-panel][data-id="helsenorge"]', { timeout: 60_000 });
    expect(new URL(page.url()).searchParams.get("asOf")).toMatch(/^2015-/);
    await screenshot(page, "welcome-past");
    await context.close();
  });
});
