import { describe, expect, it } from "vitest";
import { node } from "../../testing/fixtures.ts";
import { csvField, subgraphToCsv, subgraphToJson } from "./utils.ts";

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
          sources: [
            {
              document: "d",
              title: "Doc",
              section: "S",
              paragraph: null,
              quote: null,
              language: null,
              url: null,
            },
          ],
        }),
      ],
      edges: [],
    });
    expect(csv.split("\n")[1]).toBe('node,a,Agency,"A, Inc",,,,Doc § S,');
  });

  it("names the data release in every row and in the JSON", () => {
    const subgraph = { nodes: [node("a")], edges: [] };
    expect(subgraphToCsv(subgraph, "2026.12.1").split("\n")[1]?.endsWith(",2026.12.1")).toBe(true);
    expect(
      JSON.parse(subgraphToJson(subgraph, { dataRelease: "2026.12.1", asOf: "2020-01-01" })),
    ).toMatchObject({
      dataRelease: "2026.12.1",
      asOf: "2020-01-01",
    });
  });
});
