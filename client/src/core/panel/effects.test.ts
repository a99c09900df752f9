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
function rebuilt(x: Explorer): void {
  x.model.clear();
  x.model.merge({ nodes: [node("a")], edges: [] });
  x.store.set((state) => ({ neighbourhoods: new Map(), drawn: { asOf: state.view.asOf } }));
}

describe("the open node panel", () => {
  it("loads the selected node's neighbourhood again after the graph is rebuilt for another day", async () => {
    const load = vi.spyOn(api, "neighbourhood").mockResolvedValue(subgraph(["a", "b"]));
    const x = testExplorer({ selected: "a" });
    syncPanel(x);
    rebuilt(x);
    await vi.waitFor(() => expect(x.store.get().neighbourhoods.has("a")).toBe(true));
    x.store.set((state) => ({ view: { ...state.view, asOf: "2015-01-01" } }));
    expect(x.store.get().neighbourhoods.has("a")).toBe(false);
    rebuilt(x);
    await vi.waitFor(() => expect(x.store.get().neighbourhoods.has("a")).toBe(true));
    expect(load).toHaveBeenLastCalledWith("a", expect.objectContaining({ asOf: "2015-01-01" }));
  });

  it("loads it again when Compare rebuilds the graph on the same day", async () => {
    const load = vi.spyOn(api, "neighbourhood").mockResolvedValue(subgraph(["a", "b"]));
    const x = testExplorer({ selected: "a" });
    syncPanel(x);
    rebuilt(x);
    await vi.waitFor(() => expect(x.store.get().neighbourhoods.has("a")).toBe(true));
    x.store.set((state) => ({ view: { ...state.view, compareTo: "2015-01-01" } }));
    rebuilt(x);
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(x.store.get().neighbourhoods.has("a")).toBe(true));
  });

  it("keeps the newer day's neighbourhood when the older day's answers last", async () => {
    const older = deferred<Subgraph>();
    const newer = deferred<Subgraph>();
    vi.spyOn(api, "neighbourhood").mockReturnValueOnce(older.promise).mockReturnValueOnce(newer.promise);
    const x = testExplorer({ selected: "a", asOf: "2015-01-01" });
    const first = loadNeighbourhood(x, "a", "2015-01-01");
    const second = loadNeighbourhood(x, "a", "2015-01-01");
    newer.resolve(subgraph(["a", "new"]));
    await second;
    older.resolve(subgraph(["a", "old"]));
    await first;
    expect(
      x.store
        .get()
        .neighbourhoods.get("a")
        ?.nodes.map((n) => n.id),
    ).toEqual(["a", "new"]);
  });

  it("drops an answer for the day the view has left", async () => {
    const late = deferred<Subgraph>();
    vi.spyOn(api, "neighbourhood").mockReturnValueOnce(late.promise);
    const x = testExplorer({ selected: "a" });
    syncPanel(x);
    const loading = loadNeighbourhood(x, "a", null);
    x.store.set((state) => ({ view: { ...state.view, asOf: "2015-01-01" } }));
    late.resolve(subgraph(["a", "today"]));
    await loading;
    expect(x.store.get().neighbourhoods.has("a")).toBe(false);
  });
});
