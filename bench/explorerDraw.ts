/**
 * The explorer's draw times on the real seed, in headless Chromium, for one or more builds of the
 * explorer side by side against the same app server (and so the same Neo4j and data):
 *
 * - first graph: from navigation start of `/` to the first cytoscape `render` event with at least
 *   one node on the canvas;
 * - whole graph: from the click on "Open in the graph view" for a query result that holds every
 *   node in force today (the "show everything" action) until every node is on the canvas, no layout
 *   runs and neither the camera nor any node animates, plus 2 animation frames.
 *
 * Each build's `index.html` and assets are served by a small static server here that forwards
 * every other request (`/graphql`, `/healthz` …) to the app, so an older build (the explorer
 * before its draw-time fixes) is measured against today's API. The cytoscape instance is found without a test hook
 * (production builds have none): cytoscape registers itself on its container as `_cyreg`, and an
 * init script catches that assignment before the first frame is drawn.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import type { Browser, Page } from "playwright-core";
import { createDriver } from "#platform/neo4j/database.ts";
import { launchBenchBrowser } from "./explorerScale.ts";
import { killServer, PASSWORD, type RunningServer, startServer, stopServer, tempDir } from "./startup.ts";
import { formatMs, median } from "./stats.ts";

export interface ClientBuild {
  /** "before" / "after", as the table names it. */
  readonly label: string;
  /** A Vite build of the explorer: a directory with index.html and assets/. */
  readonly dir: string;
}

export interface ExplorerDrawOptions {
  readonly builds: readonly ClientBuild[];
  /** Measurements per build (medians are reported); at least 5. */
  readonly runs?: number;
  readonly log?: (line: string) => void;
}

export interface DrawResult {
  readonly build: ClientBuild;
  readonly firstGraphMs: number[];
  readonly wholeGraphMs: number[];
  readonly failures: string[];
}

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".woff2": "font/woff2",
};

/** Serves `dir`'s files (index.html for `/`) and forwards everything else to the app on `appPort`. */
export async function serveBuild(dir: string, appPort: number): Promise<{ server: Server; url: string }> {
  const root = normalize(dir);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const file = path === "/" ? join(root, "index.html") : normalize(join(root, path));
    if (file.startsWith(root) && existsSync(file) && statSync(file).isFile()) {
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(readFileSync(file));
      return;
    }
    const forward = httpRequest(
      { host: "127.0.0.1", port: appPort, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on("error", () => res.writeHead(502).end());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/**
 * Runs in the page before its scripts: catches the first cytoscape instance (the explorer's main
 * canvas, created before any query result graph), times its first render with nodes, and counts
 * running layouts.
 */
const INIT_SCRIPT = `(() => {
  const bench = { cy: null, firstRender: null, layouts: 0 };
  window.__drawBench = bench;
  const values = new WeakMap();
  Object.defineProperty(HTMLElement.prototype, "_cyreg", {
    configurable: true,
    get() { return values.get(this); },
    set(reg) {
      values.set(this, reg);
      queueMicrotask(() => {
        const cy = reg && reg.cy;
        if (!cy || bench.cy) return;
        bench.cy = cy;
        cy.on("render", () => {
          if (bench.firstRender === null && cy.nodes().length > 0) bench.firstRender = performance.now();
        });
        cy.on("layoutstart", () => { bench.layouts += 1; });
        cy.on("layoutstop", () => { bench.layouts = Math.max(0, bench.layouts - 1); });
      });
    },
  });
})();`;

/**
 * Runs in the page (a string: this project's Node tsconfig has no DOM types): clicks "Open in the
 * graph view" and resolves with the milliseconds until the whole graph is drawn and at rest.
 */
const WHOLE_GRAPH_SCRIPT = `(expected) => new Promise((resolve) => {
  const bench = window.__drawBench;
  const started = performance.now();
  document.querySelector("[data-testid=open-in-graph]").click();
  const settled = () => {
    const cy = bench.cy;
    return cy !== null && cy.nodes().length >= expected && bench.layouts === 0 &&
      !cy.animated() && !cy.nodes().some((node) => node.animated());
  };
  const frame = () => {
    if (!settled()) return requestAnimationFrame(frame);
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - started)));
  };
  requestAnimationFrame(frame);
})`;

async function firstGraph(page: Page, url: string): Promise<number> {
  await page.goto(url);
  const handle = await page.waitForFunction("window.__drawBench.firstRender", undefined, {
    timeout: 60_000,
    polling: 50,
  });
  return Number(await handle.jsonValue());
}

async function wholeGraph(page: Page, url: string, query: string, nodes: number): Promise<number> {
  await page.goto(`${url}/?v=query`);
  await page.waitForSelector(".cm-editor", { timeout: 60_000 });
  await page.click(".cm-content");
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(query);
  await page.click("[data-testid=run-query]");
  await page.waitForSelector("[data-testid=open-in-graph]", { timeout: 60_000 });
  // Clicked in the page so that the start time is the click's own moment.
  return Number(await page.evaluate(`(${WHOLE_GRAPH_SCRIPT})(${nodes})`));
}

/** Every node id the seed holds, and the explorer query that returns those in force today. */
async function wholeGraphQuery(server: RunningServer): Promise<{ query: string; nodes: number }> {
  const driver = createDriver(`bolt://127.0.0.1:${server.boltPort}`, "neo4j", PASSWORD);
  try {
    const { records } = await driver.executeQuery("MATCH (n:Entity) RETURN n.id AS id ORDER BY id");
    const ids = records.map((record) => String(record.get("id")));
    const query = `{ subgraph(ids: ${JSON.stringify(ids)}) { nodes { id type name nameNo } edges { id source target type } } }`;
    const response = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { data?: { subgraph: { nodes: unknown[] } } };
    const nodes = body.data?.subgraph.nodes.length ?? 0;
    if (nodes === 0) throw new Error("the whole-graph query returned no nodes");
    return { query, nodes };
  } finally {
    await driver.close();
  }
}

/** Measures every build `runs` times, alternating the order of builds from run to run. */
export async function measureExplorerDraw(
  options: ExplorerDrawOptions,
): Promise<{ results: DrawResult[]; nodes: number }> {
  const runs = Math.max(5, options.runs ?? 5);
  const log = options.log ?? (() => {});
  const app = await startServer(tempDir("ui-draw-"));
  const served: { server: Server; url: string }[] = [];
  let browser: Browser | null = null;
  try {
    const { query, nodes } = await wholeGraphQuery(app);
    const results = options.builds.map((build) => ({
      build,
      firstGraphMs: [] as number[],
      wholeGraphMs: [] as number[],
      failures: [] as string[],
    }));
    for (const build of options.builds) served.push(await serveBuild(build.dir, app.port));
    browser = await launchBenchBrowser();
    for (let run = 0; run < runs; run++) {
      const order = results.map((_, i) => i);
      if (run % 2 === 1) order.reverse();
      for (const i of order) {
        const result = results[i];
        const site = served[i];
        if (!result || !site) continue;
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        await context.addInitScript(INIT_SCRIPT);
        const page = await context.newPage();
        try {
          result.firstGraphMs.push(await firstGraph(page, `${site.url}/`));
          result.wholeGraphMs.push(await wholeGraph(page, site.url, query, nodes));
          log(
            `  ${result.build.label} run ${run + 1}: first graph ${formatMs(result.firstGraphMs.at(-1) ?? Number.NaN)} ms, whole graph ${formatMs(result.wholeGraphMs.at(-1) ?? Number.NaN)} ms`,
          );
        } catch (error) {
          result.failures.push(
            `run ${run + 1}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
          );
        } finally {
          await context.close();
        }
      }
    }
    return { results, nodes };
  } finally {
    await browser?.close();
    for (const { server } of served) server.close();
    await stopServer(app).catch(() => killServer(app));
  }
}

/** The Markdown section for docs/benchmarks.md. */
export function explorerDrawMarkdown(results: readonly DrawResult[], nodes: number): string {
  const cell = (values: readonly number[]) =>
    values.length
      ? `${formatMs(median([...values]))} (${formatMs(Math.min(...values))}–${formatMs(Math.max(...values))}, n=${values.length})`
      : "—";
  const lines = [
    "## Explorer draw times on the real seed (before and after the draw-time work)",
    "",
    "Headless Chromium at 1440×900, each build served beside the same app server (same Neo4j, same data,",
    "today's API), builds measured alternately in one run; medians with (min–max, runs). The machine",
    "was shared with other work, so compare the builds with each other rather than across runs.",
    "",
    "- **first graph**: from navigation start of `/` to the first cytoscape `render` event with a node on the canvas.",
    `- **whole graph (${nodes} nodes)**: from the click on "Open in the graph view" for a query result holding`,
    "  every node in force today until every node is on the canvas, no layout runs and nothing animates, + 2 frames.",
    "",
    "`before` is the explorer as built from commit cdb2008 (the last client commit before the draw-time work's first",
    `fix): \`git worktree add ${join(tmpdir(), "ui-before")} cdb2008\`, \`cp -al node_modules ${join(tmpdir(), "ui-before")}/\`, then`,
    "`npx vite build --config client/vite.config.ts` there; `BEFORE_CLIENT_DIST_DIR` names another build.",
    "",
    `| build | client directory | first graph (ms) | whole graph, ${nodes} nodes (ms) |`,
    "|---|---|---|---|",
    ...results.map(
      (r) => `| ${r.build.label} | \`${r.build.dir}\` | ${cell(r.firstGraphMs)} | ${cell(r.wholeGraphMs)} |`,
    ),
    "",
  ];
  const failures = results.flatMap((r) => r.failures.map((f) => `- ${r.build.label} ${f}`));
  if (failures.length) lines.push("Runs that failed (left out of the medians):", "", ...failures, "");
  return lines.join("\n");
}

export async function explorerDrawSection(options: ExplorerDrawOptions): Promise<string> {
  const { results, nodes } = await measureExplorerDraw(options);
  return explorerDrawMarkdown(results, nodes);
}

/**
 * The builds to compare: "after" is `CLIENT_DIST_DIR` (the variable the app itself serves from)
 * or the worktree's client/dist; "before" is `BEFORE_CLIENT_DIST_DIR`, or the baseline build
 * (commit cdb2008, before the draw-time fixes) at ui-before/client/dist in the system's temporary
 * directory when it exists (see docs/benchmarks.md for how it is built).
 */
export function buildsFromEnvironment(root: string): ClientBuild[] {
  const before = process.env.BEFORE_CLIENT_DIST_DIR ?? join(tmpdir(), "ui-before", "client", "dist");
  const after = process.env.CLIENT_DIST_DIR ?? join(root, "client/dist");
  return [
    ...(existsSync(join(before, "index.html")) ? [{ label: "before", dir: before }] : []),
    { label: "after", dir: after },
  ];
}
