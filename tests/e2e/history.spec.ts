/**
 * Time in the explorer: the URL's asOf=YYYY-MM-DD (a contract) draws the
 * graph as of that day, every query the view makes carries the day, the slider over the timeline
 * redraws it, compare mode colours what started and ended beside the list of changes, and a
 * malformed date is ignored with a visible message. Screenshots: tests/e2e/screenshots/history-*.png.
 *
 * The dated seed arrives with the dated data; on an undated seed this file first dates
 * the facts it relies on (as that seed dates them) in the app's own throw-away Neo4j.
 */
import neo4j from "neo4j-driver";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AppServer,
  canvasNodes,
  graphql,
  launchBrowser,
  openExplorer,
  screenshot,
  startApp,
  waitForIdle,
} from "./browser.ts";

const DIRECTORATE_OF_EHEALTH = "directorate-of-ehealth";
const DIRECTORATE_OF_HEALTH = "directorate-of-health";
const COORDINATION = "national-ehealth-coordination";
const HEALTH_COORDINATES = `${DIRECTORATE_OF_HEALTH}|RESPONSIBLE_FOR|${COORDINATION}`;

let server: AppServer;
let browser: Browser;

beforeAll(async () => {
  server = await startApp();
  browser = await launchBrowser();
  await dateTheMergerIfUndated();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop().catch(() => {});
});

/** The 2024 merger of the Directorate of eHealth into the Directorate of Health, dated as the seed dates it. */
async function dateTheMergerIfUndated(): Promise<void> {
  const { timeline } = await graphql<{ timeline: string[] }>(server.url, "{ timeline }");
  if (timeline.length > 0) return;
  if (!server.neo4j) throw new Error("The seed is undated and the app server exposes no Neo4j to date it");
  const { uri, user, password } = server.neo4j;
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  try {
    await driver.executeQuery(
      `MATCH (d:Entity {id: $ehealth})
       SET d.validFrom = '2016-01-01', d.inForceFrom = '2016-01-01', d.validTo = '2023-12-31', d.inForceTo = '2023-12-31'
       WITH d MATCH (d)-[r:RESPONSIBLE_FOR]->(:Entity {id: $coordination})
       SET r.validTo = '2023-12-31', r.inForceTo = '2023-12-31'`,
      { ehealth: DIRECTORATE_OF_EHEALTH, coordination: COORDINATION },
    );
    await driver.executeQuery(
      `MATCH (:Entity {id: $health})-[r:RESPONSIBLE_FOR]->(:Entity {id: $coordination})
       SET r.validFrom = '2024-01-01', r.inForceFrom = '2024-01-01'`,
      { health: DIRECTORATE_OF_HEALTH, coordination: COORDINATION },
    );
  } finally {
    await driver.close();
  }
  const after = await graphql<{ timeline: string[] }>(server.url, "{ timeline }");
  expect(after.timeline).toEqual(expect.arrayContaining(["2016-01-01", "2023-12-31", "2024-01-01"]));
}

interface SentQuery {
  query: string;
  variables: Record<string, unknown>;
}

/** Every GraphQL request the page sends, as sent. */
function recordQueries(page: Page): SentQuery[] {
  const sent: SentQuery[] = [];
  page.on("request", (request) => {
    if (!request.url().endsWith("/graphql") || request.method() !== "POST") return;
    const body = JSON.parse(request.postData() ?? "{}") as Partial<SentQuery>;
    sent.push({ query: body.query ?? "", variables: body.variables ?? {} });
  });
  return sent;
}

/**
 * Moves the time slider to a day as a user's drag ends: the value (whole days from the scale's
 * first day, the timeline's first) changes, then `input` and `change` fire.
 */
async function moveSlider(page: Page, testid: string, day: string, first: string): Promise<void> {
  const index = Math.round((Date.parse(day) - Date.parse(first)) / 86_400_000);
  await page.locator(`[data-testid=${testid}]`).evaluate((element, value) => {
    if (!(element instanceof HTMLInputElement)) throw new Error("not an input");
    element.value = String(value);
    element.dispatchEvent(new Event("input", { bubbles: true }));
    element.dispatchEvent(new Event("change", { bubbles: true }));
  }, index);
}

const operation = (sent: SentQuery) => /query\s+(\w+)/.exec(sent.query)?.[1] ?? "";
/** Queries about the timeline itself read no single day; every other one must carry it. */
// Time itself and the document registry are read for no single day.
const readsTheGraph = (sent: SentQuery) =>
  !["Timeline", "Changes", "SourceDocuments", "DataRelease", "Corrections"].includes(operation(sent));
/** Reads that span every date on purpose: search finds the past too, and succession has no day. */
const readsEveryDate = (sent: SentQuery) => ["Search", "Succession"].includes(operation(sent));

describe("the graph as of a day", () => {
  it("opening /?asOf=2019-06-01 shows the Directorate of eHealth, and every query of the picture carries the day", async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const sent = recordQueries(page);
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(request.url());
    });
    await page.goto(`${server.url}/?asOf=2019-06-01`);
    await page.waitForSelector("body[data-ready]");
    await waitForIdle(page);
    const ids = await canvasNodes(page);
    expect(ids).toContain(DIRECTORATE_OF_EHEALTH);
    expect(ids).toContain(DIRECTORATE_OF_HEALTH);
    await expect(page.locator("[data-testid=asof-value]").textContent()).resolves.toBe("2019-06-01");

    // A node's panel asks as of the same day; search looks across every date (and marks the past).
    await page.fill("[data-testid=search-input]", "Directorate of eHealth");
    await page.click(`[data-testid=search-option][data-id=${DIRECTORATE_OF_EHEALTH}]`);
    await page.waitForSelector(
      `[data-testid=node-panel][data-id=${DIRECTORATE_OF_EHEALTH}] [data-testid=relationships]`,
    );
    const reading = sent.filter(readsTheGraph);
    expect(reading.map(operation)).toEqual(expect.arrayContaining(["Restore", "Search", "Neighbourhood"]));
    for (const query of reading.filter((sent) => !readsEveryDate(sent)))
      expect(query.variables.asOf, operation(query)).toBe("2019-06-01");
    for (const query of reading.filter(readsEveryDate))
      expect(query.variables.asOf ?? null, operation(query)).toBeNull();
    expect(page.url()).toContain("asOf=2019-06-01");
    // The time slider and the evidence list keep the first load lean: the query editor's chunk
    // (vite names it after client/src/views/query/editor.ts) is fetched only for the Query tab.
    expect(scripts.filter((url) => /\/assets\/editor-/.test(url))).toEqual([]);
    await screenshot(page, "history-2019");
    await context.close();
  });

  it("opening /?asOf=2024-06-01 shows the Directorate of Health without the Directorate of eHealth", async () => {
    const { page, context, errors } = await openExplorer(browser, `${server.url}/?asOf=2024-06-01`, {
      width: 1440,
      height: 900,
    });
    await waitForIdle(page);
    const ids = await canvasNodes(page);
    expect(ids).toContain(DIRECTORATE_OF_HEALTH);
    expect(ids).not.toContain(DIRECTORATE_OF_EHEALTH);
    await screenshot(page, "history-2024");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("speaks Norwegian in the time bar, the changes list, search and layouts when the link says lang=no", async () => {
    const { page, context, errors } = await openExplorer(
      browser,
      `${server.url}/?lang=no&asOf=2019-06-01&cmp=2024-06-01`,
      { width: 1440, height: 900 },
    );
    await waitForIdle(page);
    await expect(page.locator("[data-testid=time-bar]").textContent()).resolves.toContain("Grafen per");
    await page.waitForSelector("[data-testid=changes-list]");
    await expect(page.locator("[data-testid=changes-panel]").textContent()).resolves.toContain(
      "Hva som endret seg fra 2019-06-01 til 2024-06-01",
    );
    await expect(page.locator("[data-testid=search-input]").getAttribute("placeholder")).resolves.toBe(
      "Søk (norsk eller engelsk) …",
    );
    await expect(
      page.locator("[data-testid=layout-select] option[value=governance]").textContent(),
    ).resolves.toBe("Hierarki");
    // A relationship's change names both ends, also an end the canvas does not draw (an area
    // of responsibility of a body that ended): never by its id.
    const edgeItems = await page
      .locator("[data-testid=change]")
      .evaluateAll((els) =>
        els
          .map((el): [string, string] => [
            el.getAttribute("data-id") ?? "",
            el.querySelector("button")?.textContent ?? "",
          ])
          .filter(([id]) => id.includes("|")),
      );
    expect(edgeItems.length).toBeGreaterThan(0);
    for (const [id, text] of edgeItems) {
      const [from = "", , to = ""] = id.split("|");
      expect(text, id).not.toContain(from);
      expect(text, id).not.toContain(to);
    }
    await screenshot(page, "history-norwegian");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the slider redraws the graph as of the day chosen on the timeline", async () => {
    const { timeline } = await graphql<{ timeline: string[] }>(server.url, "{ timeline }");
    // The last day the Directorate of eHealth was in force is a day on which something ends.
    const day = [...timeline].reverse().find((d) => d <= "2023-12-31" && d >= "2019-01-01");
    if (!day)
      throw new Error(`No timeline day in the Directorate of eHealth's last years: ${timeline.join(", ")}`);
    const { page, context } = await openExplorer(browser, server.url, { width: 1440, height: 900 });
    const sent = recordQueries(page);
    await waitForIdle(page);
    expect(await canvasNodes(page)).not.toContain(DIRECTORATE_OF_EHEALTH);
    await page.waitForSelector("[data-testid=asof-slider]:not([disabled])");
    const stops = [...new Set(timeline)].sort();
    await moveSlider(page, "asof-slider", day, stops[0] ?? day);
    await page.waitForURL((address) => address.searchParams.get("asOf") === day);
    await waitForIdle(page);
    expect(await canvasNodes(page)).toContain(DIRECTORATE_OF_EHEALTH);
    await expect(page.locator("[data-testid=asof-value]").textContent()).resolves.toBe(day);
    const restores = sent.filter((q) => operation(q) === "Restore");
    expect(restores.length).toBeGreaterThan(0);
    for (const query of restores) expect(query.variables.asOf).toBe(day);
    await screenshot(page, "history-slider");
    await context.close();
  });

  it("compare mode colours what started and what ended, with the changes listed beside", async () => {
    const { changes } = await graphql<{
      changes: { kind: string; node: { id: string } | null; edge: { id: string } | null }[];
    }>(server.url, '{ changes(from: "2019-06-01", to: "2024-06-01") { kind node { id } edge { id } } }');
    const url = `${server.url}/?n=${DIRECTORATE_OF_HEALTH}.${DIRECTORATE_OF_EHEALTH}.${COORDINATION}&asOf=2019-06-01&cmp=2024-06-01`;
    const { page, context } = await openExplorer(browser, url, { width: 1440, height: 900 });
    await page.waitForSelector("[data-testid=changes-list]");
    await waitForIdle(page);
    const listed = await page
      .locator("[data-testid=change]")
      .evaluateAll((els) => els.map((el) => `${el.getAttribute("data-kind")} ${el.getAttribute("data-id")}`));
    expect(listed).toEqual(changes.map((c) => `${c.kind} ${c.node?.id ?? c.edge?.id}`));
    const classes = await page.evaluate(
      (ids) => {
        const cy = (window as unknown as { __explorer: { cy: import("cytoscape").Core } }).__explorer.cy;
        return ids.map((id) => cy.getElementById(id).classes());
      },
      [DIRECTORATE_OF_EHEALTH, HEALTH_COORDINATES, DIRECTORATE_OF_HEALTH],
    );
    expect(classes[0]).toContain("ended");
    expect(classes[1]).toContain("started");
    expect(classes[2]).not.toContain("started");
    expect(classes[2]).not.toContain("ended");
    await expect(page.locator("[data-testid=compare-value]").textContent()).resolves.toBe("2024-06-01");
    await screenshot(page, "history-compare");

    // Switching compare off leaves one day, and no colours.
    await page.uncheck("[data-testid=compare-toggle]");
    await page.waitForSelector("[data-testid=changes-panel][hidden]", { state: "attached" });
    await waitForIdle(page);
    expect(await canvasNodes(page, ".started, .ended")).toEqual([]);
    expect(page.url()).not.toContain("cmp=");
    await context.close();
  });

  it("a malformed asOf in the address is ignored with a visible message, never a broken page", async () => {
    const { page, context, errors } = await openExplorer(browser, `${server.url}/?asOf=2019-99-01`, {
      width: 1440,
      height: 900,
    });
    await waitForIdle(page);
    await expect(page.locator("[data-testid=asof-error]").textContent()).resolves.toContain("2019-99-01");
    expect(await canvasNodes(page)).toContain("ministry-of-health-and-care-services");
    await expect(page.locator("[data-testid=asof-value]").textContent()).resolves.toBe("today");
    expect(page.url()).not.toContain("asOf=");
    expect(errors).toEqual([]);
    await screenshot(page, "history-bad-date");
    await context.close();
  });
});
