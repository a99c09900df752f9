/**
 * Norwegian throughout: with lang=no the details panel and
 * the one-page brief show each node's Norwegian description, not the English one; where a node
 * has no Norwegian description (here: one removed from the app's own throw-away Neo4j) the English
 * text stands in, marked "(på engelsk)". Screenshots: tests/e2e/screenshots/norwegian-description-*.png.
 */
import { readFile } from "node:fs/promises";
import neo4j from "neo4j-driver";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { escaped, graphql, openExplorer, screenshot, useAppAndBrowser, waitForIdle } from "./browser.ts";

const MINISTRY = "ministry-of-health-and-care-services";

const session = useAppAndBrowser();

interface Texts {
  name: string;
  nameNo: string | null;
  description: string;
  descriptionNo: string | null;
}

function textsOf(id: string): Promise<Texts> {
  return graphql<{ node: Texts }>(
    session.server.url,
    `{ node(id: "${id}") { name nameNo description descriptionNo } }`,
  ).then((data) => data.node);
}

/** Finds a node with the search box and opens its panel, as a user does. */
async function openPanel(page: Page, text: string, id: string) {
  await page.fill("[data-testid=search-input]", text);
  await page.click(`[data-testid=search-option][data-id="${id}"]`);
  const panel = page.locator(`[data-testid=node-panel][data-id="${id}"]`);
  await panel.waitFor();
  return panel;
}

describe("Norwegian node descriptions", () => {
  it("the panel opened in /?lang=no shows the node's Norwegian description, and English after the switch", async () => {
    const texts = await textsOf("kjernejournal");
    expect(texts.descriptionNo).toBeTruthy();
    const { page, context, errors } = await openExplorer(session.browser, `${session.server.url}/?lang=no`, {
      width: 1440,
      height: 900,
    });
    const panel = await openPanel(page, "Kjernejournal", "kjernejournal");
    const description = panel.locator("[data-testid=node-description]");
    await expect(description.textContent()).resolves.toBe(texts.descriptionNo);
    await expect(description.getAttribute("lang")).resolves.toBe("nb");
    await expect(panel.locator("[data-testid=description-other-language]").count()).resolves.toBe(0);
    await expect(panel.textContent()).resolves.not.toContain(texts.description);
    await screenshot(page, "norwegian-description-panel");

    // The same panel in English shows the English description (the switch re-renders it).
    await page.click("[data-testid=language-toggle]");
    await page.waitForFunction(() => document.documentElement.lang === "en");
    await expect(description.textContent()).resolves.toBe(texts.description);
    await expect(description.getAttribute("lang")).resolves.toBe("en");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a node without a Norwegian description shows the English one, marked (på engelsk)", async () => {
    if (!session.server.neo4j)
      throw new Error("the app server exposes no Neo4j to remove a description from");
    const { uri, user, password } = session.server.neo4j;
    const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
    const before = await textsOf("helsecert");
    try {
      // As a node made through the generated mutations would be: English only.
      await driver.executeQuery("MATCH (n:Entity {id: 'helsecert'}) REMOVE n.descriptionNo");
      expect((await textsOf("helsecert")).descriptionNo).toBeNull();
      const { page, context } = await openExplorer(session.browser, `${session.server.url}/?lang=no`, {
        width: 1440,
        height: 900,
      });
      const panel = await openPanel(page, "HelseCERT", "helsecert");
      const description = panel.locator("[data-testid=node-description]");
      await expect(description.getAttribute("lang")).resolves.toBe("en");
      await expect(description.textContent()).resolves.toBe(`${before.description} (på engelsk)`);
      await expect(panel.locator("[data-testid=description-other-language]").textContent()).resolves.toBe(
        " (på engelsk)",
      );
      await screenshot(page, "norwegian-description-english-stand-in");
      await context.close();
    } finally {
      await driver.executeQuery("MATCH (n:Entity {id: 'helsecert'}) SET n.descriptionNo = $text", {
        text: before.descriptionNo,
      });
      await driver.close();
    }
  });

  it("the brief exported in Norwegian gives the shown nodes' Norwegian descriptions", async () => {
    const ministry = await textsOf(MINISTRY);
    const { page, context, errors } = await openExplorer(session.browser, `${session.server.url}/?lang=no`, {
      width: 1440,
      height: 900,
    });
    await waitForIdle(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click("[data-testid=export-brief]"),
    ]);
    const html = await readFile(await download.path(), "utf8");
    expect(html).toContain(escaped(`${ministry.nameNo}`));
    expect(html).toContain(escaped(`${ministry.descriptionNo}`));
    expect(html).not.toContain(escaped(ministry.description));
    expect(html).not.toContain("(på engelsk)");
    expect(errors).toEqual([]);
    await context.close();
  });
});
