import { describe, expect, it } from "vitest";
import { cellSpoken, cellWords } from "./cellWords.ts";

describe("a matrix cell's words", () => {
  it("quotes the strategy's own wording rather than the level of the scale", () => {
    expect(cellWords("important", "viktig")).toEqual({ text: "important", quoted: true });
  });

  it("falls back on the level's name where the graph records no wording", () => {
    expect(cellWords(null, "named")).toEqual({ text: "named", quoted: false });
  });

  it("tells a Norwegian listener the quoted words are English, and names the level", () => {
    expect(cellSpoken("in particular", "særlig", "no")).toBe("“in particular” (engelsk) (særlig)");
    expect(cellSpoken("in particular", "particular", "en")).toBe("“in particular” (particular)");
  });
});
