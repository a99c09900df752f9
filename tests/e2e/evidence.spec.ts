/**
 * The evidence-first trace (as far as the trace marks its
 * steps): paths grouped by SDG, every step badged stated / inferred / ⚠ conflict with its reason or
 * note and its citation, the "stated only" switch, the conflict colour kept on the canvas, and a
 * matrix cell with the strategy's wording and who passes through it. Expectations come from the
 * API, so the test follows the data. Screenshots: tests/e2e/screenshots/evidence-*.png.
 */

import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { TRACE_TYPES } from "#model/vocabulary.ts";
import { graphql, openExplorer, screenshot, useAppAndBrowser, waitForIdle } from "./browser.ts";

interface Step {
  id: string;
  source: string;
  basis: string;
  reason: string | null;
  conflict: string | null;
}
interface Trace {
  sdgs: { id: string }[];
  paths: { sdg: { id: string }; steps: Step[] }[];
}

const TRACE_FIELDS = "sdgs { id } paths { sdg { id } steps { id source basis reason conflict } }";
const TRACED: readonly string[] = TRACE_TYPES;

const session = useAppAndBrowser();

/** The disputed step the issue names (Norsk helsenett runs Helsenorge), or another on some trace. */
async function disputedStep(): Promise<{
  edge: { id: string; source: string; conflict: string };
  trace: Trace;
}> {
  const { conflicts } = await graphql<{
    conflicts: { edges: { id: string; source: string; type: string; conflict: string }[] };
  }>(session.server.url, "{ conflicts { edges { id source type conflict } } }");
  const preferred = conflicts.edges.find((e) => e.id === "norsk-helsenett|RUNS|helsenorge");
  const candidates = preferred ? [preferred] : conflicts.edges.filter((e) => TRACED.includes(e.type));
  for (const edge of candidates) {
    const { traceToSdgs } = await graphql<{ traceToSdgs: Trace }>(
      session.server.url,
      `{ traceToSdgs(fromId: "${edge.source}") { ${TRACE_FIELDS} } }`,
    );
    if (traceToSdgs.paths.some((path) => path.steps.some((step) => step.id === edge.id)))
      return { edge, trace: traceToSdgs };
  }
  throw new Error("No relationship with a conflict note lies on a trace to the SDGs");
}

async function traceFrom(page: Page, id: string): Promise<void> {
  const { node } = await graphql<{ node: { name: string } }>(
    session.server.url,
    `{ node(id: "${id}") { name } }`,
  );
  await page.fill("[data-testid=search-input]", node.name);
  await page.click(`[data-testid=search-option][data-id="${id}"]`);
  await page.click(`[data-testid=node-panel][data-id="${id}"] [data-testid=trace]`);
  await page.waitForSelector("[data-testid=trace-panel] [data-testid=sdg-group]");
  await waitForIdle(page);
}

describe("the evidence-first trace", () => {
  it("badges the disputed step inferred with its reason and ⚠ conflict with its note, grouped by SDG", async () => {
    const { edge, trace } = await disputedStep();
    const { page, context, errors } = await openExplorer(session.browser, session.server.url, {
      width: 1440,
      height: 900,
    });
    await traceFrom(page, edge.source);

    // One group per SDG reached, in the trace's order.
    const groups = await page
      .locator("[data-testid=sdg-group]")
      .evaluateAll((els) => els.map((el) => el.getAttribute("data-sdg")));
    expect(groups).toEqual(trace.sdgs.map((sdg) => sdg.id));

    const apiStep = trace.paths.flatMap((p) => p.steps).find((s) => s.id === edge.id);
    const step = page.locator(`[data-testid=trace-step][data-edge="${edge.id}"]`).first();
    const marks = (await step.getAttribute("data-marks"))?.split(" ") ?? [];
    expect(marks).toContain("conflict");
    expect(marks).toContain(apiStep?.basis === "inferred" ? "inferred" : "stated");
    await expect(step.locator("[data-testid=conflict-note]").textContent()).resolves.toBe(
      `⚠ ${edge.conflict}`,
    );
    if (apiStep?.basis === "inferred" && apiStep.reason)
      await expect(step.locator("[data-testid=inferred-reason]").textContent()).resolves.toContain(
        apiStep.reason,
      );
    // Every step carries a badge for its basis.
    const steps = await page.locator("[data-testid=trace-step]").count();
    const based = await page
      .locator("[data-testid=trace-step] :is([data-testid=mark-stated],[data-testid=mark-inferred])")
      .count();
    expect(based).toBe(steps);
    // Sources are cited and, where the source has an address, linked.
    expect(await step.locator("[data-testid=sources] li").count()).toBeGreaterThan(0);
    await expect(page.locator("[data-testid=trace-paths] a[href^='http']").count()).resolves.toBeGreaterThan(
      0,
    );

    // On the canvas the disputed step keeps the conflict red although it is traced (defect 2).
    const colour = await page.evaluate((id) => {
      const cy = (window as unknown as { __explorer: { cy: import("cytoscape").Core } }).__explorer.cy;
      const element = cy.getElementById(id);
      return { classes: element.classes(), line: element.style("line-color") };
    }, edge.id);
    expect(colour.classes).toEqual(expect.arrayContaining(["traced", "conflict"]));
    expect(colour.line).toBe("rgb(220,38,38)");
    await page.locator(`[data-testid=trace-step][data-edge="${edge.id}"]`).first().scrollIntoViewIfNeeded();
    await screenshot(page, "evidence-trace-conflict");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the stated-only switch keeps the SDGs reachable on stated steps alone and says which are lost", async () => {
    const from = "objective-3";
    const { traceToSdgs: trace } = await graphql<{ traceToSdgs: Trace }>(
      session.server.url,
      `{ traceToSdgs(fromId: "norsk-helsenett") { ${TRACE_FIELDS} } }`,
    );
    const statedSdgs = new Set(
      trace.paths.filter((p) => p.steps.every((s) => s.basis !== "inferred")).map((p) => p.sdg.id),
    );
    const { page, context } = await openExplorer(session.browser, session.server.url, {
      width: 1440,
      height: 900,
    });
    await traceFrom(page, "norsk-helsenett");
    const inferredOnly = trace.sdgs.map((sdg) => sdg.id).filter((id) => !statedSdgs.has(id));
    expect(inferredOnly.length).toBeGreaterThan(0);
    const groups = () =>
      page.locator("[data-testid=sdg-group]").evaluateAll((els) =>
        els.map((el) => ({
          sdg: el.getAttribute("data-sdg") ?? "",
          struck: getComputedStyle(el.querySelector("h4 .link") ?? el).textDecorationLine.includes(
            "line-through",
          ),
          note: el.querySelector("[data-testid=sdg-inferred-only]") !== null,
        })),
      );
    // Before the switch no heading is struck through (it read as an error); a group reached only
    // through inferred steps says so in words instead.
    const sdgsWhere = (list: Awaited<ReturnType<typeof groups>>, mark: "struck" | "note") =>
      list
        .filter((g) => g[mark])
        .map((g) => g.sdg)
        .sort();
    const before = await groups();
    expect(sdgsWhere(before, "struck")).toEqual([]);
    expect(sdgsWhere(before, "note")).toEqual([...inferredOnly].sort());
    await page.check("[data-testid=stated-only]");
    await page.waitForSelector("[data-testid=stated-summary]");
    await waitForIdle(page);
    // With it, the groups it sets aside are struck through and tagged.
    const after = await groups();
    expect(sdgsWhere(after, "struck")).toEqual([...inferredOnly].sort());
    expect(sdgsWhere(after, "note")).toEqual([]);
    await expect(page.locator("[data-testid=stated-summary]").textContent()).resolves.toContain(
      `${statedSdgs.size} of ${trace.sdgs.length}`,
    );
    // The summary still counts every path, so the reader sees how much the switch set aside.
    await expect(page.locator("[data-testid=trace-summary]").textContent()).resolves.toContain(
      `by ${trace.paths.length} path`,
    );
    const reachable = await page
      .locator("[data-testid=sdg-group][data-stated=reachable]")
      .evaluateAll((els) => els.map((el) => el.getAttribute("data-sdg")));
    expect(reachable.sort()).toEqual([...statedSdgs].sort());
    // No inferred step is left on the list, and the canvas highlights only stated paths.
    await expect(page.locator("[data-testid=trace-step][data-marks~=inferred]").count()).resolves.toBe(0);
    const tracedSdgs = await page.evaluate(() => {
      const cy = (window as unknown as { __explorer: { cy: import("cytoscape").Core } }).__explorer.cy;
      return cy.nodes("node.traced[type = 'SDG']").map((n) => n.id());
    });
    expect(tracedSdgs.sort()).toEqual([...statedSdgs].sort());
    await screenshot(page, "evidence-stated-only");
    await context.close();

    // An objective reaches its SDGs on stated steps: nothing is lost there.
    const { page: objectivePage, context: objectiveContext } = await openExplorer(
      session.browser,
      session.server.url,
    );
    await traceFrom(objectivePage, from);
    await objectivePage.check("[data-testid=stated-only]");
    await objectivePage.waitForSelector("[data-testid=stated-summary]");
    await expect(objectivePage.locator("[data-testid=sdg-lost]").count()).resolves.toBe(0);
    await objectiveContext.close();
  });

  it("a matrix cell shows the strategy's wording and who passes through it", async () => {
    const { sdgMatrix } = await graphql<{
      sdgMatrix: { cells: { objective: { id: string }; sdg: { id: string }; wording: string | null }[] };
    }>(session.server.url, "{ sdgMatrix { cells { objective { id } sdg { id } wording } } }");
    const cell = sdgMatrix.cells.find((c) => c.wording !== null) ?? sdgMatrix.cells[0];
    if (!cell) throw new Error("The matrix has no cells");
    const objective = cell.objective.id;
    // Whatever supports the objective directly passes through every one of its cells.
    const { neighbourhood } = await graphql<{
      neighbourhood: { edges: { source: string; target: string }[]; nodes: { id: string; type: string }[] };
    }>(
      session.server.url,
      `{ neighbourhood(id: "${objective}", types: ["SUPPORTS"]) { edges { source target } nodes { id type } } }`,
    );
    const supporters = neighbourhood.edges.filter((e) => e.target === objective).map((e) => e.source);
    expect(supporters.length).toBeGreaterThan(0);

    const { page, context } = await openExplorer(session.browser, session.server.url, {
      width: 1440,
      height: 900,
    });
    await page.click("[data-testid=tab-matrix]");
    await page.click(`[data-testid=matrix-cell-${objective}-${cell.sdg.id}]`);
    await page.waitForSelector("[data-testid=matrix-cell-detail] ul[data-testid=cell-through]");
    await waitForIdle(page);
    const detail = page.locator("[data-testid=matrix-cell-detail]");
    if (cell.wording)
      await expect(detail.locator("[data-testid=cell-wording]").textContent()).resolves.toBe(cell.wording);
    else await expect(detail.textContent()).resolves.toContain("records no wording");
    const listed = await detail
      .locator("[data-testid=cell-through] button")
      .evaluateAll((els) => els.map((el) => el.getAttribute("data-id")));
    expect(listed).toEqual(expect.arrayContaining(supporters));
    // Only organisations and solutions: never the strategy or an outcome.
    const types = new Map(neighbourhood.nodes.map((n) => [n.id, n.type]));
    expect(
      listed.some((id) => id && ["Strategy", "Outcome", "Objective"].includes(types.get(id) ?? "")),
    ).toBe(false);
    await screenshot(page, "evidence-matrix-cell");
    await context.close();
  });
});
