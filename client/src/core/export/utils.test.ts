import { describe, expect, it } from "vitest";
import { buildSvg, csvField, subgraphToCsv } from "./utils.ts";

describe("exports", () => {
  it("quotes CSV fields that hold commas, quotes or newlines", () => {
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField(["x", "y"])).toBe("x; y");
    expect(csvField(null)).toBe("");
  });

  it("writes nodes then edges with their sources", () => {
    const csv = subgraphToCsv({
      nodes: [
        {
          id: "a",
          type: "Agency",
          name: "A, Inc",
          aliases: [],
          properties: {},
          sources: [{ document: "d", title: "Doc", section: "S" }],
        },
      ],
      edges: [],
    });
    expect(csv.split("\n")[1]).toBe('node,a,Agency,"A, Inc",,,Doc § S');
  });

  it("builds a well-formed SVG with escaped labels", () => {
    const svg = buildSvg(
      [
        {
          id: "a",
          label: "R&D <x>",
          x: 0,
          y: 0,
          width: 20,
          height: 20,
          color: "#000",
          shape: "diamond",
          dimmed: false,
        },
        {
          id: "b",
          label: "B",
          x: 100,
          y: 50,
          width: 20,
          height: 20,
          color: "#000",
          shape: "ellipse",
          dimmed: true,
        },
      ],
      [{ id: "a|X|b", source: "a", target: "b", label: "⚠ x", dashed: true, conflict: true, dimmed: false }],
    );
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("R&amp;D &lt;x&gt;");
    expect(svg).toContain('stroke-dasharray="6 4"');
    expect(svg.trim().endsWith("</svg>")).toBe(true);
  });
});
