import type { RestoreQuery } from "@generated/graphql.ts";
import { afterEach, describe, expect, it, vi } from "vitest";
import { deferred } from "../../testing/deferred.ts";
import { testExplorer } from "../../testing/explorer.ts";
import { edge, subgraph } from "../../testing/fixtures.ts";
import { api } from "../api/index.ts";
import { loadTimeline, setAsOf } from "./actions.ts";

afterEach(() => vi.restoreAllMocks());

describe("the timeline slice", () => {
  it("keeps the newer timeline when the older load answers last", async () => {
    const older = deferred<string[]>();
    const newer = deferred<string[]>();
    vi.spyOn(api, "timeline").mockReturnValueOnce(older.promise).mockReturnValueOnce(newer.promise);
    const explorer = testExplorer();
    const first = loadTimeline(explorer);
    // A retry after a failure starts a second load while the first is still out.
    explorer.store.set((state) => ({ time: { ...state.time, timeline: { phase: "failed", message: "" } } }));
    const second = loadTimeline(explorer);
    newer.resolve(["2016-01-01", "2024-01-01"]);
    await second;
    older.resolve(["1999-01-01"]);
    await first;
    expect(explorer.store.get().time.timeline).toEqual({
      phase: "ready",
      days: ["2016-01-01", "2024-01-01"],
    });
  });
});

describe("moving an edited view to another day", () => {
  it("draws that day's tree and each expansion's neighbours then, and keeps what is not in force for later", async () => {
    // Today the ministry's tree holds the new agency; in 2015 the old one and a section.
    const trees: Record<string, ReturnType<typeof subgraph>> = {
      today: subgraph(["ministry", "new-agency"], [edge("new-agency", "PART_OF", "ministry")]),
      "2015-01-01": subgraph(
        ["ministry", "old-agency", "section"],
        [edge("old-agency", "PART_OF", "ministry"), edge("section", "PART_OF", "ministry")],
      ),
    };
    const restoreCall = vi.spyOn(api, "restore").mockImplementation(
      async (variables) =>
        ({
          governanceTree: trees[variables.asOf ?? "today"] ?? subgraph([]),
          subgraph: subgraph(variables.asOf ? [] : ["searched"]),
        }) satisfies RestoreQuery,
    );
    const neighbourhood = vi
      .spyOn(api, "neighbourhood")
      .mockImplementation(async (id, read) =>
        read.asOf
          ? subgraph([id, "old-agency"], [edge("old-agency", "PART_OF", id)])
          : subgraph([id, "x"], [edge("x", "RUNS", id)]),
      );
    vi.spyOn(api, "changes").mockResolvedValue([]);
    const explorer = testExplorer({
      nodes: ["searched"],
      expanded: [{ id: "ministry", types: null, nodes: ["x"] }],
    });
    await setAsOf(explorer, "2015-01-01");
    expect(restoreCall).toHaveBeenLastCalledWith(
      expect.objectContaining({ asOf: "2015-01-01", withTree: true }),
      expect.anything(),
    );
    expect(neighbourhood).toHaveBeenCalledWith(
      "ministry",
      expect.objectContaining({ asOf: "2015-01-01" }),
      null,
    );
    expect([...explorer.model.nodes.keys()].sort()).toEqual(["ministry", "old-agency", "section"]);
    // The search hit that was not in force stays in the view, and comes back with today.
    expect(explorer.store.get().view.nodes).toEqual(["searched"]);
    expect(explorer.store.get().view.expanded).toEqual([{ id: "ministry", types: null, nodes: [] }]);
    await setAsOf(explorer, null);
    expect([...explorer.model.nodes.keys()].sort()).toEqual(["ministry", "new-agency", "searched", "x"]);
    expect(explorer.store.get().view.expanded).toEqual([{ id: "ministry", types: null, nodes: ["x"] }]);
  });

  it("draws the body a named node was before its renaming, on a day before it", async () => {
    vi.spyOn(api, "restore").mockImplementation(
      async (variables) =>
        ({
          governanceTree: subgraph(["ministry"]),
          subgraph: subgraph(variables.asOf ? [] : ["new-agency"]),
        }) satisfies RestoreQuery,
    );
    const renamed = edge("old-agency", "RENAMED_TO", "new-agency");
    const changes = vi
      .spyOn(api, "changes")
      .mockResolvedValue([{ date: "2024-01-01", kind: "started", node: null, edge: renamed, edgeEnds: [] }]);
    const found = vi
      .spyOn(api, "subgraph")
      .mockResolvedValue(subgraph(["old-agency", "ministry"], [edge("old-agency", "PART_OF", "ministry")]));
    const explorer = testExplorer({ nodes: ["new-agency"] });
    await setAsOf(explorer, "2015-01-01");
    expect(changes).toHaveBeenCalledWith("2015-01-01", expect.any(String), expect.anything());
    expect(found).toHaveBeenCalledWith(
      expect.arrayContaining(["old-agency", "ministry"]),
      expect.objectContaining({ asOf: "2015-01-01" }),
    );
    expect([...explorer.model.nodes.keys()].sort()).toEqual(["ministry", "old-agency"]);
    expect(explorer.model.edges.has("old-agency|PART_OF|ministry")).toBe(true);
  });
});
