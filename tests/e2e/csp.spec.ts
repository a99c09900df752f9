/**
 * The explorer under its Content-Security-Policy: the page, its graph canvas and the CodeMirror
 * query editor work, and Chromium reports no policy violation while they do.
 */
import { describe, expect, it } from "vitest";
import { canvasNodes, useAppAndBrowser } from "./browser.ts";

const session = useAppAndBrowser();

describe("the explorer under its security headers", () => {
  it("draws the graph and runs a query in the editor without a CSP violation", async () => {
    const head = await fetch(session.server.url);
    expect(head.headers.get("content-security-policy")).toContain("script-src 'self'");
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
    // Listening before the first byte: a violation while the page loads counts too.
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) =>
        console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const page = await context.newPage();
    const violations: string[] = [];
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.text().includes("Content Security Policy")) violations.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(session.server.url);
    await page.waitForSelector("body[data-ready]", { timeout: 30_000 });
    expect((await canvasNodes(page)).length).toBeGreaterThan(0);
    await page.click("[data-testid=tab-query]");
    await page.waitForSelector(".cm-editor", { timeout: 20_000 });
    await page.selectOption("[data-testid=preset-select]", "governance");
    await page.click("[data-testid=run-query]");
    await page.locator("[data-testid=result-graph]").waitFor({ timeout: 20_000 });
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
