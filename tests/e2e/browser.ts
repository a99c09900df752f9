/**
 * Shared pieces of the explorer's end-to-end tests: the app server (tests/e2e/server.ts, or the
 * module named by E2E_SERVER_MODULE, shared by the run: tests/e2e/globalSetup.ts), headless Chromium from playwright-core, and screenshots.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { type AppServer, loadServerModule } from "./appServer.ts";

export type { AppServer } from "./appServer.ts";

/**
 * The run's shared app server (tests/e2e/globalSetup.ts). Its stop() does nothing: the server
 * outlives the file, and the global teardown stops it.
 */
export async function startApp(): Promise<AppServer> {
  const shared = inject("e2eApp");
  if (!shared) return startOwnApp();
  return { ...shared, stop: async () => {} };
}

/** An app server of this file's own, for a test that stops it. */
export async function startOwnApp(): Promise<AppServer> {
  return (await loadServerModule()).startAppServer();
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/**
 * One app server and one Chromium for a spec file: started before its first test (the first start
 * may build the explorer, hence the long limit) and stopped after its last, even when one failed.
 */
export function useAppAndBrowser(): { readonly server: AppServer; readonly browser: Browser } {
  let server: AppServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startApp();
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop().catch(() => {});
  });
  return {
    get server() {
      if (!server) throw new Error("the app server has not started (see beforeAll)");
      return server;
    },
    get browser() {
      if (!browser) throw new Error("the browser has not started (see beforeAll)");
      return browser;
    },
  };
}

/** Text as an HTML page writes it (the brief export escapes these five characters). */
export function escaped(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const SCREENSHOTS = join(import.meta.dirname, "screenshots");

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** Opens a page of the explorer and waits until it has loaded its first view. */
export async function openExplorer(browser: Browser, url: string, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForSelector("body[data-ready]", { timeout: 30_000 });
  return { page, context, errors };
}

/** Sends a GraphQL query to the app server, as the explorer does. */
export async function graphql<T>(baseUrl: string, query: string): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
  return body.data;
}

/** Node ids on the canvas matching a cytoscape selector. */
export function canvasNodes(page: Page, selector = "node"): Promise<string[]> {
  return page.evaluate(
    (sel) =>
      (
        window as unknown as {
          __explorer: { cy: { nodes(s: string): { map(f: (n: { id(): string }) => string): string[] } } };
        }
      ).__explorer.cy
        .nodes(sel)
        .map((n) => n.id()),
    selector,
  );
}

/** A node's position on the screen (page coordinates), for mouse interaction. */
export async function nodeOnScreen(page: Page, id: string): Promise<{ x: number; y: number }> {
  const rendered = await page.evaluate((nodeId) => {
    const cy = (
      window as unknown as {
        __explorer: { cy: { getElementById(i: string): { renderedPosition(): { x: number; y: number } } } };
      }
    ).__explorer.cy;
    return cy.getElementById(nodeId).renderedPosition();
  }, id);
  const box = await page.locator("[data-testid=graph-canvas]").boundingBox();
  if (!box) throw new Error("The graph canvas is not on screen");
  return { x: box.x + rendered.x, y: box.y + rendered.y };
}

/** A node's model position (graph coordinates). */
export function nodePosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((nodeId) => {
    const cy = (
      window as unknown as {
        __explorer: { cy: { getElementById(i: string): { position(): { x: number; y: number } } } };
      }
    ).__explorer.cy;
    const p = cy.getElementById(nodeId).position();
    return { x: p.x, y: p.y };
  }, id);
}

/**
 * Waits until the explorer is at rest: no request pending (no spinner) and neither the camera nor
 * any node animating. Tests wait for this state instead of for a fixed time.
 */
export async function waitForIdle(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const hook = (
        window as unknown as {
          __explorer?: {
            cy: {
              animated(): boolean;
              nodes(): { some(f: (n: { animated(): boolean }) => boolean): boolean };
            };
          };
        }
      ).__explorer;
      if (!hook || document.querySelector("[data-testid=loading]")) return false;
      return !hook.cy.animated() && !hook.cy.nodes().some((node) => node.animated());
    },
    undefined,
    { timeout, polling: 50 },
  );
}
