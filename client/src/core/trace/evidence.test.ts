import { describe, expect, it } from "vitest";
import { edge, node } from "../../testing/fixtures.ts";
import type { SdgTrace } from "../graph/contract.ts";
import { badgesOf, citation, groupBySdg, highlightFor, safeUrl, statedOnlyTrace } from "./evidence.ts";

const n = (id: string, type = "SDG") => node(id, { type });
const step = (source: string, target: string, basis: string, conflict: string | null = null) =>
  edge(source, "SUPPORTS", target, {
    basis,
    reason: basis === "inferred" ? "the portal serves the objective" : null,
    conflict,
  });

// Like Norsk helsenett: SDG 3 by a stated path and an inferred one, SDG 9 only by an inferred,
// disputed step.
const trace: SdgTrace = {
  from: n("nhn", "Agency"),
  sdgs: [n("sdg-3"), n("sdg-9")],
  paths: [
    { sdg: n("sdg-3"), steps: [step("nhn", "a", "stated"), step("a", "sdg-3", "stated")] },
    { sdg: n("sdg-3"), steps: [step("nhn", "b", "inferred"), step("b", "sdg-3", "stated")] },
    {
      sdg: n("sdg-9"),
      steps: [step("nhn", "c", "inferred", "sources disagree"), step("c", "sdg-9", "stated")],
    },
  ],
  subgraph: { nodes: [], edges: [] },
};

describe("evidence-first trace", () => {
  it("badges an inferred, disputed step both inferred (with its reason) and conflict (with the note)", () => {
    expect(badgesOf(step("nhn", "c", "inferred", "sources disagree"))).toEqual([
      { mark: "inferred", reason: { text: "the portal serves the objective", language: "en" } },
      { mark: "conflict", note: "sources disagree" },
    ]);
    expect(badgesOf(step("a", "b", "stated"))).toEqual([{ mark: "stated" }]);
  });

  it("groups paths by the SDG they reach, in the trace's SDG order", () => {
    const groups = groupBySdg(trace, null, false);
    expect(groups.map((g) => [g.sdg.id, g.paths.length, g.reachableStated])).toEqual([
      ["sdg-3", 2, true],
      ["sdg-9", 1, false],
    ]);
  });

  it("on stated steps only, keeps the stated paths and shows which SDGs are lost", () => {
    const groups = groupBySdg(trace, null, true);
    expect(groups.map((g) => [g.sdg.id, g.paths.length, g.reachableStated])).toEqual([
      ["sdg-3", 1, true],
      ["sdg-9", 0, false],
    ]);
    expect(statedOnlyTrace(trace).sdgs.map((sdg) => sdg.id)).toEqual(["sdg-3"]);
  });

  it("highlights only the stated paths on the canvas when the switch is on", () => {
    expect([...(highlightFor(trace, null, true)?.nodes ?? [])].sort()).toEqual(["a", "nhn", "sdg-3"]);
    expect(highlightFor(trace, null, false)?.nodes.has("sdg-9")).toBe(true);
    expect(highlightFor(null, null, true)).toBeNull();
  });

  it("narrows the groups to a matrix cell's SDG", () => {
    expect(groupBySdg(trace, "sdg-9", false).map((g) => g.sdg.id)).toEqual(["sdg-9"]);
  });

  it("cites document, section and paragraph where the paragraph is known", () => {
    expect(citation({ title: "Strategy", section: "Objective 1", paragraph: 2 })).toBe(
      "Strategy — Objective 1 — ¶ 2",
    );
    expect(citation({ title: "Strategy", section: "Objective 1", paragraph: null })).toBe(
      "Strategy — Objective 1",
    );
  });

  it("links only http and https addresses", () => {
    expect(safeUrl("https://www.nhn.no")).toBe("https://www.nhn.no/");
    expect(safeUrl("javascript:alert(1)")).toBeNull();
    expect(safeUrl("not a url")).toBeNull();
    expect(safeUrl(null)).toBeNull();
  });
});
