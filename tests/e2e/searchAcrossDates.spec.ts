/**
 * Search across dates in the explorer, as a new user meets it at the default date (today): a body
 * merged away, a plan since succeeded and an agency under its former name are found, each marked
 * with its period and what took over from it; one click opens it on a day it was in force (the
 * date moves), and its successor's panel, reached from the predecessor's, says "formerly …". On a
 * desktop and a phone, in English and Norwegian. Screenshots: tests/e2e/screenshots/search-dates-*.png.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { canvasNodes, openExplorer, screenshot, useAppAndBrowser, waitForIdle } from "./browser.ts";

const session = useAppAndBrowser();

const VIEWPORTS = [
  { name: "desktop", size: { width: 1440, height: 900 } },
  { name: "phone", size: { width: 390, height: 844 } },
] as const;

/** What each language says before a predecessor's name in its successor's panel. */
const FORMERLY = { en: "Formerly", no: "Tidligere" } as const;
/** The mark on a hit not in force on the view's day, which lies after it. */
const PAST = { en: "past", no: "tidligere" } as const;

/** Typed as a user would, the id it must find, and the last day it was in force (as the seed dates it). */
const FORMER = [
  { text: "Direktoratet for e-helse", id: "directorate-of-ehealth", lastDay: "2023-12-31" },
  {
    text: "National Health and Hospital Plan",
    id: "national-health-and-hospital-plan-2020-2023",
    lastDay: "2023-12-31",
  },
  { text: "Statens legemiddelverk", id: "norwegian-medicines-agency", lastDay: "2023-12-31" },
] as const;

const asOfOf = (page: Page) => new URL(page.url()).searchParams.get("asOf");

const combos = VIEWPORTS.flatMap((viewport) =>
  (["en", "no"] as const).map((language) => ({ ...viewport, language })),
);

describe.each(combos)("search across dates ($name, $language)", ({ name, size, language }) => {
  it.each(FORMER)(
    "finds $text at the default date, marked with its period, and opens it in force; its successor says formerly",
    async (former) => {
      const { page, context, errors } = await openExplorer(
        session.browser,
        `${session.server.url}/?lang=${language}`,
        size,
      );
      expect(asOfOf(page)).toBeNull();
      await page.fill("[data-testid=search-input]", former.text);
      const option = page.locator(`[data-testid=search-option][data-id="${former.id}"]`);
      await option.waitFor({ timeout: 60_000 }).catch(async (error: unknown) => {
        // Say what the list showed instead (a failure's message, other hits) rather than only "timeout".
        const shown = await page.locator("[data-testid=search-results]").textContent();
        throw new Error(`${former.id} was not suggested; the list showed: ${shown}`, { cause: error });
      });
      await expect(option.getAttribute("data-in-force")).resolves.toBe("false");
      await expect(option.locator("[data-testid=search-period]").textContent()).resolves.toMatch(
        /^\d{4}–\d{4}$/,
      );
      await expect(option.locator("[data-testid=search-when]").textContent()).resolves.toBe(PAST[language]);
      // What took over from it is named on the hit itself.
      await expect(option.locator("[data-testid=succession-after]").count()).resolves.toBe(1);
      if (former === FORMER[0]) await screenshot(page, `search-dates-${name}-${language}-list`);

      await option.click();
      const panel = page.locator(`[data-testid=node-panel][data-id="${former.id}"]`);
      await panel.waitFor({ timeout: 60_000 });
      await page.waitForFunction(
        (day) => new URL(location.href).searchParams.get("asOf") === day,
        former.lastDay,
      );
      await waitForIdle(page);
      expect(await canvasNodes(page, `[id="${former.id}"]`)).toEqual([former.id]);
      const predecessorName = (await panel.locator("[data-testid=panel-title]").textContent()) ?? "";

      // The predecessor's panel names its successor; following it moves to a day the successor holds.
      const successorLink = panel.locator("[data-testid=succession-after-link]");
      await successorLink.waitFor({ timeout: 30_000 });
      const successorId = await successorLink.getAttribute("data-id");
      await successorLink.click();
      const successorPanel = page.locator(`[data-testid=node-panel][data-id="${successorId}"]`);
      await successorPanel.waitFor({ timeout: 60_000 });
      const formerly = successorPanel.locator("[data-testid=succession-before]");
      await formerly.waitFor({ timeout: 30_000 });
      const said = (await formerly.textContent()) ?? "";
      expect(said.startsWith(FORMERLY[language])).toBe(true);
      expect(said).toContain(predecessorName);
      // Drawn, so in force on the view's day (which moved only where the successor began later).
      await waitForIdle(page);
      expect(await canvasNodes(page, `[id="${successorId}"]`)).toEqual([successorId]);
      if (former === FORMER[0]) await screenshot(page, `search-dates-${name}-${language}-formerly`);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});

describe("Enter in the search box", () => {
  it("before the suggestions arrive, searches and opens the best hit", async () => {
    const { page, context, errors } = await openExplorer(session.browser, session.server.url, {
      width: 1440,
      height: 900,
    });
    // Typed and confirmed at once: no pause for the suggestions the box would show after typing stops.
    await page.locator("[data-testid=search-input]").fill("Statens legemiddelverk");
    await page.keyboard.press("Enter");
    await page.waitForSelector('[data-testid=node-panel][data-id="norwegian-medicines-agency"]', {
      timeout: 60_000,
    });
    expect(asOfOf(page)).toBe("2023-12-31");
    expect(errors).toEqual([]);
    await context.close();
  });
});
