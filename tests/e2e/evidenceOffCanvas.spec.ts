/**
 * A relationship's evidence opens from the node panel whatever the canvas draws: the panel lists
 * relationships whose other end is not on the canvas, and their "evidence" must still show the
 * relationship, its sources and any conflict note, loaded by the relationship's id from the API.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { canvasNodes, graphql, openExplorer, screenshot, useAppAndBrowser, waitForIdle } from "./browser.ts";

const session = useAppAndBrowser();

interface Edge {
  id: string;
  source: string;
  target: string;
  conflict: string | null;
}

async function nameOf(id: string): Promise<string> {
  const { node } = await graphql<{ node: { name: string } }>(
    session.server.url,
    `{ node(id: "${id}") { name } }`,
  );
  return node.name;
}

async function sourceCount(id: string): Promise<number> {
  const { evidence } = await graphql<{ evidence: unknown[] }>(
    session.server.url,
    `{ evidence(id: "${id}") { document } }`,
  );
  return evidence.length;
}

/** Opens `from`'s panel by search, then the "evidence" of its relationship to `other`. */
async function openEvidence(page: Page, from: string, other: string): Promise<void> {
  await page.fill("[data-testid=search-input]", await nameOf(from));
  await page.click(`[data-testid=search-option][data-id="${from}"]`);
  const panel = page.locator(`[data-testid=node-panel][data-id="${from}"]`);
  await panel.waitFor();
  const otherName = await nameOf(other);
  const item = panel.locator("li", { has: page.locator(`button[aria-label$="${otherName}"]`) }).first();
  await item.waitFor({ timeout: 15_000 });
  await item.locator("button.small").click();
  await waitForIdle(page);
}

const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
];

describe("evidence of a relationship whose other end is not drawn", () => {
  for (const viewport of VIEWPORTS) {
    it(`opens the relationship with its sources at ${viewport.width}×${viewport.height}`, async () => {
      const edge = "helsenorge|RELATED_TO|national-ehealth-coordination";
      const { page, context, errors } = await openExplorer(session.browser, session.server.url, viewport);
      await openEvidence(page, "helsenorge", "national-ehealth-coordination");
      const panel = page.locator(`[data-testid=edge-panel][data-id="${edge}"]`);
      await panel.waitFor({ timeout: 15_000 });
      expect(await canvasNodes(page)).not.toContain("national-ehealth-coordination");
      await expect(page.locator("[role=alert]:visible").count()).resolves.toBe(0);
      await expect(panel.locator("[data-testid=sources] li").count()).resolves.toBe(await sourceCount(edge));
      await screenshot(page, `evidence-off-canvas-${viewport.width}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it("reaches a conflict's explanation from the node panel", async () => {
    const { conflicts } = await graphql<{ conflicts: { edges: Edge[] } }>(
      session.server.url,
      "{ conflicts { edges { id source target conflict } } }",
    );
    const edge =
      conflicts.edges.find(
        (e) => e.id === "norwegian-health-economics-administration|MANAGES|national-insurance-scheme",
      ) ?? conflicts.edges[0];
    if (!edge?.conflict) throw new Error("The graph records no conflict");
    const { page, context } = await openExplorer(session.browser, session.server.url, {
      width: 1440,
      height: 900,
    });
    await openEvidence(page, edge.source, edge.target);
    const panel = page.locator(`[data-testid=edge-panel][data-id="${edge.id}"]`);
    await panel.waitFor({ timeout: 15_000 });
    await expect(panel.locator("[data-testid=edge-conflict]").textContent()).resolves.toBe(
      `⚠ ${edge.conflict}`,
    );
    await context.close();
  });
});
