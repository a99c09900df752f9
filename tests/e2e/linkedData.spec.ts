/**
 * The open-data web in the browser: an entity's address opens the explorer with that node or
 * relationship selected, and the Export menu writes the view drawn as Turtle, JSON-LD, GraphML and
 * GEXF that real readers take, with every node on the canvas.
 */
import { readFileSync } from "node:fs";
import jsonld from "jsonld";
import { Parser } from "n3";
import { describe, expect, it } from "vitest";
import { canvasNodes, openExplorer, screenshot, useAppAndBrowser } from "./browser.ts";

const session = useAppAndBrowser();

describe("entity addresses and open-format exports in the explorer", () => {
  it("opens /id/<node> as the explorer with the node drawn and its panel open", async () => {
    const { page, context, errors } = await openExplorer(
      session.browser,
      `${session.server.url}/id/norsk-helsenett`,
    );
    await page.waitForSelector('[data-testid=node-panel][data-id="norsk-helsenett"]', { timeout: 30_000 });
    expect(await canvasNodes(page)).toContain("norsk-helsenett");
    expect(errors).toEqual([]);
    await screenshot(page, "linked-data-node-address");
    await context.close();
  });

  it("opens /id/<from|TYPE|to> as the explorer with the relationship's panel open", async () => {
    const id = "norsk-helsenett|RUNS|helsenorge";
    const { page, context } = await openExplorer(
      session.browser,
      `${session.server.url}/id/${encodeURIComponent(id)}`,
    );
    await page.waitForSelector(`[data-testid=edge-panel][data-id="${id}"]`, { timeout: 30_000 });
    // Its two ends are drawn with the root's tree, which every view now holds as of its day.
    expect(await canvasNodes(page)).toEqual(expect.arrayContaining(["helsenorge", "norsk-helsenett"]));
    await context.close();
  });

  it("exports the view as Turtle, JSON-LD, GraphML and GEXF with every node drawn", async () => {
    const { page, context } = await openExplorer(session.browser, session.server.url);
    const save = async (testid: string) => {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.click(`[data-testid=${testid}]`),
      ]);
      return readFileSync(await download.path()).toString("utf8");
    };
    const drawn = (await canvasNodes(page)).sort();
    const address = (id: string) => `${session.server.url}/id/${encodeURIComponent(id)}`;
    const quads = new Parser().parse(await save("export-ttl"));
    const identified = new Set(
      quads
        .filter((q) => q.predicate.value === "http://purl.org/dc/terms/identifier")
        .map((q) => q.subject.value),
    );
    for (const id of drawn) expect(identified, id).toContain(address(id));
    const expanded = await jsonld.expand(JSON.parse(await save("export-jsonld")) as object);
    expect(expanded.length).toBeGreaterThanOrEqual(drawn.length);
    for (const format of ["graphml", "gexf"]) {
      const text = await save(`export-${format}`);
      const ids = [...text.matchAll(/<node id="([^"]+)"/g)].map((m) => m[1]).sort();
      expect(ids, format).toEqual(drawn);
    }
    await context.close();
  });
});
