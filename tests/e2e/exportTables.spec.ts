/**
 * The CSV export gives one file per table (nodes, relationships), each with a byte-order mark so
 * that Excel reads æøå, with the relationship's wording and both ends of every period; the brief
 * names the day it shows instead of "today".
 */
import { readFile } from "node:fs/promises";
import type { Download, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openExplorer, useAppAndBrowser, waitForIdle } from "./browser.ts";

const session = useAppAndBrowser();

async function downloads(page: Page, testId: string, count: number): Promise<Download[]> {
  const found: Download[] = [];
  const all = new Promise<void>((resolve) => {
    page.on("download", (download) => {
      found.push(download);
      if (found.length === count) resolve();
    });
  });
  await page.click(`[data-testid=${testId}]`);
  await all;
  return found;
}

describe("exports a spreadsheet and a brief can stand on", () => {
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`writes nodes and relationships to two CSV files with a byte-order mark (${viewport.width}×${viewport.height})`, async () => {
      const { page, context } = await openExplorer(
        session.browser,
        `${session.server.url}/?asOf=2015-01-01`,
        viewport,
      );
      await waitForIdle(page);
      const files = await downloads(page, "export-csv", 2);
      const byName = new Map(files.map((d) => [d.suggestedFilename(), d]));
      const names = [...byName.keys()].sort();
      expect(names).toEqual([
        "norway-ehealth-ministry-of-health-and-care-services-tree-2015-01-01-nodes.csv",
        "norway-ehealth-ministry-of-health-and-care-services-tree-2015-01-01-relationships.csv",
      ]);
      for (const download of files) {
        const bytes = await readFile(await download.path());
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const text = bytes.toString("utf8").slice(1);
        const header = text.split("\r\n")[0] ?? "";
        expect(header.split(",")).toEqual(expect.arrayContaining(["validFrom", "validTo"]));
        // One table per file: its header comes once.
        expect(text.split("\r\n").filter((line) => line === header)).toHaveLength(1);
        if (download.suggestedFilename().includes("relationships")) expect(header).toContain("wording");
      }
      await context.close();
    });
  }

  it("dates the brief with the day it shows, not 'today'", async () => {
    const { page, context } = await openExplorer(session.browser, session.server.url, {
      width: 1440,
      height: 900,
    });
    await waitForIdle(page);
    const [brief] = await downloads(page, "export-brief", 1);
    if (!brief) throw new Error("no brief");
    const html = await readFile(await brief.path(), "utf8");
    const shown = /class="as-of">[^<]*<time>([^<]*)<\/time>/.exec(html)?.[1];
    expect(shown).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await context.close();
  });
});
