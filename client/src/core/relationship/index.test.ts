import { describe, expect, it } from "vitest";
import type { GraphEdge, SourceRef } from "../graph/index.ts";
import { edgeToShow, isRelationshipId, knownEdge } from "./index.ts";

const source: SourceRef = {
  document: "strategy",
  title: "Strategy",
  section: "1",
  paragraph: null,
  quote: null,
  language: "en",
  url: null,
};
const held: GraphEdge = {
  ...(edgeToShow("a|RUNS|b", null, { phase: "ready", id: "a|RUNS|b", sources: [] }) as GraphEdge),
  conflict: "they disagree",
};

describe("a relationship's evidence", () => {
  it("tells relationship ids from node ids", () => {
    expect(isRelationshipId("helsenorge|RELATED_TO|national-ehealth-coordination")).toBe(true);
    expect(isRelationshipId("helsenorge")).toBe(false);
  });

  it("finds a relationship in a panel's neighbourhood when the canvas does not draw it", () => {
    const neighbourhoods = new Map([["a", { nodes: [], edges: [held] }]]);
    expect(knownEdge("a|RUNS|b", { model: { edges: new Map() }, neighbourhoods, trace: null })).toBe(held);
    expect(knownEdge("a|RUNS|c", { model: { edges: new Map() }, neighbourhoods, trace: null })).toBeNull();
  });

  it("shows the held relationship with the sources loaded for its id, keeping its conflict note", () => {
    const shown = edgeToShow("a|RUNS|b", held, { phase: "ready", id: "a|RUNS|b", sources: [source] });
    expect(shown?.conflict).toBe("they disagree");
    expect(shown?.sources).toEqual([source]);
  });

  it("ignores sources loaded for another relationship", () => {
    expect(edgeToShow("a|RUNS|b", held, { phase: "ready", id: "x|RUNS|y", sources: [source] })).toBe(held);
    expect(edgeToShow("a|RUNS|b", null, { phase: "loading", id: "a|RUNS|b" })).toBeNull();
  });

  it("reads the ends and type from the id when nothing else is known of it", () => {
    const shown = edgeToShow("a|RUNS|b", null, { phase: "ready", id: "a|RUNS|b", sources: [source] });
    expect(shown).toMatchObject({ source: "a", type: "RUNS", target: "b", sources: [source] });
  });
});
