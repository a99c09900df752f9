import { afterEach, describe, expect, it } from "vitest";
import * as documents from "./documents.ts";
import { setAsOf, withAsOf } from "./index.ts";

/**
 * Documents about time itself, the document registry, the data release and succession (which
 * names predecessors whatever the day): they read no single day.
 */
const UNDATED = new Set([
  "TIMELINE",
  "CHANGES",
  "SOURCE_DOCUMENTS",
  "DATA_RELEASE",
  "CORRECTIONS",
  "SUCCESSION",
]);

afterEach(() => setAsOf(null));

describe("the day every graph query reads", () => {
  it("is declared by every document that reads the graph", () => {
    const dated = Object.entries(documents).filter(([name]) => !UNDATED.has(name));
    expect(dated.length).toBeGreaterThan(5);
    for (const [name, document] of dated) expect(String(document), name).toMatch(/\$asOf: String/);
  });

  it("is added to a dated document's variables once a day is set, and never to an undated one", () => {
    expect(withAsOf(String(documents.SEARCH), { text: "x" })).toEqual({ text: "x" });
    setAsOf("2019-06-01");
    expect(withAsOf(String(documents.SEARCH), { text: "x" })).toEqual({ text: "x", asOf: "2019-06-01" });
    expect(withAsOf(String(documents.TIMELINE), {})).toEqual({});
  });

  it("gives way to a day a call names itself (the second day of compare mode)", () => {
    setAsOf("2019-06-01");
    expect(withAsOf(String(documents.RESTORE), { asOf: "2024-06-01" })).toEqual({ asOf: "2024-06-01" });
  });
});
