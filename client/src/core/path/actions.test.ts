/**
 * The path request always ends in a visible state (ready, with or without steps, or failed), however
 * restores (Back, a new date, a reconnect) and other queued work interleave with it. Regression for
 * the e2e flake "says clearly when no path joins the two nodes": the old lookup waited in the task
 * queue, gave up after three aborted tries and stayed "loading" for ever.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { deferred } from "../../testing/deferred.ts";
import { quietCanvas as canvas } from "../../testing/explorer.ts";
import { edge as relation, subgraph } from "../../testing/fixtures.ts";
import { ApiCallError, api } from "../api/index.ts";
import { createExplorerStore, type Explorer } from "../app/state.ts";
import type { Subgraph } from "../graph/contract.ts";
import { GraphModel } from "../graph/model.ts";
import { type Task, TaskQueue } from "../store/taskQueue.ts";
import { DEFAULT_STATE, type ViewState } from "../url-state/types.ts";
import { clearPath, findPath } from "./actions.ts";
import { syncPath } from "./effects.ts";

const A_TO_C = subgraph(["a", "b", "c"], [relation("a", "RUNS", "b"), relation("c", "USES", "b")]);

/** A queue in which the first `restores` tasks queued are each at once aborted by a restore. */
class RestoreStorm extends TaskQueue {
  private restoring = false;
  constructor(
    private restores: number,
    private readonly rebuild: () => void,
  ) {
    super();
  }
  override enqueue<T>(task: Task<T>): Promise<T | undefined> {
    const run = super.enqueue(task);
    if (!this.restoring && this.restores > 0) {
      this.restores--;
      this.restoring = true;
      void this.replace(async () => this.rebuild());
      this.restoring = false;
    }
    return run;
  }
}

function explorerFor(queue = new TaskQueue(), view: ViewState = DEFAULT_STATE): Explorer {
  return { store: createExplorerStore(view), model: new GraphModel(), canvas, queue };
}

const answer = (value: Subgraph) => vi.spyOn(api, "shortestPath").mockResolvedValue(value);

afterEach(() => {
  vi.restoreAllMocks();
});

describe("finding a path", () => {
  it("shows the path although restores abort every queued task while it is looked up", async () => {
    answer(A_TO_C);
    const explorer = explorerFor(new RestoreStorm(5, () => explorer.model.clear()));
    await findPath(explorer, "a", "c");
    const { path } = explorer.store.get();
    expect(path.phase).toBe("ready");
    expect(path.phase === "ready" && path.nodes).toEqual(["a", "b", "c"]);
    // Drawn after the last restore's rebuild, not wiped by it.
    expect([...explorer.model.nodes.keys()].sort()).toEqual(["a", "b", "c"]);
    expect(explorer.store.get().view.path).toEqual(["a", "c"]);
  });

  it("says there is no path although a restore aborted its drawing", async () => {
    answer({ nodes: [], edges: [] });
    const explorer = explorerFor(new RestoreStorm(4, () => explorer.model.clear()));
    await findPath(explorer, "a", "z");
    expect(explorer.store.get().path).toMatchObject({ phase: "ready", nodes: [], steps: [] });
  });

  it("shows the answer although a task ahead of it in the queue never ends", async () => {
    answer(A_TO_C);
    const explorer = explorerFor();
    void explorer.queue.enqueue(() => new Promise<never>(() => {}));
    void findPath(explorer, "a", "c");
    await vi.waitFor(() => expect(explorer.store.get().path.phase).toBe("ready"));
  });

  it("keeps a restore that comes while the answer is on its way from losing it", async () => {
    const reply = deferred<Subgraph>();
    vi.spyOn(api, "shortestPath").mockReturnValue(reply.promise);
    const explorer = explorerFor();
    const finding = findPath(explorer, "a", "c");
    let rebuilt = false;
    const restoring = explorer.queue.replace(async () => {
      explorer.model.clear();
      rebuilt = true;
    });
    reply.resolve(A_TO_C);
    await Promise.all([finding, restoring]);
    expect(rebuilt).toBe(true);
    expect(explorer.store.get().path.phase).toBe("ready");
    expect([...explorer.model.nodes.keys()].sort()).toEqual(["a", "b", "c"]);
    expect(api.shortestPath).toHaveBeenCalledTimes(1);
  });

  it("ends failed, naming the reason, when the lookup fails", async () => {
    vi.spyOn(api, "shortestPath").mockRejectedValue(new ApiCallError("NOT_FOUND", "No node no-such-node"));
    const explorer = explorerFor();
    await findPath(explorer, "a", "no-such-node");
    const { path } = explorer.store.get();
    expect(path.phase).toBe("failed");
    expect(path.phase === "failed" && path.message).toContain("no-such-node");
    expect(explorer.store.get().pending).toBe(0);
  });

  it("drops a stale answer: the newer request wins whichever answer comes last", async () => {
    const first = deferred<Subgraph>();
    const second = deferred<Subgraph>();
    vi.spyOn(api, "shortestPath").mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise);
    const explorer = explorerFor();
    const older = findPath(explorer, "a", "b");
    const newer = findPath(explorer, "a", "c");
    second.resolve(A_TO_C);
    await newer;
    first.resolve(subgraph(["a", "b"], [relation("a", "RUNS", "b")]));
    await older;
    expect(explorer.store.get().path).toMatchObject({ phase: "ready", from: "a", to: "c" });
    expect(explorer.store.get().view.path).toEqual(["a", "c"]);
  });

  it("stays cleared when the path is cleared before its answer comes", async () => {
    const reply = deferred<Subgraph>();
    vi.spyOn(api, "shortestPath").mockReturnValue(reply.promise);
    const explorer = explorerFor();
    const finding = findPath(explorer, "a", "c");
    clearPath(explorer);
    reply.resolve(A_TO_C);
    await finding;
    expect(explorer.store.get().path.phase).toBe("idle");
    expect(explorer.model.nodes.size).toBe(0);
  });

  it("keeps the spinner on until the path is drawn, and off after", async () => {
    const reply = deferred<Subgraph>();
    vi.spyOn(api, "shortestPath").mockReturnValue(reply.promise);
    const explorer = explorerFor();
    const finding = findPath(explorer, "a", "c");
    expect(explorer.store.get().pending).toBe(1);
    reply.resolve(A_TO_C);
    await finding;
    expect(explorer.store.get().pending).toBe(0);
    expect(explorer.model.nodes.has("b")).toBe(true);
  });
});

describe("the path follows the view", () => {
  it("Back to a scene with another path finds that path; to one with none clears it", async () => {
    const lookUp = answer(A_TO_C);
    const explorer = explorerFor();
    syncPath(explorer);
    await findPath(explorer, "a", "b");
    // What Back/Forward do (core/app/effects.ts): the address's view replaces the current one.
    explorer.store.set((state) => ({ view: { ...state.view, path: ["a", "c"] } }));
    await vi.waitFor(() => expect(explorer.store.get().path).toMatchObject({ phase: "ready", to: "c" }));
    expect(lookUp).toHaveBeenLastCalledWith("a", "c", expect.objectContaining({ asOf: null }));
    explorer.store.set((state) => ({ view: { ...state.view, path: null } }));
    expect(explorer.store.get().path.phase).toBe("idle");
  });

  it("finds the path again when the day changes, and not on other view changes", async () => {
    const lookUp = answer(A_TO_C);
    const explorer = explorerFor();
    syncPath(explorer);
    await findPath(explorer, "a", "c");
    explorer.store.set((state) => ({ view: { ...state.view, selected: "b", path: ["a", "c"] } }));
    await Promise.resolve();
    expect(lookUp).toHaveBeenCalledTimes(1);
    explorer.store.set((state) => ({ view: { ...state.view, asOf: "2020-01-01" } }));
    await vi.waitFor(() => expect(lookUp).toHaveBeenCalledTimes(2));
    expect(lookUp).toHaveBeenLastCalledWith("a", "c", expect.objectContaining({ asOf: "2020-01-01" }));
    await vi.waitFor(() => expect(explorer.store.get().path.phase).toBe("ready"));
  });

  it("keeps the new day's path when the old day's answer comes after it", async () => {
    const today = deferred<Subgraph>();
    const earlier = deferred<Subgraph>();
    vi.spyOn(api, "shortestPath").mockReturnValueOnce(today.promise).mockReturnValueOnce(earlier.promise);
    const explorer = explorerFor();
    syncPath(explorer);
    const first = findPath(explorer, "a", "c");
    explorer.store.set((state) => ({ view: { ...state.view, asOf: "2015-01-01" } }));
    await vi.waitFor(() => expect(api.shortestPath).toHaveBeenCalledTimes(2));
    earlier.resolve(subgraph(["a", "c"], [relation("a", "RUNS", "c")]));
    await vi.waitFor(() =>
      expect(explorer.store.get().path).toMatchObject({ phase: "ready", nodes: ["a", "c"] }),
    );
    today.resolve(A_TO_C);
    await first;
    expect(explorer.store.get().path).toMatchObject({ phase: "ready", nodes: ["a", "c"] });
  });

  it("leaves a path being chosen alone", () => {
    const lookUp = answer(A_TO_C);
    const explorer = explorerFor();
    syncPath(explorer);
    explorer.store.set({ path: { phase: "choosing", from: "a", to: null } });
    explorer.store.set((state) => ({ view: { ...state.view, path: null, selected: "a" } }));
    expect(explorer.store.get().path.phase).toBe("choosing");
    expect(lookUp).not.toHaveBeenCalled();
  });
});
