/**
 * A picture exported from the explorer stands on its own: it keeps the relationship labels a
 * reader needs (written out, or numbered with a key) without one on another, it says what it
 * shows, as of which day and from which data release, with a legend of the types drawn, and its
 * file is named for its subject and day. Screenshot: tests/e2e/screenshots/export-*.png.
 */
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { graphql, openExplorer, screenshot, useAppAndBrowser, waitForIdle } from "./browser.ts";
import { overlappingLabels, visibleSvgLabels } from "./svgLabels.ts";

const session = useAppAndBrowser();

/**
 * A cold database answers its first heavy reads slowly, and on a shared machine past the server's
 * time limit ("Too large a request"): the views tested here are asked for once before, until answered.
 */
beforeAll(async () => {
  const warm = async (left: number): Promise<void> => {
    try {
      await graphql(
        session.server.url,
        '{ traceToSdgs(fromId: "helsenorge") { paths { steps { id } } } node(id: "helsenorge") { id } }',
      );
    } catch (error) {
      if (left <= 1) throw error;
      await warm(left - 1);
    }
  };
  await warm(5);
}, 300_000);
const VIEWPORT = { width: 1440, height: 900 };
/** Helsenorge's neighbourhood as of 2015, expanded from its panel. */
const NEIGHBOURHOOD = "/?n=helsenorge&s=helsenorge&asOf=2015-01-01";
/** Helsenorge traced to the SDGs: many "contributes to" steps converge on the goals. */
const TRACE = "/?t=helsenorge";
/** The share of the drawn relationships whose label the SVG keeps, at least. */
const KEPT_AT_LEAST = 0.8;

interface Drawn {
  /** Labels of the relationships drawn in full (visible, not dimmed). */
  readonly edgeLabels: string[];
  /** Fill colours of the nodes drawn. */
  readonly colours: string[];
}

type Cy = { __explorer: { cy: import("cytoscape").Core } };

/** Opens a view and waits until it is drawn: Helsenorge expanded, or its trace to the SDGs. */
async function openView(address: string, build: "expand" | "trace") {
  const opened = await openExplorer(session.browser, `${session.server.url}${address}`, VIEWPORT);
  // Six test runs share two cores: the view may take a while to arrive.
  const slow = { timeout: 60_000 };
  if (build === "expand")
    await opened.page
      .locator('[data-testid=node-panel][data-id="helsenorge"] [data-testid=expand]')
      .click(slow);
  await opened.page.waitForFunction(
    (selector) => (window as unknown as Cy).__explorer.cy.elements(selector).length > 5,
    build === "expand" ? "edge:visible" : "node.traced",
    slow,
  );
  await waitForIdle(opened.page, 60_000);
  return opened;
}

function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __explorer: { cy: import("cytoscape").Core } }).__explorer.cy;
    const edgeLabels = cy
      .edges(":visible")
      .filter((edge) => !edge.hasClass("dimmed") && Boolean(edge.data("label")))
      .map((edge) => String(edge.data("label")));
    const colours = [
      ...new Set(cy.nodes(":visible").map((node) => String(node.data("color")).toLowerCase())),
    ];
    return { edgeLabels, colours };
  });
}

async function save(page: Page, testId: string) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.click(`[data-testid=${testId}]`),
  ]);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

describe("picture exports carry their context (1440×900)", () => {
  it.each([
    ["a neighbourhood", NEIGHBOURHOOD, "expand"],
    ["a trace to the SDGs", TRACE, "trace"],
  ] as const)(
    "keeps at least four in five of the relationship labels of %s, none overlapping another label",
    async (name, address, build) => {
      const { page, context, errors } = await openView(address, build);
      const shown = await drawn(page);
      expect(shown.edgeLabels.length).toBeGreaterThan(5);
      const svg = await save(page, "export-svg");
      const svgPage = await context.newPage();
      await svgPage.setContent(svg.bytes.toString("utf8"));
      const labels = await visibleSvgLabels(svgPage);
      await screenshot(svgPage, `export-${build}-svg`);

      const relationNames = new Set(shown.edgeLabels);
      const written = labels.filter((label) => relationNames.has(label.text)).length;
      // A label that fits only as a number is kept too: the key under the picture spells it out.
      const numbered = labels.filter((label) => label.edge !== null && /^\d+$/.test(label.text));
      for (const label of numbered) expect(svg.bytes.toString("utf8")).toContain(`>${label.text}  `);
      const kept = (written + numbered.length) / shown.edgeLabels.length;
      console.info(
        `SVG export of ${name} keeps ${written + numbered.length} of ${shown.edgeLabels.length} relationship labels (${written} written out, ${numbered.length} numbered)`,
      );
      expect(kept).toBeGreaterThanOrEqual(KEPT_AT_LEAST);
      expect(overlappingLabels(labels)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it("titles the SVG and PNG with the subject, the day drawn, the data release and a legend of the types drawn, and names the files for them", async () => {
    const { version } = (
      await graphql<{ dataRelease: { version: string } }>(session.server.url, "{ dataRelease { version } }")
    ).dataRelease;
    const { page, context, errors } = await openView(NEIGHBOURHOOD, "expand");
    const shown = await drawn(page);

    const svg = await save(page, "export-svg");
    expect(svg.name).toBe("norway-ehealth-helsenorge-2015-01-01.svg");
    const svgPage = await context.newPage();
    await svgPage.setContent(svg.bytes.toString("utf8"));
    const texts = (await visibleSvgLabels(svgPage)).map((label) => label.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        "Norway eHealth governance: Helsenorge.no and its neighbours",
        "As of 2015-01-01",
        `Data release ${version}`,
        "Node types",
      ]),
    );
    // The legend: one swatch per colour drawn, and no colour that is not drawn.
    const swatches = await svgPage.evaluate(() =>
      [...document.querySelectorAll("rect.legend-swatch")].map((rect) =>
        rect.getAttribute("fill")?.toLowerCase(),
      ),
    );
    expect(new Set(swatches)).toEqual(new Set(shown.colours));
    expect(swatches).toHaveLength(shown.colours.length);

    const png = await save(page, "export-png");
    expect(png.name).toBe("norway-ehealth-helsenorge-2015-01-01.png");
    // The PNG is the framed picture at twice its size: its title band is there, not just the graph.
    const size = { width: png.bytes.readUInt32BE(16), height: png.bytes.readUInt32BE(20) };
    const framed = await svgPage.evaluate(() => {
      const root = document.querySelector("svg");
      return { width: Number(root?.getAttribute("width")), height: Number(root?.getAttribute("height")) };
    });
    expect(size).toEqual({ width: framed.width * 2, height: framed.height * 2 });
    const titleInk = await svgPage.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context2d = canvas.getContext("2d");
      if (!context2d) return 0;
      context2d.drawImage(image, 0, 0);
      // The title's row, left of the middle: dark pixels there are the title's letters.
      const { data } = context2d.getImageData(32, 32, 300, 32);
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 80) dark += 1;
      return dark;
    }, png.bytes.toString("base64"));
    expect(titleInk).toBeGreaterThan(50);
    await svgPage.setContent(
      `<img src="data:image/png;base64,${png.bytes.toString("base64")}" style="width:50%">`,
    );
    await screenshot(svgPage, "export-neighbourhood-png");
    expect(errors).toEqual([]);
    await context.close();
  });
});
