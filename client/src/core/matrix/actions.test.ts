import { afterEach, describe, expect, it, vi } from "vitest";
import { deferred } from "../../testing/deferred.ts";
import { testExplorer } from "../../testing/explorer.ts";
import { api } from "../api/index.ts";
import type { SdgMatrix } from "../graph/index.ts";
import { loadMatrix } from "./actions.ts";
import { syncMatrix } from "./effects.ts";

const matrixOf = (objectives: number): SdgMatrix =>
  ({
    objectives: Array.from({ length: objectives }, (_, i) => ({ id: `o${i}` })),
    sdgs: [],
    cells: [],
  }) as never;

afterEach(() => vi.restoreAllMocks());

describe("the matrix slice", () => {
  it("keeps the newer day's matrix when the older day's answers last", async () => {
    const today = deferred<SdgMatrix>();
    const past = deferred<SdgMatrix>();
    vi.spyOn(api, "sdgMatrix").mockReturnValueOnce(today.promise).mockReturnValueOnce(past.promise);
    const explorer = testExplorer();
    const first = loadMatrix(explorer, null);
    const second = loadMatrix(explorer, "2001-01-01");
    past.resolve(matrixOf(0));
    await second;
    today.resolve(matrixOf(6));
    await first;
    expect(explorer.store.get().matrix).toMatchObject({
      phase: "ready",
      asOf: "2001-01-01",
      matrix: { objectives: [] },
    });
  });

  it("names the day it loads for", async () => {
    const load = vi.spyOn(api, "sdgMatrix").mockResolvedValue(matrixOf(1));
    await loadMatrix(testExplorer(), "2015-06-01");
    expect(load).toHaveBeenCalledWith(expect.objectContaining({ asOf: "2015-06-01" }));
  });

  it("loads the new day's matrix when the date changes while the Matrix tab is shown, and not on another tab", async () => {
    const load = vi.spyOn(api, "sdgMatrix").mockResolvedValue(matrixOf(1));
    const explorer = testExplorer({ tab: "graph" });
    syncMatrix(explorer);
    explorer.store.set((state) => ({ view: { ...state.view, asOf: "2019-01-01" } }));
    expect(load).not.toHaveBeenCalled();
    explorer.store.set((state) => ({ view: { ...state.view, tab: "matrix" } }));
    await vi.waitFor(() =>
      expect(explorer.store.get().matrix).toMatchObject({ phase: "ready", asOf: "2019-01-01" }),
    );
    explorer.store.set((state) => ({ view: { ...state.view, asOf: "2001-01-01" } }));
    expect(explorer.store.get().matrix).toMatchObject({ phase: "loading", asOf: "2001-01-01" });
    await vi.waitFor(() =>
      expect(explorer.store.get().matrix).toMatchObject({ phase: "ready", asOf: "2001-01-01" }),
    );
    expect(load).toHaveBeenCalledTimes(2);
  });
});
