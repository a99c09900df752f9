/**
 * On a touch screen a native tooltip never shows: the node panel's "⚠ conflict" tag said why the
 * sources disagree only in its title attribute. Tapped, it now shows the note on the page.
 * Screenshot: tests/e2e/screenshots/touch-conflict-note.png.
 */
import { describe, it } from "vitest";
import { graphql, screenshot, useAppAndBrowser } from "./browser.ts";

const session = useAppAndBrowser();

describe("reasons on a touch screen (390×844)", () => {
  it("shows why the sources of a relationship conflict when its tag is tapped", async () => {
    const { conflicts } = await graphql<{ conflicts: { edges: { source: string; conflict: string }[] } }>(
      session.server.url,
      "{ conflicts { edges { source conflict } } }",
    );
    const disputed = conflicts.edges.find((edge) => edge.source === "helsenorge") ?? conflicts.edges[0];
    if (!disputed) throw new Error("The graph records no conflict");

    const context = await session.browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    await page.goto(`${session.server.url}/?n=${disputed.source}&s=${disputed.source}`);
    const tag = page
      .locator(`[data-testid=node-panel][data-id="${disputed.source}"] [data-testid=conflict-note]`)
      .first();
    await tag.locator("summary").tap({ timeout: 60_000 });
    const note = tag.getByText(disputed.conflict, { exact: true });
    await note.waitFor({ state: "visible" });
    await note.scrollIntoViewIfNeeded();
    await screenshot(page, "touch-conflict-note");
    await context.close();
  });
});
