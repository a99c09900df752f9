/**
 * Issue 12, capability 4 (a path between two nodes, chosen from the node panel, drawn with its
 * evidence, shared in the URL as path=fromId~toId) and capability 3's one-page brief (Export →
 * Brief (HTML): a self-contained file with the picture, the legend and every shown fact with its
 * numbered sources). Expectations come from the API. Screenshots: tests/e2e/screenshots/path-*.png.
 */
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { escaped, graphql, openExplorer, screenshot, useAppAndBrowser, waitForIdle } from "./browser.ts";

interface Edge {
  id: string;
  basis: string;
  conflict: string | null;
  sources: { title: string; url: string | null }[];
}
interface Source {
  title: string;
  section: string;
  paragraph: number | null;
  url: string | null;
}

const session = useAppAndBrowser();

const FROM = "norsk-helsenett";
/** The other end for the "no path" answer (the network layer gives that answer; see that test). */
const OTHER = "department-of-ehealth";

/** The far end: an SDG that Norsk helsenett's trace reaches, so that a path of several steps exists. */
async function findFarEnd(): Promise<{ id: string; edges: Edge[] }> {
  const { traceToSdgs } = await graphql<{ traceToSdgs: { sdgs: { id: string }[] } }>(
    session.server.url,
    `{ traceToSdgs(fromId: "${FROM}") { sdgs { id } } }`,
  );
  const id = traceToSdgs.sdgs.at(-1)?.id;
  if (!id) throw new Error(`${FROM} reaches no SDG`);
  const { shortestPath } = await graphql<{ shortestPath: { edges: Edge[] } }>(
    session.server.url,
    `{ shortestPath(fromId: "${FROM}", toId: "${id}") { edges { id basis conflict sources { title url } } } }`,
  );
  return { id, edges: shortestPath.edges };
}

let far: Promise<{ id: string; edges: Edge[] }> | undefined;

/**
 * Found once for the spec, with up to three tries: these are the first queries a freshly started
 * server answers, and on a busy machine its cold caches can pass the 5 s query limit
 * (QUERY_TIMEOUT_MS) once. A failure that lasts still fails the test, with its own message.
 */
function farEnd(): Promise<{ id: string; edges: Edge[] }> {
  far ??= (async () => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await findFarEnd();
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
  })();
  return far;
}

async function openNode(page: Page, id: string): Promise<void> {
  const { node } = await graphql<{ node: { name: string } }>(
    session.server.url,
    `{ node(id: "${id}") { name } }`,
  );
  await page.fill("[data-testid=search-input]", node.name);
  await page.click(`[data-testid=search-option][data-id="${id}"]`);
  await page.waitForSelector(`[data-testid=node-panel][data-id="${id}"]`);
}

function pathClasses(page: Page): Promise<{ on: string[]; off: number }> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __explorer: { cy: import("cytoscape").Core } }).__explorer.cy;
    return { on: cy.elements(".on-path").map((e) => e.id()), off: cy.elements(".off-path").length };
  });
}

describe("the path between two nodes", () => {
  it("is chosen from the node panel, drawn highlighted with each step's evidence, kept in the URL and cleared", async () => {
    const to = await farEnd();
    expect(to.edges.length).toBeGreaterThan(1);
    const { page, context, errors } = await openExplorer(session.browser, session.server.url, {
      width: 1440,
      height: 900,
    });
    await openNode(page, FROM);
    await page.click(`[data-testid=node-panel][data-id="${FROM}"] [data-testid=path-from]`);
    await page.waitForSelector("[data-testid=path-panel] [data-testid=path-choosing]");

    await openNode(page, to.id);
    await page.click(`[data-testid=node-panel][data-id="${to.id}"] [data-testid=path-to]`);
    await page.waitForSelector("[data-testid=path-panel] [data-testid=path-steps]");
    await waitForIdle(page);

    // The panel lists the API's steps, each badged by its basis, a conflict with its note, and cited.
    const steps = page.locator("[data-testid=path-step]");
    const shown = await steps.evaluateAll((els) => els.map((el) => el.getAttribute("data-edge")));
    expect([...shown].sort()).toEqual(to.edges.map((e) => e.id).sort());
    for (const edge of to.edges) {
      const step = page.locator(`[data-testid=path-step][data-edge="${edge.id}"]`);
      const marks = (await step.getAttribute("data-marks"))?.split(" ") ?? [];
      expect(marks).toContain(edge.basis === "inferred" ? "inferred" : "stated");
      if (edge.conflict) {
        expect(marks).toContain("conflict");
        await expect(step.locator("[data-testid=conflict-note]").textContent()).resolves.toBe(
          `⚠ ${edge.conflict}`,
        );
      }
      const first = edge.sources[0];
      if (first) {
        await expect(step.locator("[data-testid=sources] li").first().textContent()).resolves.toContain(
          first.title,
        );
        if (first.url?.startsWith("http"))
          // The link is the address as the browser normalises it (non-ASCII characters escaped).
          expect(
            await step.locator(`[data-testid=sources] a[href="${new URL(first.url).href}"]`).count(),
          ).toBeGreaterThan(0);
      }
    }
    // On the canvas the path's nodes and steps stand out and the rest dims.
    const classes = await pathClasses(page);
    expect(classes.on).toEqual(expect.arrayContaining([FROM, to.id, ...to.edges.map((e) => e.id)]));
    expect(classes.off).toBeGreaterThan(0);
    // The path is part of the shared scene (URLSearchParams writes '~' as %7E).
    expect(new URL(page.url()).searchParams.get("path")).toBe(`${FROM}~${to.id}`);
    await screenshot(page, "path-drawn");

    await page.click("[data-testid=path-clear]");
    await page.waitForSelector("[data-testid=path-panel]", { state: "detached" });
    expect((await pathClasses(page)).on).toEqual([]);
    expect(new URL(page.url()).searchParams.get("path")).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("is drawn again from a shared link with path=fromId~toId", async () => {
    const to = await farEnd();
    const { page, context, errors } = await openExplorer(
      session.browser,
      `${session.server.url}/?path=${FROM}~${to.id}`,
      {
        width: 1440,
        height: 900,
      },
    );
    await page.waitForSelector("[data-testid=path-panel] [data-testid=path-steps]");
    await waitForIdle(page);
    await expect(page.locator("[data-testid=path-step]").count()).resolves.toBe(to.edges.length);
    expect((await pathClasses(page)).on).toEqual(expect.arrayContaining(to.edges.map((e) => e.id)));
    // Esc clears the path first (it is the topmost panel).
    await page.keyboard.press("Escape");
    await page.waitForSelector("[data-testid=path-panel]", { state: "detached" });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("says clearly when no path joins the two nodes", async () => {
    const { page, context } = await openExplorer(session.browser, session.server.url, {
      width: 1440,
      height: 900,
    });
    // The API answers an empty subgraph when nothing joins the ends on the day; the seed graph is
    // connected, so that answer is given here by the network layer, for this query only.
    await page.route("**/graphql", async (route) => {
      const body = route.request().postData() ?? "";
      if (!body.includes("ShortestPath")) return route.continue();
      return route.fulfill({
        contentType: "application/json",
        body: JSON.stringify({ data: { shortestPath: { nodes: [], edges: [] } } }),
      });
    });
    // Each click names its node's panel, and each step waits for the state it leads to: a click
    // that missed (the server banner can shift the page on a busy machine) fails here, by name.
    await openNode(page, FROM);
    await page.click(`[data-testid=node-panel][data-id="${FROM}"] [data-testid=path-from]`);
    await page.waitForSelector("[data-testid=path-panel] [data-testid=path-choosing]");
    await openNode(page, OTHER);
    await page.click(`[data-testid=node-panel][data-id="${OTHER}"] [data-testid=path-to]`);
    // The request always ends in a state the reader sees (here: found, with no steps).
    const ended = page.locator("[data-testid=path-panel]:not([data-phase=loading])");
    await ended.waitFor();
    expect(await ended.getAttribute("data-phase")).toBe("ready");
    await page.waitForSelector("[data-testid=path-none]");
    await expect(page.locator("[data-testid=path-none]").textContent()).resolves.toContain("No path");
    expect((await pathClasses(page)).on).toEqual([]);
    await screenshot(page, "path-none");
    await context.close();
  });

  it("names the failure when a shared link's end does not exist", async () => {
    const { page, context } = await openExplorer(
      session.browser,
      `${session.server.url}/?path=${FROM}~no-such-node`,
    );
    await page.waitForSelector("[data-testid=path-failed]");
    await expect(page.locator("[data-testid=path-failed]").textContent()).resolves.toMatch(
      /no-such-node|not found/i,
    );
    await context.close();
  });
});

describe("one citation renderer", () => {
  it("cites a node's sources in its panel as the path panel does: document — section — ¶, web links only", async () => {
    const { node } = await graphql<{ node: { sources: (Source & { document: string })[] } }>(
      session.server.url,
      `{ node(id: "${FROM}") { sources { document title section paragraph url } } }`,
    );
    expect(node.sources.length).toBeGreaterThan(0);
    const { page, context, errors } = await openExplorer(
      session.browser,
      `${session.server.url}/?s=${FROM}`,
      {
        width: 1440,
        height: 900,
      },
    );
    const panel = page.locator(`[data-testid=node-panel][data-id="${FROM}"]`);
    await panel.waitFor();
    const items = await panel.locator("[data-testid=sources] li").evaluateAll((lis) =>
      lis.map((li) => ({
        document: li.getAttribute("data-document"),
        text: (li.querySelector("a, cite")?.textContent ?? "").trim(),
        href: li.querySelector("a")?.getAttribute("href") ?? null,
        rel: li.querySelector("a")?.getAttribute("rel") ?? null,
      })),
    );
    expect(items.length).toBe(node.sources.length);
    for (const [index, source] of node.sources.entries()) {
      const item = items[index];
      const place = [
        source.title,
        source.section,
        ...(source.paragraph === null ? [] : [`¶ ${source.paragraph}`]),
      ];
      expect(item?.document).toBe(source.document);
      expect(item?.text).toBe(place.join(" — "));
      // Only web addresses become links, opened without handing this page to the source's site.
      const web = source.url !== null && /^https?:/.test(source.url);
      expect(item?.href !== null).toBe(web);
      if (web) expect(item?.rel).toBe("noopener noreferrer");
    }
    // Publisher and date follow once the source documents' registry has arrived.
    await page.waitForFunction(
      (id) =>
        [
          ...document.querySelectorAll(`[data-testid=node-panel][data-id="${id}"] [data-testid=source-meta]`),
        ].some((el) => (el.textContent ?? "").length > 0),
      FROM,
    );
    await panel.locator("[data-testid=sources]").scrollIntoViewIfNeeded();
    await screenshot(page, "path-node-panel-sources");
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("the one-page brief", () => {
  it("downloads a self-contained HTML file with the view's picture, legend, facts and numbered sources", async () => {
    const { page, context, errors } = await openExplorer(
      session.browser,
      `${session.server.url}/?asOf=2024-06-01`,
      {
        width: 1440,
        height: 900,
      },
    );
    await waitForIdle(page);
    const shown = await page.evaluate(() => {
      const cy = (window as unknown as { __explorer: { cy: import("cytoscape").Core } }).__explorer.cy;
      return cy.nodes(":visible").map((n) => n.id());
    });
    expect(shown.length).toBeGreaterThan(3);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click("[data-testid=export-brief]"),
    ]);
    // The file names what it shows and the day (the data release is inside).
    expect(download.suggestedFilename()).toBe(
      "norway-ehealth-ministry-of-health-and-care-services-tree-2024-06-01-brief.html",
    );
    const path = await download.path();
    const html = await readFile(path, "utf8");

    const { subgraph } = await graphql<{
      subgraph: {
        nodes: { id: string; type: string; name: string; sources: Source[] }[];
        edges: { source: string; target: string }[];
      };
    }>(
      session.server.url,
      `{ subgraph(ids: ${JSON.stringify(shown)}) { nodes { id type name sources { title section paragraph url } } edges { source target } } }`,
    );
    // Every shown node is a fact, every cited document is in the numbered list, each place once.
    for (const node of subgraph.nodes) expect(html).toContain(escaped(node.name));
    const places = new Set(
      subgraph.nodes.flatMap((n) => n.sources.map((s) => `${s.title}|${s.section}|${s.paragraph}|${s.url}`)),
    );
    const listed = html.match(/<li id="source-\d+"/g) ?? [];
    expect(listed.length).toBeGreaterThanOrEqual(places.size);
    expect(html).toContain("[1]");
    for (const node of subgraph.nodes) for (const s of node.sources) expect(html).toContain(escaped(s.title));
    // The legend has one entry per node type shown.
    const legend = html.match(/<ul class="legend">(.*?)<\/ul>/s)?.[1] ?? "";
    expect((legend.match(/<li>/g) ?? []).length).toBe(new Set(subgraph.nodes.map((n) => n.type)).size);
    // Relationships among the shown nodes are facts too ("A — relation → B").
    expect((html.match(/ → /g) ?? []).length).toBeGreaterThanOrEqual(1);
    // The picture as drawn, the title, the date and print CSS; nothing outside the file.
    expect(html).toMatch(/<img src="data:image\/png;base64,/);
    expect(html).toContain("<time>2024-06-01</time>");
    expect(html).toContain("@media print");
    expect(html).not.toMatch(/<script|<link|src="http|url\(http/);

    // Open the file itself: it renders with no request leaving the page.
    const brief = await context.newPage();
    const requests: string[] = [];
    brief.on("request", (request) => {
      if (!request.url().startsWith("data:") && !request.url().startsWith("file:"))
        requests.push(request.url());
    });
    // The download has no extension on disk, so the file is loaded as the HTML it is.
    await brief.setContent(html, { waitUntil: "load" });
    await brief.waitForSelector("figure img", { state: "attached" });
    expect(
      await brief.locator("figure img").evaluate((img: HTMLImageElement) => img.naturalWidth),
    ).toBeGreaterThan(0);
    expect(requests).toEqual([]);
    await screenshot(brief, "path-brief");
    expect(errors).toEqual([]);
    await context.close();
  });
});
