/**
 * Issue 12's leftovers: every interface label in Norwegian with lang=no (capability 6), the graph
 * outline as one keyboard stop with arrow keys (capability 7), the query tab's variables in the
 * shared link (capability 3), and an SVG export that keeps the trace colours with labels that do
 * not overlap. Screenshots: tests/e2e/screenshots/leftovers-*.png.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { graphql, openExplorer, screenshot, useAppAndBrowser, waitForIdle } from "./browser.ts";
import { overlappingLabels, visibleSvgLabels } from "./svgLabels.ts";

const MINISTRY = "ministry-of-health-and-care-services";
const OUTLINE = 'ul[aria-label="Graph outline"]';

/**
 * English labels the interface used to show in lang=no (the older panels and the query tab). Data
 * (node descriptions, document titles) may be English still; these are the interface's own words.
 */
const ENGLISH_LABELS = [
  "Relationships",
  "Sources",
  "Facts and figures",
  "Collapse",
  "Expand neighbours",
  "Expand only",
  "Expand chosen types",
  "Trace to SDGs",
  "No source recorded",
  "Close the details panel",
  "Details of this",
  "evidence",
  "Basis",
  "Strength",
  "Run ▶",
  "Docs",
  "Preset queries",
  "Result views",
  "Query explorer",
  "Table",
  "Statement 1",
  "Parameters",
  "Open in the graph view",
  "Show or hide",
  "Ctrl/⌘-Enter runs",
  "Loading",
  "Graph controls",
  "Graph canvas",
  "How strongly",
  "most direct",
  "Views",
];

const session = useAppAndBrowser();

/**
 * The interface's words on the page: text and the attributes people see or hear (aria-label,
 * title, placeholder), leaving out data: node descriptions and cited document titles.
 */
function interfaceText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // Data, not interface: descriptions, citations, the correction log's entries, the query's code, result cells, and the
    // schema's own names and descriptions in the Docs pane (its search box is checked below).
    const data =
      ".description, .sources, .corrections, .conflict-box, .cm-editor, pre, .result-table td, .outline-list";
    // A document's own words quoted in its language (marked lang="en") are data too.
    const textOnly = `${data}, .docs, q[lang="en"]`;
    const words: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest(textOnly) || parent.closest("[hidden], script, style")) continue;
      const text = node.textContent?.trim();
      if (text) words.push(text);
    }
    for (const element of document.body.querySelectorAll("[aria-label], [title], [placeholder]")) {
      if (element.closest(data) || element.closest("[hidden]")) continue;
      for (const name of ["aria-label", "title", "placeholder"]) {
        const value = element.getAttribute(name);
        // The outline's accessible name is a contract, kept in English on purpose.
        // An English quotation that the words themselves mark as English is the document's, not ours.
        if (value && value !== "Graph outline") words.push(value.replace(/“[^”]*” \(engelsk\)/g, ""));
      }
    }
    return words;
  });
}

async function expectNoEnglishLabels(page: Page, where: string): Promise<void> {
  const text = await interfaceText(page);
  const found = ENGLISH_LABELS.filter((label) =>
    text.some((words) =>
      new RegExp(`(^|[^\\p{L}])${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "u").test(words),
    ),
  );
  expect(found, where).toEqual([]);
}

describe("Norwegian throughout (lang=no)", () => {
  it("shows none of the old English labels in the node panel, edge panel, matrix and every query tab", async () => {
    const { page, context, errors } = await openExplorer(
      session.browser,
      `${session.server.url}/?lang=no&s=${MINISTRY}`,
    );
    await page.waitForSelector("[data-testid=relationships]", { timeout: 20_000 });
    await page.click("[data-testid=expand-menu] summary");
    await page.waitForSelector("[data-testid=expand-types]");
    await expectNoEnglishLabels(page, "node panel");
    await expect(page.locator("[data-testid=trace]").textContent()).resolves.toBe(
      "Spor til bærekraftsmålene",
    );
    await expect(page.title()).resolves.toBe("Norsk e-helsestyring — utforsker");
    await screenshot(page, "leftovers-no-node-panel");

    // An edge drawn on the canvas, opened by its id as a shared link does.
    const edgeId = await page.evaluate(
      () =>
        (window as unknown as { __explorer: { cy: { edges(): { id(): string }[] } } }).__explorer.cy
          .edges()[0]
          ?.id() ?? "",
    );
    await page.goto(`${session.server.url}/?lang=no&s=${encodeURIComponent(edgeId)}`);
    await page.waitForSelector("[data-testid=edge-panel]", { timeout: 20_000 });
    await expectNoEnglishLabels(page, "edge panel");
    await screenshot(page, "leftovers-no-edge-panel");

    await page.click("[data-testid=tab-matrix]");
    await page.waitForSelector("[data-testid=matrix]", { timeout: 20_000 });
    await expectNoEnglishLabels(page, "matrix");

    await page.click("[data-testid=tab-query]");
    await page.waitForSelector(".cm-editor", { timeout: 20_000 });
    await page.click("[data-testid=toggle-docs]");
    await page.waitForSelector("[data-testid=docs-type]");
    await page.click("[data-testid=toggle-history]");
    await page.selectOption("[data-testid=preset-select]", "governance");
    await page.click("[data-testid=run-query]");
    await page.waitForSelector("[data-testid=result-graph]", { timeout: 20_000 });
    await expectNoEnglishLabels(page, "query tab, graph result");
    await screenshot(page, "leftovers-no-query-graph");
    for (const tab of ["table", "json", "cypher"]) {
      await page.click(`[data-testid=result-tab-${tab}]`);
      await page.waitForSelector(`[data-testid=result-tab-${tab}][aria-selected=true]`);
      await expectNoEnglishLabels(page, `query tab, ${tab} result`);
    }
    await page.waitForSelector("[data-testid=result-cypher]");
    await screenshot(page, "leftovers-no-query-cypher");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("switches the query tab's labels with the language toggle, without a reload", async () => {
    const { page, context } = await openExplorer(session.browser, `${session.server.url}/?v=query&lang=no`);
    const run = page.locator("[data-testid=run-query]");
    await expect(run.textContent()).resolves.toBe("Kjør ▶");
    await page.click("[data-testid=language-toggle]");
    await page.waitForFunction(() => document.documentElement.lang === "en");
    await expect(run.textContent()).resolves.toBe("Run ▶");
    await expect(page.locator("[data-testid=result-tab-table]").textContent()).resolves.toBe("Table");
    await page.click("[data-testid=language-toggle]");
    await page.waitForFunction(() => document.documentElement.lang === "nb");
    await expect(run.textContent()).resolves.toBe("Kjør ▶");
    await expect(page.locator("[data-testid=result-tab-table]").textContent()).resolves.toBe("Tabell");
    await context.close();
  });
});

/** The outline item that has the focus, by node id. */
const focusedItem = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest("li")?.getAttribute("data-node-id") ?? null);

describe("the graph outline from the keyboard", () => {
  it("is one stop in the tab order; arrows, Home and End move through it and Enter opens the panel", async () => {
    const { page, context } = await openExplorer(session.browser, session.server.url);
    await waitForIdle(page);
    const ids = await page
      .locator(`${OUTLINE} > li`)
      .evaluateAll((items) => items.map((item) => item.getAttribute("data-node-id") ?? ""));
    expect(ids.length).toBeGreaterThan(3);
    const stops = await page.locator(`${OUTLINE} button[tabindex="0"]`).count();
    expect(stops).toBe(1);

    // Keyboard only: the skip link, then into the list.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    expect(await focusedItem(page)).toBe(ids[0]);
    await page.keyboard.press("ArrowDown");
    expect(await focusedItem(page)).toBe(ids[1]);
    await page.keyboard.press("ArrowDown");
    expect(await focusedItem(page)).toBe(ids[2]);
    await page.keyboard.press("ArrowUp");
    expect(await focusedItem(page)).toBe(ids[1]);
    await page.keyboard.press("End");
    expect(await focusedItem(page)).toBe(ids.at(-1));
    await page.keyboard.press("Home");
    expect(await focusedItem(page)).toBe(ids[0]);
    await page.keyboard.press("ArrowDown");
    // Still one stop: the item the user is on, so Tab leaves the list in one press.
    await expect(page.locator(`${OUTLINE} button[tabindex="0"]`).count()).resolves.toBe(1);
    await expect(
      page.locator(`${OUTLINE} li[data-node-id="${ids[1]}"] button`).getAttribute("tabindex"),
    ).resolves.toBe("0");
    await page.keyboard.press("Enter");
    await page.waitForSelector(`[data-testid=node-panel][data-id="${ids[1]}"]`);
    await screenshot(page, "leftovers-outline-keyboard");
    // Shift+Tab from the panel's side comes back to the same item, not to the first.
    await page.keyboard.press("Tab");
    const left = await page.evaluate(() => document.activeElement?.closest("ul")?.getAttribute("aria-label"));
    expect(left).not.toBe("Graph outline");
    await page.keyboard.press("Shift+Tab");
    expect(await focusedItem(page)).toBe(ids[1]);
    await context.close();
  });
});

const AROUND = `query Around($id: ID!) {
  neighbourhood(id: $id) {
    nodes { id type name }
    edges { id source target type }
  }
}`;

describe("a shared query link", () => {
  it("holds the variables beside the query text, and opening it restores and sends them", async () => {
    const { page, context } = await openExplorer(session.browser, `${session.server.url}/?v=query`);
    await page.waitForSelector(".cm-editor", { timeout: 20_000 });
    await page.click(".cm-content");
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    await page.keyboard.insertText(AROUND);
    await page.fill("[data-testid=query-variables]", '{"id": "kjernejournal"}');
    await page.waitForFunction(() => new URL(window.location.href).searchParams.has("qv"));
    const shared = page.url();
    await context.close();

    const second = await openExplorer(session.browser, shared);
    const sent: unknown[] = [];
    second.page.on("request", (request) => {
      if (request.url().endsWith("/graphql") && request.method() === "POST")
        sent.push(request.postDataJSON());
    });
    await second.page.waitForSelector(".cm-editor", { timeout: 20_000 });
    await expect(second.page.locator("[data-testid=query-variables]").inputValue()).resolves.toBe(
      '{"id": "kjernejournal"}',
    );
    // A query link runs when opened: with its variables, it draws Kjernejournal's neighbourhood.
    const graph = second.page.locator("[data-testid=result-graph]");
    await graph.waitFor({ timeout: 20_000 });
    expect(Number(await graph.getAttribute("data-nodes"))).toBeGreaterThan(1);
    await second.page.click("[data-testid=run-query]");
    await second.page.waitForSelector("[data-testid=result-graph]", { timeout: 20_000 });
    expect(sent).toContainEqual(expect.objectContaining({ variables: { id: "kjernejournal" } }));
    await screenshot(second.page, "leftovers-shared-variables");
    await second.context.close();
  });
});

/** A node whose trace to the SDGs has a disputed step (conflict note), so the export must show red. */
async function disputedTraceStart(): Promise<string> {
  const { conflicts } = await graphql<{ conflicts: { edges: { id: string; source: string }[] } }>(
    session.server.url,
    "{ conflicts { edges { id source } } }",
  );
  for (const edge of conflicts.edges) {
    const { traceToSdgs } = await graphql<{ traceToSdgs: { paths: { steps: { id: string }[] }[] } }>(
      session.server.url,
      `{ traceToSdgs(fromId: "${edge.source}") { paths { steps { id } } } }`,
    );
    if (traceToSdgs.paths.some((path) => path.steps.some((step) => step.id === edge.id))) return edge.source;
  }
  throw new Error("No relationship with a conflict note lies on a trace to the SDGs");
}

describe("the SVG export", () => {
  it("keeps the trace and conflict colours, and no two visible labels overlap", async () => {
    const source = await disputedTraceStart();
    const { page, context } = await openExplorer(session.browser, `${session.server.url}/?t=${source}`);
    await page.waitForFunction(
      () =>
        (
          window as unknown as { __explorer: { cy: { nodes(s: string): { length: number } } } }
        ).__explorer.cy.nodes("node.traced").length > 2,
      undefined,
      { timeout: 20_000 },
    );
    await waitForIdle(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click("[data-testid=export-svg]"),
    ]);
    const svg = readFileSync(await download.path()).toString("utf8");
    // The trace's green (#059669) on edges and node borders, the conflict red (#dc2626) on a disputed step.
    expect(svg.toLowerCase()).toMatch(/#059669|rgb\(5, ?150, ?105\)/);
    expect(svg.toLowerCase()).toMatch(/#dc2626|rgb\(220, ?38, ?38\)/);

    const svgPage = await context.newPage();
    await svgPage.setContent(svg);
    const labels = await visibleSvgLabels(svgPage);
    const overlaps = { count: labels.length, pairs: overlappingLabels(labels) };
    await screenshot(svgPage, "leftovers-svg-export");
    expect(overlaps.count).toBeGreaterThan(5);
    expect(overlaps.pairs).toEqual([]);
    await context.close();
  });
});
