/**
 * Norwegian reasons: with lang=no the trace panel's "Hvorfor utledet:" line, the relationship's
 * details panel and the SDG matrix (a cell's title, its accessible name and the cell detail) give
 * the relationship's Norwegian reason (seed/reasonsNo.ts), not the English one; in English they
 * keep the English reason. Screenshots: tests/e2e/screenshots/norwegian-reason-*.png.
 */
import { describe, expect, it } from "vitest";
import { REASONS_NO } from "#seed/reasonsNo.ts";
import { graphql, openExplorer, screenshot, useAppAndBrowser, waitForIdle } from "./browser.ts";

const SUPPORTS = "helsenorge|SUPPORTS|objective-4";
const CONTRIBUTES = { objective: "objective-1", sdg: "sdg-3" };

const session = useAppAndBrowser();

interface EdgeTexts {
  id: string;
  reason: string | null;
  reasonNo: string | null;
}

async function englishReason(id: string): Promise<string> {
  const { traceToSdgs } = await graphql<{ traceToSdgs: { paths: { steps: EdgeTexts[] }[] } }>(
    session.server.url,
    '{ traceToSdgs(fromId: "helsenorge") { paths { steps { id reason reasonNo } } } }',
  );
  const step = traceToSdgs.paths.flatMap((path) => path.steps).find((s) => s.id === id);
  if (!step?.reason) throw new Error(`${id} lies on no trace from Helsenorge, or has no reason`);
  expect(step.reasonNo).toBe(REASONS_NO[id]);
  return step.reason;
}

describe("Norwegian relationship reasons", () => {
  it("the trace panel's 'Hvorfor utledet:' and the relationship's panel give the Norwegian reason in /?lang=no", async () => {
    const english = await englishReason(SUPPORTS);
    const norwegian = REASONS_NO[SUPPORTS];
    const { page, context, errors } = await openExplorer(session.browser, `${session.server.url}/?lang=no`, {
      width: 1440,
      height: 900,
    });
    await page.fill("[data-testid=search-input]", "Helsenorge");
    await page.click('[data-testid=search-option][data-id="helsenorge"]');
    await page.click('[data-testid=node-panel][data-id="helsenorge"] [data-testid=trace]');
    await page.waitForSelector("[data-testid=trace-panel] [data-testid=sdg-group]");
    await waitForIdle(page);

    const step = page.locator(`[data-testid=trace-step][data-edge="${SUPPORTS}"]`).first();
    const reason = step.locator("[data-testid=inferred-reason]");
    await expect(reason.textContent()).resolves.toBe(`Hvorfor utledet: ${norwegian}`);
    await expect(reason.locator("span[lang]").getAttribute("lang")).resolves.toBe("nb");
    await expect(page.locator("[data-testid=trace-panel]").textContent()).resolves.not.toContain(english);
    await screenshot(page, "norwegian-reason-trace");

    // The step opens the relationship's details panel: its reason row is Norwegian too.
    await step.locator("button.step-link").click();
    const row = page.locator(`[data-testid=edge-panel][data-id="${SUPPORTS}"] [data-testid=edge-reason]`);
    await expect(row.textContent()).resolves.toBe(norwegian);
    await expect(row.getAttribute("lang")).resolves.toBe("nb");
    await screenshot(page, "norwegian-reason-edge-panel");

    // In English the same row gives the English reason (the switch re-renders it).
    await page.click("[data-testid=language-toggle]");
    await page.waitForFunction(() => document.documentElement.lang === "en");
    await expect(row.textContent()).resolves.toBe(english);
    await expect(row.getAttribute("lang")).resolves.toBe("en");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("an SDG matrix cell gives the Norwegian reason in its title, its accessible name and its detail", async () => {
    const { sdgMatrix } = await graphql<{
      sdgMatrix: {
        cells: { objective: { id: string }; sdg: { id: string }; reason: string; reasonNo: string | null }[];
      };
    }>(session.server.url, "{ sdgMatrix { cells { objective { id } sdg { id } reason reasonNo } } }");
    const cell = sdgMatrix.cells.find(
      (c) => c.objective.id === CONTRIBUTES.objective && c.sdg.id === CONTRIBUTES.sdg,
    );
    const norwegian = REASONS_NO[`${CONTRIBUTES.objective}|CONTRIBUTES_TO|${CONTRIBUTES.sdg}`];
    expect(cell?.reasonNo).toBe(norwegian);
    const { page, context, errors } = await openExplorer(session.browser, `${session.server.url}/?lang=no`, {
      width: 1440,
      height: 900,
    });
    await page.click("[data-testid=tab-matrix]");
    const button = page.locator(`[data-testid=matrix-cell-${CONTRIBUTES.objective}-${CONTRIBUTES.sdg}]`);
    await expect(button.getAttribute("title")).resolves.toMatch(
      new RegExp(`: ${escapeRegExp(`${norwegian}`)}$`),
    );
    await expect(button.getAttribute("aria-label")).resolves.toMatch(
      new RegExp(`\\. ${escapeRegExp(`${norwegian}`)}$`),
    );
    await expect(button.getAttribute("aria-label")).resolves.not.toContain(cell?.reason);

    await button.click();
    await page.waitForSelector("[data-testid=matrix-cell-detail]");
    const detail = page.locator("[data-testid=matrix-cell-detail] [data-testid=cell-reason]");
    await expect(detail.textContent()).resolves.toBe(`Hvorfor: ${norwegian}`);
    await screenshot(page, "norwegian-reason-matrix-cell");
    expect(errors).toEqual([]);
    await context.close();
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
