/**
 * The data release in the explorer: the footer names it; a link made with an older release (or
 * before releases were recorded) opens with a notice listing the corrections that came since,
 * exactly those `corrections(since:)` answers, and is rewritten to record the current release; a
 * fact's panel lists its own corrections; a citation's quote is shown in the document's language.
 * Screenshots: tests/e2e/screenshots/release-*.png.
 */
import { describe, expect, it } from "vitest";
import { graphql, openExplorer, screenshot, useAppAndBrowser, waitForIdle } from "./browser.ts";

const session = useAppAndBrowser();

interface Release {
  dataRelease: { version: string; releases: string[] };
}

async function release(): Promise<Release["dataRelease"]> {
  return (await graphql<Release>(session.server.url, "{ dataRelease { version releases } }")).dataRelease;
}

describe("the data release in the explorer", () => {
  it("tells an older shared link how many corrections came since, lists them, and then records the current release", async () => {
    const { version, releases } = await release();
    const older = releases[0] ?? "";
    expect(older).not.toBe(version);
    const { corrections } = await graphql<{ corrections: { item: string }[] }>(
      session.server.url,
      `{ corrections(since: "${older}") { item } }`,
    );
    expect(corrections.length).toBeGreaterThan(0);
    const { page, context, errors } = await openExplorer(
      session.browser,
      `${session.server.url}/?s=helsenorge&rel=${older}`,
      { width: 1440, height: 900 },
    );
    await page.waitForSelector("[data-testid=release-notice]:not([hidden])");
    await waitForIdle(page);
    await expect(
      page.locator("[data-testid=release-notice-list] [data-testid=correction]").count(),
    ).resolves.toBe(corrections.length);
    await expect(page.locator("[data-testid=release-notice-text]").textContent()).resolves.toContain(
      `${corrections.length} corrections`,
    );
    await expect(page.locator("[data-testid=release-footer]").textContent()).resolves.toContain(version);
    expect(new URL(page.url()).searchParams.get("rel")).toBe(version);
    await screenshot(page, "release-notice");
    await page.focus("[data-testid=release-notice-dismiss]");
    await page.keyboard.press("Enter");
    await page.waitForSelector("[data-testid=release-notice]", { state: "hidden" });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("says nothing to a link made with the current release, nor to a plain visit", async () => {
    const { version } = await release();
    // A language and a tab, typed by hand, show no data: that is a plain visit too.
    for (const address of [`/?s=helsenorge&rel=${version}`, "/", "/?lang=no&v=query"]) {
      const { page, context } = await openExplorer(session.browser, `${session.server.url}${address}`);
      await waitForIdle(page);
      await page.waitForSelector("[data-testid=release-footer]:not([hidden])");
      await expect(page.locator("[data-testid=release-notice]").isHidden()).resolves.toBe(true);
      await context.close();
    }
  });

  it("lists a fact's corrections in its panel", async () => {
    const id = "cancer-specific-ehealth-solutions";
    const { page, context } = await openExplorer(session.browser, `${session.server.url}/?n=${id}&s=${id}`);
    await page.waitForSelector(`[data-testid=node-panel][data-id="${id}"] [data-testid=panel-corrections]`);
    await expect(
      page.locator(`[data-testid=panel-corrections] [data-testid=correction][data-item="${id}"]`).count(),
    ).resolves.toBeGreaterThan(0);
    await context.close();
  });

  it("shows a citation's quote in the document's language, marked as English in Norwegian", async () => {
    const { node } = await graphql<{
      node: { sources: { quote: string | null; language: string | null }[] };
    }>(session.server.url, '{ node(id: "helsenorge") { sources { quote language } } }');
    const quoted = node.sources.find((source) => source.quote !== null);
    expect(quoted).toBeDefined();
    const { page, context } = await openExplorer(
      session.browser,
      `${session.server.url}/?n=helsenorge&s=helsenorge&lang=no`,
      {
        width: 1440,
        height: 900,
      },
    );
    const quote = page
      .locator('[data-testid=node-panel][data-id="helsenorge"] [data-testid=source-quote]')
      .first();
    await page.waitForSelector('[data-testid=node-panel][data-id="helsenorge"]');
    await waitForIdle(page);
    await quote.waitFor();
    await expect(quote.getAttribute("lang")).resolves.toBe("en");
    await expect(
      page
        .locator('[data-testid=node-panel][data-id="helsenorge"] [data-testid=source-quote]')
        .allTextContents(),
    ).resolves.toContain(quoted?.quote);
    await expect(page.locator(".source-quote").first().textContent()).resolves.toContain("(på engelsk)");
    await screenshot(page, "release-quote");
    await context.close();
  });
});
