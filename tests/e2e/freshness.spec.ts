/**
 * Every view follows the date, and a late answer never overwrites a newer state: the open node
 * panel lists the new day's relationships after a date change or Compare (it used to stay on
 * "Loading…"), the matrix shows the day it was moved to even when the previous day's matrix answers
 * last, and an edited view moved to another day is that day's view (its tree, its expansions'
 * neighbours), with nothing left floating, fitted on screen.
 */
import type { Page, Request, Route } from "playwright-core";
import { describe, expect, it } from "vitest";
import { canvasNodes, graphql, openExplorer, screenshot, useAppAndBrowser, waitForIdle } from "./browser.ts";

const session = useAppAndBrowser();

const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
];

const ROOT = "ministry-of-health-and-care-services";

async function timeline(): Promise<string[]> {
  return (await graphql<{ timeline: string[] }>(session.server.url, "{ timeline }")).timeline;
}

/** Moves the date slider to `day` as a user does: the stop is chosen, then released (change). */
async function pickDay(page: Page, day: string | null): Promise<void> {
  const found = await page.evaluate((wanted) => {
    const input = document.querySelector<HTMLInputElement>("[data-testid=asof-slider]");
    const output = document.querySelector("[data-testid=asof-value]");
    if (!input || !output) return false;
    for (let index = Number(input.min); index <= Number(input.max); index++) {
      input.value = String(index);
      input.dispatchEvent(new Event("input", { bubbles: true }));
      const shown = output.textContent ?? "";
      if (wanted === null ? index === Number(input.max) : shown === wanted) {
        input.dispatchEvent(new Event("change", { bubbles: true }));
        return true;
      }
    }
    return false;
  }, day);
  if (!found) throw new Error(`The date slider has no stop ${day ?? "today"}`);
}

/** The operation name and asOf of a GraphQL request the explorer sends. */
function operationOf(request: Request): { name: string; asOf: unknown } {
  const body = request.postDataJSON() as { query?: string; variables?: { asOf?: unknown } } | null;
  const name = /query\s+(\w+)/.exec(body?.query ?? "")?.[1] ?? "";
  return { name, asOf: body?.variables?.asOf };
}

/** Resolves after the page has drawn a frame: what a settled answer changes is on screen by then. */
function nextFrame(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => done())));
}

describe("the open node panel follows the date", () => {
  for (const viewport of VIEWPORTS) {
    it(`lists the relationships again after a date change and after Compare at ${viewport.width}×${viewport.height}`, async () => {
      const days = await timeline();
      const day = days.find((d) => d >= "2017-01-01") ?? days[0];
      if (!day) throw new Error("The graph has no timeline");
      const { page, context, errors } = await openExplorer(
        session.browser,
        `${session.server.url}/?s=${ROOT}`,
        viewport,
      );
      const panel = page.locator(`[data-testid=node-panel][data-id="${ROOT}"]`);
      await panel.locator("[data-testid=relationships]").waitFor({ timeout: 15_000 });
      const sent: unknown[] = [];
      page.on("request", (request) => {
        const { name, asOf } = operationOf(request);
        if (name === "Neighbourhood") sent.push(asOf);
      });
      await pickDay(page, day);
      await waitForIdle(page);
      await panel.locator("[data-testid=relationships]").waitFor({ timeout: 15_000 });
      expect(sent).toContain(day);
      await page.locator("[data-testid=compare-toggle]").check();
      await waitForIdle(page);
      await panel.locator("[data-testid=relationships]").waitFor({ timeout: 15_000 });
      await expect(panel.locator("[data-testid=relationships-loading]").count()).resolves.toBe(0);
      await screenshot(page, `freshness-panel-${viewport.width}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

/** How the matrix of a day reads from the API: its objective rows, or the error it answers with. */
async function matrixOn(asOf: string | null): Promise<{ rows: number } | { error: string }> {
  try {
    const { sdgMatrix } = await graphql<{ sdgMatrix: { objectives: unknown[] } }>(
      session.server.url,
      `{ sdgMatrix${asOf ? `(asOf: "${asOf}")` : ""} { objectives { id } } }`,
    );
    return { rows: sdgMatrix.objectives.length };
  } catch (error) {
    return { error: String(error) };
  }
}

/** What the Matrix tab shows: its objective rows, or that it failed. */
async function matrixOnScreen(page: Page): Promise<{ rows: number } | { error: string }> {
  if ((await page.locator("[data-testid=matrix-error]").count()) > 0) return { error: "shown" };
  return { rows: await page.locator("[data-testid=matrix] tbody tr").count() };
}

const kindOf = (shown: { rows: number } | { error: string }) => ("rows" in shown ? shown.rows : "error");

describe("the matrix follows the date", () => {
  it("shows the day it was moved to while the previous day's matrix answers last", async () => {
    const days = await timeline();
    // The timeline's first day (2001): before the strategy of today's matrix was in force.
    const past = days[0];
    if (!past) throw new Error("The graph has no timeline");
    const expected = kindOf(await matrixOn(past));
    expect(expected).not.toBe(kindOf(await matrixOn(null)));
    const { page, context, errors } = await openExplorer(session.browser, session.server.url, {
      width: 1440,
      height: 900,
    });
    // Today's matrix is held back until the other day's has been drawn.
    let held: { route: Route; settled: Promise<void> } | null = null;
    let sawHeld: () => void = () => {};
    const heldSeen = new Promise<void>((resolve) => {
      sawHeld = resolve;
    });
    await page.route("**/graphql", async (route) => {
      const request = route.request();
      const { name, asOf } = operationOf(request);
      if (name === "Matrix" && (asOf ?? null) === null && held === null) {
        // Settled when its answer has arrived, or when the explorer has cancelled it.
        const settled = new Promise<void>((resolve) => {
          page.on("requestfinished", (done) => done === request && resolve());
          page.on("requestfailed", (failed) => failed === request && resolve());
        });
        held = { route, settled };
        sawHeld();
        return;
      }
      await route.continue();
    });
    await page.locator("[data-testid=tab-matrix]").click();
    await heldSeen;
    await pickDay(page, past);
    await page.waitForSelector("[data-testid=matrix], [data-testid=matrix-error]", { timeout: 15_000 });
    await waitForIdle(page);
    expect(kindOf(await matrixOnScreen(page))).toBe(expected);
    // Now the older answer comes (if its request still stands): it must change nothing.
    const late = held as { route: Route; settled: Promise<void> } | null;
    if (!late) throw new Error("Today's matrix was never asked for");
    await late.route.continue().catch(() => undefined);
    await late.settled;
    await nextFrame(page);
    await waitForIdle(page);
    expect(kindOf(await matrixOnScreen(page))).toBe(expected);
    await expect(page.locator("[data-testid=asof-value]").textContent()).resolves.toBe(past);
    await screenshot(page, "freshness-matrix-1440");
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("an edited view moved to another day", () => {
  for (const viewport of VIEWPORTS) {
    it(`is that day's tree and expansions, nothing floating, fitted at ${viewport.width}×${viewport.height}`, async () => {
      const days = await timeline();
      // A day when the ministry had its Section for eHealth and the Medicines Agency had its old name.
      const day = days.filter((d) => d >= "2014-01-01" && d <= "2016-05-31").at(-1);
      if (!day) throw new Error("The timeline has no day between 2014 and mid-2016");
      const { governanceTree } = await graphql<{ governanceTree: { nodes: { id: string }[] } }>(
        session.server.url,
        `{ governanceTree(rootId: "${ROOT}", asOf: "${day}") { nodes { id } } }`,
      );
      const treeThen = governanceTree.nodes.map((n) => n.id);
      expect(treeThen).toContain("norwegian-medicines-agency");
      expect(treeThen).toContain("ministry-section-for-ehealth");
      const { page, context, errors } = await openExplorer(
        session.browser,
        `${session.server.url}/?s=${ROOT}`,
        viewport,
      );
      const panel = page.locator(`[data-testid=node-panel][data-id="${ROOT}"]`);
      await panel.locator("[data-testid=expand]").click();
      await waitForIdle(page);
      expect(await canvasNodes(page)).not.toContain("norwegian-medicines-agency");
      await pickDay(page, day);
      await waitForIdle(page);
      const drawn = await canvasNodes(page);
      for (const id of treeThen) expect(drawn, id).toContain(id);
      const picture = await page.evaluate(() => {
        const cy = (
          window as unknown as {
            __explorer: {
              cy: {
                nodes(): {
                  filter(f: (n: { degree(loops: boolean): number }) => boolean): {
                    map(f: (n: { id(): string }) => string): string[];
                  };
                  boundingBox(): { x1: number; y1: number; x2: number; y2: number };
                };
                extent(): { x1: number; y1: number; x2: number; y2: number };
              };
            };
          }
        ).__explorer.cy;
        return {
          floating: cy
            .nodes()
            .filter((n) => n.degree(false) === 0)
            .map((n) => n.id()),
          box: cy.nodes().boundingBox(),
          extent: cy.extent(),
        };
      });
      expect(picture.floating).toEqual([]);
      const { box, extent } = picture;
      expect(box.x1).toBeGreaterThanOrEqual(extent.x1 - 1);
      expect(box.y1).toBeGreaterThanOrEqual(extent.y1 - 1);
      expect(box.x2).toBeLessThanOrEqual(extent.x2 + 1);
      expect(box.y2).toBeLessThanOrEqual(extent.y2 + 1);
      await screenshot(page, `freshness-time-travel-${viewport.width}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe("a named node moved to a day before it began", () => {
  it("draws the one it succeeded instead, at 1440×900", async () => {
    const days = await timeline();
    const later = "national-ehealth-strategy-2023";
    const earlier = "national-ehealth-strategy-2017";
    const day = days.filter((d) => d >= "2019-01-01" && d < "2023-01-01").at(-1);
    if (!day) throw new Error("The timeline has no day between 2019 and 2023");
    const { page, context, errors } = await openExplorer(
      session.browser,
      `${session.server.url}/?n=${later}`,
      {
        width: 1440,
        height: 900,
      },
    );
    expect(await canvasNodes(page)).toContain(later);
    await pickDay(page, day);
    await waitForIdle(page);
    const drawn = await canvasNodes(page);
    expect(drawn).toContain(earlier);
    expect(drawn).not.toContain(later);
    // Back to today: the view still names the later strategy.
    await pickDay(page, null);
    await waitForIdle(page);
    expect(await canvasNodes(page)).toContain(later);
    await screenshot(page, "freshness-stand-in-1440");
    expect(errors).toEqual([]);
    await context.close();
  });
});
