import { describe, expect, it } from "vitest";
import { node } from "../../testing/fixtures.ts";
import type { GraphEdge } from "../graph/contract.ts";
import { BOM, edgesCsv, nodesCsv } from "./tables.ts";

const edge: GraphEdge = {
  id: "a|CONTRIBUTES_TO|b",
  source: "a",
  target: "b",
  type: "CONTRIBUTES_TO",
  basis: "stated",
  strength: "important",
  wording: "important",
  reason: null,
  reasonNo: null,
  conflict: null,
  validFrom: "2023-01-01",
  validTo: null,
  properties: {},
  sources: [],
};

describe("the CSV export's tables", () => {
  it("starts each file with a byte-order mark so that Excel reads æøå as UTF-8", () => {
    const csv = nodesCsv({ nodes: [node("a", { name: "Helsedirektoratet, Bodø–Tromsø æøå" })] });
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toContain('"Helsedirektoratet, Bodø–Tromsø æøå"');
  });

  it("keeps nodes and relationships apart, one header each, with dates and the strategy's wording", () => {
    const nodes = nodesCsv({ nodes: [node("a")] }, "2026.12.1")
      .slice(1)
      .split("\r\n");
    const edges = edgesCsv({ edges: [edge] }, "2026.12.1")
      .slice(1)
      .split("\r\n");
    expect(nodes[0]).toContain("validFrom,validTo");
    expect(nodes.filter((line) => line.startsWith("id,"))).toHaveLength(1);
    expect(edges[0]?.split(",")).toEqual(expect.arrayContaining(["wording", "validFrom", "validTo"]));
    expect(edges[1]).toBe(
      "a|CONTRIBUTES_TO|b,CONTRIBUTES_TO,a,b,stated,important,important,,,,2023-01-01,,,2026.12.1",
    );
  });
});
