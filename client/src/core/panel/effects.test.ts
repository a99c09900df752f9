import { afterEach, describe, expect, it, vi } from "vitest";
import { deferred } from "../../testing/deferred.ts";
import { testExplorer } from "../../testing/explorer.ts";
import { node, subgraph } from "../../testing/fixtures.ts";
import { api } from "../api/index.ts";
import type { Explorer } from "../app/state.ts";
import type { Subgraph } from "../graph/index.ts";
import { loadNeighbourhood } from "./actions.ts";
import { syncPanel } from "./effects.ts";

afterEach(() => vi.restoreAllMocks());

/** What a restore does at its end: the model rebuilt for the view's day, the cache emptied. */
function rebuilt(explorer: Explorer): void {
  explorer.model.clear();
  explorer.model.merge({ nodes: [node("a")], edges: [] });
  explorer.store.set((state) => ({ neighbourhoods: new Map(), drawn: { asOf: state.view.asOf } }));
}

describe("the open node panel", () => {
  it("loads the selected node's neighbourhood again after the graph is rebuilt for another day", async () => {
    const load = vi.spyOn(api, "neighbourhood").mockResolvedValue(subgraph(["a", "b"]));
    const explorer = testExplorer({ selected: "a" });
    syncPanel(explorer);
    rebuilt(explorer);
    await vi.waitFor(() => expect(explorer.store.get().neighbourhoods.has("a")).toBe(true));
    explorer.store.set((state) => ({ view: { ...state.view, asOf: "2015-01-01" } }));
    expect(explorer.store.get().neighbourhoods.has("a")).toBe(false);
    rebuilt(explorer);
    await vi.waitFor(() => expect(explorer.store.get().neighbourhoods.has("a")).toBe(true));
    expect(load).toHaveBeenLastCalledWith("a", expect.objectContaining({ asOf: "2015-01-01" }));
  });

  it("loads it again when Compare rebuilds the graph on the same day", async () => {
    const load = vi.spyOn(api, "neighbourhood").mockResolvedValue(subgraph(["a", "b"]));
    const explorer = testExplorer({ selected: "a" });
    syncPanel(explorer);
    rebuilt(explorer);
    await vi.waitFor(() => expect(explorer.store.get().neighbourhoods.has("a")).toBe(true));
    explorer.store.set((state) => ({ view: { ...state.view, compareTo: "2015-01-01" } }));
    rebuilt(explorer);
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(explorer.store.get().neighbourhoods.has("a")).toBe(true));
  });

  it("keeps the newer day's neighbourhood when the older day's answers last", async () => {
    const older = deferred<Subgraph>();
    const newer = deferred<Subgraph>();
    vi.spyOn(api, "neighbourhood").mockReturnValueOnce(older.promise).mockReturnValueOnce(newer.promise);
    const explorer = testExplorer({ selected: "a", asOf: "2015-01-01" });
    const first = loadNeighbourhood(explorer, "a", "2015-01-01");
    const second = loadNeighbourhood(explorer, "a", "2015-01-01");
    newer.resolve(subgraph(["a", "new"]));
    await second;
    older.resolve(subgraph(["a", "old"]));
    await first;
    expect(
      explorer.store
        .get()
        .neighbourhoods.get("a")
        ?.nodes.map((n) => n.id),
    ).toEqual(["a", "new"]);
  });

  it("drops an answer for the day the view has left", async () => {
    const late = deferred<Subgraph>();
    vi.spyOn(api, "neighbourhood").mockReturnValueOnce(late.promise);
    const explorer = testExplorer({ selected: "a" });
    syncPanel(explorer);
    const loading = loadNeighbourhood(explorer, "a", null);
    explorer.store.set((state) => ({ view: { ...state.view, asOf: "2015-01-01" } }));
    late.resolve(subgraph(["a", "today"]));
    await loading;
    expect(explorer.store.get().neighbourhoods.has("a")).toBe(false);
  });
});
