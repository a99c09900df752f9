import { describe, expect, it } from "vitest";
import { edge as e } from "../../testing/fixtures.ts";
import { CANVAS_LABEL_MAX, canvasLabelOf, edgeVisible, labelOf, relationshipsByType } from "./utils.ts";

describe("graph utils", () => {
  it("labels a node in Norwegian only where it has a Norwegian name", () => {
    expect(labelOf({ name: "Summary Care Record", nameNo: "Kjernejournal" }, "no")).toBe("Kjernejournal");
    expect(labelOf({ name: "Summary Care Record", nameNo: "Kjernejournal" }, "en")).toBe(
      "Summary Care Record",
    );
    expect(labelOf({ name: "SDG 3", nameNo: null }, "no")).toBe("SDG 3");
  });

  it("hides inferred edges when inferred links are switched off, and hidden types always", () => {
    const filters = { hiddenNodeTypes: [], hiddenEdgeTypes: ["RUNS"], showInferred: false };
    expect(edgeVisible({ type: "OVERSEES", basis: "stated" }, filters)).toBe(true);
    expect(edgeVisible({ type: "OVERSEES", basis: "inferred" }, filters)).toBe(false);
    expect(edgeVisible({ type: "RUNS", basis: "stated" }, filters)).toBe(false);
  });

  it("groups a node's relationships by type with their direction", () => {
    const groups = relationshipsByType("x", [
      e("x", "RUNS", "a"),
      e("b", "RUNS", "x"),
      e("x", "PART_OF", "c"),
      e("q", "RUNS", "r"),
    ]);
    expect([...groups.keys()]).toEqual(["PART_OF", "RUNS"]);
    expect(groups.get("RUNS")?.map((r) => [r.otherId, r.outgoing])).toEqual([
      ["a", true],
      ["b", false],
    ]);
  });
});

describe("canvas labels", () => {
  it("keep short names whole and cut long ones at a word with an ellipsis, within three lines", () => {
    expect(canvasLabelOf({ name: "Kjernejournal", nameNo: null }, "en")).toBe("Kjernejournal");
    const long = canvasLabelOf(
      {
        name: "Oversight of the Directorate of eHealth, the Health Network and the Health Archives",
        nameNo: null,
      },
      "en",
    );
    expect(long.length).toBeLessThanOrEqual(CANVAS_LABEL_MAX);
    expect(long).toBe("Oversight of the Directorate of eHealth, the…");
  });
});
