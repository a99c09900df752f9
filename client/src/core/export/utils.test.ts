import { describe, expect, it } from "vitest";
import { node } from "../../testing/fixtures.ts";
import { csvField, subgraphToCsv } from "./utils.ts";

describe("exports", () => {
  it("quotes CSV fields that hold commas, quotes or newlines", () => {
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField(["x", "y"])).toBe("x; y");
    expect(csvField(null)).toBe("");
  });

  it("writes nodes then edges with their sources", () => {
    const csv = subgraphToCsv({
      nodes: [
        node("a", {
          name: "A, Inc",
          sources: [{ document: "d", title: "Doc", section: "S", paragraph: null, url: null }],
        }),
      ],
      edges: [],
    });
    expect(csv.split("\n")[1]).toBe('node,a,Agency,"A, Inc",,,,Doc § S');
  });
});
