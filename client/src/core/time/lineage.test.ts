import { describe, expect, it } from "vitest";
import { edge } from "../../testing/fixtures.ts";
import { standInsOf } from "./lineage.ts";
import type { Change } from "./types.ts";

const started = (source: string, type: string, target: string) =>
  ({
    date: "2024-01-01",
    kind: "started",
    node: null,
    edge: edge(source, type, target),
    edgeEnds: [],
  }) as unknown as Change;

describe("who stands in for a node not in force", () => {
  it("is the body it was renamed from, through a chain of renamings and mergers", () => {
    const changes = [
      started("medicines-agency", "RENAMED_TO", "medical-products-agency"),
      started("old-board", "MERGED_INTO", "medicines-agency"),
      started("medicines-agency", "PART_OF", "ministry"),
    ];
    expect(standInsOf(["medical-products-agency"], changes).sort()).toEqual([
      "medicines-agency",
      "old-board",
    ]);
  });

  it("is the body it became, for a node that ended", () => {
    expect(
      standInsOf(["strategy-2017"], [started("strategy-2017", "SUCCEEDED_BY", "strategy-2023")]),
    ).toEqual(["strategy-2023"]);
  });

  it("is nobody when no lineage relationship touches it", () => {
    expect(standInsOf(["helsenorge"], [started("nhn", "RUNS", "helsenorge")])).toEqual([]);
  });
});
