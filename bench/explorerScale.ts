/**
 * The explorer's drawing at scale: cytoscape in headless Chromium draws a 5,000-node,
 * 10,000-edge graph with a fast layout (grid, preset positions) and with cose, on the canvas
 * renderer and on cytoscape's WebGL renderer (3.31+), timing the first full render and the frame
 * times of 60 pan and 60 zoom steps. No server: the page is set from a string and the scripts
 * come from node_modules, the explorer's large-graph module (bundled with esbuild) and
 * bench/explorerScalePage.js.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runInNewContext } from "node:vm";
import * as esbuild from "esbuild";
import { type Browser, chromium, type Page } from "playwright-core";
import { formatMs, median, percentile } from "./stats.ts";

const require = createRequire(import.meta.url);
const CYTOSCAPE_JS = require.resolve("cytoscape/dist/cytoscape.min.js");
const CYTOSCAPE_VERSION = (
  JSON.parse(readFileSync(join(dirname(CYTOSCAPE_JS), "..", "package.json"), "utf8")) as { version: string }
).version;
const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const PAGE_JS = join(BENCH_DIR, "explorerScalePage.js");

/**
 * The explorer's own large-graph mode (client/src/views/graph/largeGraph.ts) as a browser script
 * setting `window.largeGraph`, so the benchmark draws with exactly what GraphView uses.
 */
let largeGraphBundle: Promise<string> | undefined;
function largeGraphScript(): Promise<string> {
  largeGraphBundle ??= bundleLargeGraph();
  return largeGraphBundle;
}

async function bundleLargeGraph(): Promise<string> {
  const result = await esbuild.build({
    stdin: {
      contents: [
        'export * from "./client/src/views/graph/largeGraph.ts";',
        'import { TYPE_STYLES } from "./client/src/core/graph/styles.ts";',
        'export { FIT_PADDING } from "./client/src/views/graph/camera.ts";',
        "export const NODE_TYPE_NAMES = Object.keys(TYPE_STYLES);",
      ].join("\n"),
      resolveDir: join(BENCH_DIR, ".."),
      loader: "ts",
    },
    bundle: true,
    write: false,
    format: "iife",
    globalName: "largeGraph",
    platform: "browser",
    logLevel: "silent",
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error("esbuild produced no large-graph script");
  return file.text;
}

/**
 * The mode's threshold and fit padding for the section's text, read from the same bundle (the
 * client's modules are not part of the Node typecheck, whose paths do not know the client's aliases).
 */
function largeGraphFigures(script: string): { threshold: number; padding: number } {
  const module: unknown = runInNewContext(`${script};largeGraph`);
  const threshold: unknown = Reflect.get(Object(module), "LARGE_GRAPH_MIN_ELEMENTS");
  const padding: unknown = Reflect.get(Object(module), "FIT_PADDING");
  if (typeof threshold !== "number" || typeof padding !== "number")
    throw new Error("the large-graph script lacks LARGE_GRAPH_MIN_ELEMENTS or FIT_PADDING");
  return { threshold, padding };
}

/**
 * `preset-large`: preset positions and the explorer's large-graph mode (its stylesheet of plain
 * values, renderer options, nodes styled before edges are added).
 */
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
  /** Runs per layout and renderer (1 by default); the table shows medians. */
  readonly runs?: number;
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
  /** When several runs were aggregated: each run's first full render. */
  readonly firstRenderAll?: readonly number[];
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

async function openPage(browser: Browser, largeGraph: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.setContent("<!doctype html><html><body style='margin:0'></body></html>");
  await page.addScriptTag({ path: CYTOSCAPE_JS });
  await page.addScriptTag({ content: largeGraph });
  await page.addScriptTag({ path: PAGE_JS });
  return page;
}

export async function measureExplorerScale(options: ExplorerScaleOptions = {}): Promise<RenderRun[]> {
  const nodes = options.nodes ?? 5_000;
  const edges = options.edges ?? 10_000;
  const steps = options.steps ?? 60;
  const layoutTimeoutMs = options.layoutTimeoutMs ?? 120_000;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const repeat = options.runs ?? 1;
  const largeGraph = await largeGraphScript();
  const runs: RenderRun[] = [];
  // Repeats go round all combinations in turn, so a burst of load on a shared machine does not
  // land on one combination's runs only.
  for (let round = 0; round < repeat; round++)
    for (const layout of options.layouts ?? LAYOUTS) {
      for (const renderer of options.renderers ?? RENDERERS) {
        // A fresh browser per run, not only a fresh page: after a WebGL run on the software
        // rasteriser, canvas runs in the same browser measured 2.1-2.4 s against 1.55-1.73 s in
        // a browser of their own (preset-large, same machine, minutes apart).
        const browser = await launchBenchBrowser();
        try {
          const page = await openPage(browser, largeGraph);
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
              (a) =>
                (globalThis as unknown as { benchRender(args: typeof a): Promise<unknown> }).benchRender(a),
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
          await browser.close();
        }
      }
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

/** One row per layout and renderer: medians over the finished runs, frames pooled. */
export function aggregateRuns(runs: readonly RenderRun[]): RenderRun[] {
  const groups = new Map<string, RenderRun[]>();
  for (const run of runs) {
    const key = `${run.layout}/${run.renderer}`;
    groups.set(key, [...(groups.get(key) ?? []), run]);
  }
  return [...groups.values()].map((group) => {
    const finished = group.filter((run) => !run.timedOut);
    const [first] = group;
    if (!first) throw new Error("an empty group of runs");
    if (finished.length === 0) return first;
    const numbers = (pick: (run: RenderRun) => number | undefined) =>
      finished.map(pick).filter((value): value is number => value !== undefined);
    return {
      layout: first.layout,
      renderer: first.renderer,
      timedOut: false,
      webglActive: finished.some((run) => run.webglActive),
      layoutMs: median(numbers((run) => run.layoutMs)),
      firstRenderMs: median(numbers((run) => run.firstRenderMs)),
      firstRenderAll: numbers((run) => run.firstRenderMs),
      pan: finished.flatMap((run) => run.pan ?? []),
      zoom: finished.flatMap((run) => run.zoom ?? []),
    };
  });
}

const firstCell = (run: RenderRun) => {
  const all = run.firstRenderAll ?? [];
  if (all.length < 2) return formatMs(run.firstRenderMs ?? Number.NaN);
  return `${formatMs(run.firstRenderMs ?? Number.NaN)} (${formatMs(Math.min(...all))}–${formatMs(Math.max(...all))}, n=${all.length})`;
};

export function formatExplorerTable(runs: readonly RenderRun[], layoutTimeoutMs: number): string {
  const rows = aggregateRuns(runs).map((run) => {
    const renderer =
      run.renderer === "webgl" && !run.webglActive ? "webgl (not active: canvas)" : run.renderer;
    if (run.timedOut) {
      return `| ${run.layout} | ${renderer} | stopped (layout > ${formatMs(layoutTimeoutMs)} or run > ${formatMs(layoutTimeoutMs + 120_000)}) | — | — | — | ✗ | ✗ |`;
    }
    const first = run.firstRenderMs ?? Number.NaN;
    return `| ${run.layout} | ${renderer} | ${firstCell(run)} | ${formatMs(run.layoutMs ?? Number.NaN)} | ${frameCell(run.pan)} | ${frameCell(run.zoom)} | ${first <= GOAL_MS ? "✓" : "✗"} | ${framesMet(run) ? "✓" : "✗"} |`;
  });
  return [
    `| Layout | Renderer | First full render ms | of which layout ms | Pan frame ms median / p95 | Zoom frame ms median / p95 | ≤ ${GOAL_MS / 1000} s | frame medians ≤ ${GOAL_FRAME_MS} ms |`,
    "|---|---|---:|---:|---:|---:|:---:|:---:|",
    ...rows,
  ].join("\n");
}

export async function explorerScaleSection(options: ExplorerScaleOptions = {}): Promise<string> {
  const runs = await measureExplorerScale(options);
  const { threshold, padding } = largeGraphFigures(await largeGraphScript());
  const nodes = options.nodes ?? 5_000;
  const edges = options.edges ?? 10_000;
  const steps = options.steps ?? 60;
  return [
    `## Explorer at scale: ${nodes.toLocaleString("en")} nodes, ${edges.toLocaleString("en")} edges`,
    "",
    `cytoscape ${CYTOSCAPE_VERSION} in headless Chromium (\`--disable-gpu\`, so WebGL runs on the software rasteriser), a 1280×800 viewport, labelled 12 px nodes and haystack edges, except \`preset-large\`: preset positions and the explorer's own large-graph mode (\`client/src/views/graph/largeGraph.ts\`, which the explorer switches to above ${threshold.toLocaleString("en")} nodes + edges): a stylesheet of plain values (type colour and shape per node, no labels except on the selected node, 1 px haystack edges without arrows), edges hidden during drag and wheel gestures, the nodes added and styled before the edges; the layout is the explorer's fit (\`cy.fit()\` with its ${padding} px padding; the other rows fit with none). Nodes carry id, label and type. Each run has a browser of its own. First full render = \`cytoscape()\` + layout until \`layoutstop\` + two animation frames. Pan and zoom: ${steps} programmatic \`cy.panBy\` / \`cy.zoom\` steps, one per animation frame; a frame is the interval between animation frames (≥ 16.7 ms at 60 Hz). Goals: first drawn within ${GOAL_MS / 1000} s on canvas, pan and zoom frame medians ≤ ${GOAL_FRAME_MS} ms.`,
    "",
    ...((options.runs ?? 1) > 1
      ? [
          `Medians over ${options.runs} runs per row (min–max and n beside the first render); frames pooled over the runs.`,
          "",
        ]
      : []),
    formatExplorerTable(runs, options.layoutTimeoutMs ?? 120_000),
    "",
  ].join("\n");
}
