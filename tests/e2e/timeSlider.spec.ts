/**
 * The time slider is a chronological scale (stops where their dates fall, today in its place,
 * a tick each year), takes a typed date, steps by keys with the focus kept on it, fits a phone's
 * width, and says so when a date before the timeline draws bodies whose start is not known.
 * At 1440×900 and 390×844. Screenshots: tests/e2e/screenshots/time-slider-*.png.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { graphql, openExplorer, screenshot, useAppAndBrowser, waitForIdle } from "./browser.ts";

const session = useAppAndBrowser();
const VIEWPORTS = [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;
const SLIDER = "[data-testid=asof-slider]";

const today = () => new Date().toISOString().slice(0, 10);

async function timeline(): Promise<string[]> {
  const { timeline: days } = await graphql<{ timeline: string[] }>(session.server.url, "{ timeline }");
  expect(days.length).toBeGreaterThan(1);
  return days;
}

/** The centre x of each element matching the selector, in page pixels. */
function centres(page: Page, selector: string): Promise<number[]> {
  return page.$$eval(selector, (elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      return box.left + box.width / 2;
    }),
  );
}

/** Waits for the address to name the day (null: none) and the explorer to draw it. */
async function waitForAsOf(page: Page, day: string | null): Promise<void> {
  await page.waitForFunction(
    (expected) => new URLSearchParams(window.location.search).get("asOf") === expected,
    day,
  );
  await waitForIdle(page);
}

const focusedTestId = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid ?? null);

describe.each(VIEWPORTS)("the time slider at $width×$height", (viewport) => {
  it("places its stops by date with today where it falls, under year ticks", async () => {
    const days = await timeline();
    const { page, context, errors } = await openExplorer(session.browser, session.server.url, viewport);
    await page.waitForSelector("[data-testid=year-tick]");
    const years = await page.$$eval("[data-testid=year-tick]", (ticks) =>
      ticks.map((t) => Number(t.getAttribute("data-year"))),
    );
    const xs = await centres(page, "[data-testid=year-tick]");
    expect(years.length).toBeGreaterThan(3);
    expect([...years].sort((a, b) => a - b)).toEqual(years);
    // Evenly spaced years: a chronological scale, each year as wide as the next.
    const gaps = xs.slice(1).map((x, i) => x - (xs[i] ?? 0));
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThan(1.5);
    // Today lies between the ticks of this year and the next, not after the last stop.
    const [todayX] = await centres(page, "[data-testid=today-tick]");
    const year = new Date().getUTCFullYear();
    const thisYear = xs[years.indexOf(year)];
    const nextYear = xs[years.indexOf(year + 1)];
    expect(thisYear).toBeDefined();
    expect(todayX).toBeGreaterThanOrEqual(thisYear ?? Number.NaN);
    if (nextYear !== undefined) expect(todayX).toBeLessThanOrEqual(nextYear);
    const last = days.at(-1) ?? "";
    if (last > today()) {
      // A day after today (a plan's end) sits to the right of today's mark.
      const lastYear = xs[years.indexOf(Number(last.slice(0, 4)))];
      expect(lastYear).toBeGreaterThan(todayX ?? Number.NaN);
    }
    // No part of the time bar reaches past the window's right edge.
    const overflow = await page.evaluate((width) => {
      const bar = document.querySelector("[data-testid=time-bar]");
      const parts = [...(bar?.querySelectorAll("input, label, output, span") ?? [])];
      return parts
        .filter((part) => part.getBoundingClientRect().right > width + 0.5)
        .map((part) => part.outerHTML.slice(0, 80));
    }, viewport.width);
    expect(overflow).toEqual([]);
    await screenshot(page, `time-slider-${viewport.name}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("steps by keys from today to the stop before it, a year back with Page Down, and keeps the focus", async () => {
    const days = await timeline();
    const { page, context } = await openExplorer(session.browser, session.server.url, viewport);
    await page.waitForSelector(`${SLIDER}:not([disabled])`);
    await page.focus(SLIDER);
    await page.keyboard.press("ArrowLeft");
    const before = [...days].reverse().find((day) => day < today()) ?? null;
    await waitForAsOf(page, before);
    expect(await focusedTestId(page)).toBe("asof-slider");
    await page.keyboard.press("PageDown");
    const yearEarlier = `${Number(before?.slice(0, 4)) - 1}${before?.slice(4)}`;
    await waitForAsOf(page, yearEarlier);
    expect(await focusedTestId(page)).toBe("asof-slider");
    // The next stop after it: a timeline day, or today (which the address leaves out).
    const next = [...days, today()].sort().find((day) => day > yearEarlier);
    await page.keyboard.press("ArrowRight");
    await waitForAsOf(page, next === today() ? null : (next ?? null));
    await page.keyboard.press("Home");
    await waitForAsOf(page, days[0] ?? null);
    expect(await focusedTestId(page)).toBe("asof-slider");
    await expect(page.getAttribute(SLIDER, "aria-valuetext")).resolves.toBe(days[0]);
    await context.close();
  });

  it("takes a typed date, labelled in English and Norwegian", async () => {
    const { page, context } = await openExplorer(session.browser, session.server.url, viewport);
    const field = page.locator("[data-testid=asof-date]");
    await field.fill("2015-03-01");
    await field.press("Enter");
    await waitForAsOf(page, "2015-03-01");
    await expect(page.getAttribute(SLIDER, "data-day")).resolves.toBe("2015-03-01");
    await expect(page.locator(".date-entry").textContent()).resolves.toBe("Date");
    await page.click("[data-testid=language-toggle]");
    await expect(page.locator(".date-entry").textContent()).resolves.toBe("Dato");
    await expect(field.getAttribute("aria-label")).resolves.toContain("Datoen");
    const box = await field.boundingBox();
    expect((box?.x ?? Number.POSITIVE_INFINITY) + (box?.width ?? 0)).toBeLessThanOrEqual(viewport.width);
    await screenshot(page, `time-slider-typed-${viewport.name}`);
    await context.close();
  });

  it("marks the bodies with no known start date before the timeline begins, and says why", async () => {
    const [first] = await timeline();
    const { page, context } = await openExplorer(
      session.browser,
      `${session.server.url}/?asOf=1850-01-01`,
      viewport,
    );
    await waitForIdle(page);
    const notice = page.locator("[data-testid=undated-notice]");
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain(first);
    const marked = await page.evaluate(() =>
      (window as unknown as { __explorer: { cy: import("cytoscape").Core } }).__explorer.cy
        .nodes(".undated")
        .map((node) => node.id()),
    );
    // The regional health authorities of 2002 are drawn in 1850: their start is not recorded.
    expect(marked).toContain("south-eastern-norway-rha");
    const {
      subgraph: { nodes },
    } = await graphql<{ subgraph: { nodes: { id: string; validFrom: string | null }[] } }>(
      session.server.url,
      `{ subgraph(ids: ${JSON.stringify(marked)}, asOf: "1850-01-01") { nodes { id validFrom } } }`,
    );
    expect(nodes.map((node) => node.id).sort()).toEqual([...marked].sort());
    expect(nodes.filter((node) => node.validFrom !== null)).toEqual([]);
    await screenshot(page, `time-slider-undated-${viewport.name}`);
    // From the timeline's first day on, nothing is marked and nothing is said.
    await page.locator("[data-testid=asof-date]").fill(first ?? "");
    await page.locator("[data-testid=asof-date]").press("Enter");
    await waitForAsOf(page, first ?? null);
    await notice.waitFor({ state: "detached" });
    const still = await page.evaluate(
      () =>
        (window as unknown as { __explorer: { cy: import("cytoscape").Core } }).__explorer.cy.nodes(
          ".undated",
        ).length,
    );
    expect(still).toBe(0);
    await context.close();
  });
});
