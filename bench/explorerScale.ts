/**
 * The explorer's drawing at scale: cytoscape in headless Chromium draws a 5,000-node,
 * 10,000-edge graph with a fast layout (grid, preset positions) and with cose, on the canvas
 * renderer and on cytoscape's WebGL renderer (3.31+), timing the first full render and the frame
 * times of 60 pan and 60 zoom steps. No server: the page is set from a string and the scripts
 * come from node_modules and bench/explorerScalePage.js.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { formatMs, median, percentile } from "./stats.ts";

const require = createRequire(import.meta.url);
const CYTOSCAPE_JS = require.resolve("cytoscape/dist/cytoscape.min.js");
const CYTOSCAPE_VERSION = (
  JSON.parse(readFileSync(join(dirname(CYTOSCAPE_JS), "..", "package.json"), "utf8")) as { version: string }
).version;
const PAGE_JS = join(dirname(fileURLToPath(import.meta.url)), "explorerScalePage.js");

/** `preset-large`: preset positions and the large-graph style (no labels, nothing grabbable). */
export const LAYOUTS = ["grid", "preset", "preset-large", "cose"] as const;
export type LayoutName = (typeof LAYOUTS)[number];
export const RENDERERS = ["canvas", "webgl"] as const;
export type RendererName = (typeof RENDERERS)[number];

/** Goal: the first full render of the large graph within this many milliseconds. */
const GOAL_MS = 2_000;
/** Goal: the median frame while panning or zooming. */
const GOAL_FRAME_MS = 33;

export interface ExplorerScaleOptions {
  readonly nodes?: number;
  readonly edges?: number;
  readonly steps?: number;
  /** cose on 5,000 nodes may take minutes: it is stopped after this long. */
  readonly layoutTimeoutMs?: number;
  readonly log?: (line: string) => void;
  /** Only these layouts / renderers (all by default). */
  readonly layouts?: readonly LayoutName[];
  readonly renderers?: readonly RendererName[];
}

interface PageResult {
  readonly timedOut: boolean;
  readonly webglActive: boolean;
  readonly layoutMs?: number;
  readonly firstRenderMs?: number;
  readonly pan?: number[];
  readonly zoom?: number[];
}

export interface RenderRun extends PageResult {
  readonly layout: LayoutName;
  readonly renderer: RendererName;
}

export function launchBenchBrowser(): Promise<Browser> {
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

async function openPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.setContent("<!doctype html><html><body style='margin:0'></body></html>");
  await page.addScriptTag({ path: CYTOSCAPE_JS });
  await page.addScriptTag({ path: PAGE_JS });
  return page;
}

export async function measureExplorerScale(options: ExplorerScaleOptions = {}): Promise<RenderRun[]> {
  const nodes = options.nodes ?? 5_000;
  const edges = options.edges ?? 10_000;
  const steps = options.steps ?? 60;
  const layoutTimeoutMs = options.layoutTimeoutMs ?? 120_000;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const browser = await launchBenchBrowser();
  const runs: RenderRun[] = [];
  try {
    for (const layout of options.layouts ?? LAYOUTS) {
      for (const renderer of options.renderers ?? RENDERERS) {
        // A fresh page per run: no cytoscape caches or GC debt carried from the run before.
        const page = await openPage(browser);
        try {
          const args = { nodes, edges, layout, webgl: renderer === "webgl", steps, layoutTimeoutMs };
          // The layout has its own limit in the page; this bounds the whole run (a renderer that
          // stalls, as WebGL on a software rasteriser can) so the benchmark always finishes.
          let timer: NodeJS.Timeout | undefined;
          const deadline = new Promise<PageResult>((resolve) => {
            timer = setTimeout(
              () => resolve({ timedOut: true, webglActive: false }),
              layoutTimeoutMs + 120_000,
            );
          });
          const result = await Promise.race([
            page.evaluate(
              (a) => (globalThis as unknown as { benchRender(x: typeof a): Promise<unknown> }).benchRender(a),
              args,
            ) as Promise<PageResult>,
            deadline,
          ]).finally(() => clearTimeout(timer));
          runs.push({ layout, renderer, ...result });
          log(
            result.timedOut
              ? `  ${layout}/${renderer}: stopped (layout or run over its time limit)`
              : `  ${layout}/${renderer}: first render ${formatMs(result.firstRenderMs ?? Number.NaN)} ms (webgl active: ${result.webglActive})`,
          );
        } finally {
          await page.close();
        }
      }
    }
  } finally {
    await browser.close();
  }
  return runs;
}

const frameCell = (samples: readonly number[] | undefined) =>
  samples && samples.length > 0 ? `${formatMs(median(samples))} / ${formatMs(percentile(samples, 95))}` : "—";

function framesMet(run: RenderRun): boolean {
  return [run.pan, run.zoom].every(
    (samples) => samples !== undefined && samples.length > 0 && median(samples) <= GOAL_FRAME_MS,
  );
}

export function formatExplorerTable(runs: readonly RenderRun[], layoutTimeoutMs: number): string {
  const rows = runs.map((run) => {
    const renderer =
      run.renderer === "webgl" && !run.webglActive ? "webgl (not active: canvas)" : run.renderer;
    if (run.timedOut) {
      return `| ${run.layout} | ${renderer} | stopped (layout > ${formatMs(layoutTimeoutMs)} or run > ${formatMs(layoutTimeoutMs + 120_000)}) | — | — | — | ✗ | ✗ |`;
    }
    const first = run.firstRenderMs ?? Number.NaN;
    return `| ${run.layout} | ${renderer} | ${formatMs(first)} | ${formatMs(run.layoutMs ?? Number.NaN)} | ${frameCell(run.pan)} | ${frameCell(run.zoom)} | ${first <= GOAL_MS ? "✓" : "✗"} | ${framesMet(run) ? "✓" : "✗"} |`;
  });
  return [
    `| Layout | Renderer | First full render ms | of which layout ms | Pan frame ms median / p95 | Zoom frame ms median / p95 | ≤ ${GOAL_MS / 1000} s | frame medians ≤ ${GOAL_FRAME_MS} ms |`,
    "|---|---|---:|---:|---:|---:|:---:|:---:|",
    ...rows,
  ].join("\n");
}

export async function explorerScaleSection(options: ExplorerScaleOptions = {}): Promise<string> {
  const runs = await measureExplorerScale(options);
  const nodes = options.nodes ?? 5_000;
  const edges = options.edges ?? 10_000;
  const steps = options.steps ?? 60;
  return [
    `## Explorer at scale: ${nodes.toLocaleString("en")} nodes, ${edges.toLocaleString("en")} edges`,
    "",
    `cytoscape ${CYTOSCAPE_VERSION} in headless Chromium (\`--disable-gpu\`, so WebGL runs on the software rasteriser), a 1280×800 viewport, labelled 12 px nodes and haystack edges, except \`preset-large\`: preset positions and the large-graph style (no labels, square nodes, nothing grabbable or selectable; the layout is a \`cy.fit()\`). First full render = \`cytoscape()\` + layout until \`layoutstop\` + two animation frames. Pan and zoom: ${steps} programmatic \`cy.panBy\` / \`cy.zoom\` steps, one per animation frame; a frame is the interval between animation frames (≥ 16.7 ms at 60 Hz). Goals: first drawn within ${GOAL_MS / 1000} s on canvas, pan and zoom frame medians ≤ ${GOAL_FRAME_MS} ms.`,
    "",
    formatExplorerTable(runs, options.layoutTimeoutMs ?? 120_000),
    "",
  ].join("\n");
}
