/**
 * Freshness of the loads the app slices make (trace, passers-through, evidence, source documents,
 * restore with compare): two loads resolved in reverse order leave the newer one's state.
 */
import type { RestoreQuery } from "@generated/graphql.ts";
import { afterEach, describe, expect, it, vi } from "vitest";
import { deferred } from "../../testing/deferred.ts";
import { testExplorer } from "../../testing/explorer.ts";
import { edge, node, subgraph } from "../../testing/fixtures.ts";
import { api } from "../api/index.ts";
import type { SdgTrace, SourceRef, Subgraph } from "../graph/index.ts";
import { loadThrough, openEvidence } from "./evidenceActions.ts";
import { clearTrace, traceFrom } from "./graphActions.ts";
import { restore } from "./restore.ts";
import { loadSourceDocuments } from "./viewActions.ts";

afterEach(() => vi.restoreAllMocks());

const noView = async () => {};
const traceOf = (id: string): SdgTrace => ({ from: node(id), sdgs: [], paths: [], subgraph: subgraph([id]) });
const source = (document: string) => ({ document }) as SourceRef;
type Registry = Awaited<ReturnType<typeof api.sourceDocuments>>;
const registered = (title: string): Registry[number] => ({
  id: "d",
  title,
  publisher: "p",
  date: "2024",
  published: null,
  dateNote: null,
  url: null,
});

describe("the trace slice", () => {
  it("never shows an older trace once a newer one is asked for", async () => {
    const older = deferred<SdgTrace>();
    vi.spyOn(api, "traceToSdgs").mockImplementation((id) =>
      id === "a" ? older.promise : Promise.resolve(traceOf(id)),
    );
    const explorer = testExplorer();
    const shown: string[] = [];
    explorer.store.subscribe((state, previous) => {
      if (state.trace && state.trace !== previous.trace) shown.push(state.trace.from.id);
    });
    const first = traceFrom(explorer, noView, "a");
    const second = traceFrom(explorer, noView, "b");
    older.resolve(traceOf("a"));
    await Promise.all([first, second]);
    expect(shown).toEqual(["b"]);
    expect(explorer.store.get().trace?.from.id).toBe("b");
  });

  it("stays cleared when the trace is closed before its answer comes", async () => {
    const reply = deferred<SdgTrace>();
    vi.spyOn(api, "traceToSdgs").mockReturnValueOnce(reply.promise);
    const explorer = testExplorer();
    const tracing = traceFrom(explorer, noView, "a");
    clearTrace(explorer);
    reply.resolve(traceOf("a"));
    await tracing;
    expect(explorer.store.get().trace).toBeNull();
  });
});

describe("the passers-through slice", () => {
  it("keeps the new day's passers-through when the old day's answer comes last", async () => {
    const older = deferred<Subgraph>();
    const newer = deferred<Subgraph>();
    const cell = (upstream: string) => ({
      nodes: [node("objective"), node(upstream, { type: "Solution" })],
      edges: [edge(upstream, "SUPPORTS", "objective")],
    });
    vi.spyOn(api, "neighbourhood").mockReturnValueOnce(older.promise).mockReturnValueOnce(newer.promise);
    const explorer = testExplorer();
    const first = loadThrough(explorer, "objective", null);
    const second = loadThrough(explorer, "objective", "2015-01-01");
    newer.resolve(cell("then"));
    await second;
    older.resolve(cell("now"));
    await first;
    const { through } = explorer.store.get();
    expect(through.phase === "ready" && through.nodes.map((n) => n.id)).toEqual(["then"]);
  });
});

describe("the passers-through slice, while the newer load is still out", () => {
  it("never shows the old day's passers-through for the new day", async () => {
    const older = deferred<Subgraph>();
    const newer = deferred<Subgraph>();
    const cell = (upstream: string): Subgraph => ({
      nodes: [node("objective"), node(upstream, { type: "Solution" })],
      edges: [edge(upstream, "SUPPORTS", "objective")],
    });
    vi.spyOn(api, "neighbourhood").mockReturnValueOnce(older.promise).mockReturnValueOnce(newer.promise);
    const explorer = testExplorer();
    const first = loadThrough(explorer, "objective", null);
    const second = loadThrough(explorer, "objective", "2015-01-01");
    older.resolve(cell("now"));
    await first;
    expect(explorer.store.get().through.phase).toBe("loading");
    newer.resolve(cell("then"));
    await second;
    const { through } = explorer.store.get();
    expect(through.phase === "ready" && through.nodes.map((n) => n.id)).toEqual(["then"]);
  });
});

describe("the evidence slice", () => {
  it("keeps the newer relationship's sources when the older one's answer comes last", async () => {
    const older = deferred<SourceRef[]>();
    const newer = deferred<SourceRef[]>();
    vi.spyOn(api, "evidence").mockReturnValueOnce(older.promise).mockReturnValueOnce(newer.promise);
    const explorer = testExplorer();
    const first = openEvidence(explorer, "a|RUNS|b");
    const second = openEvidence(explorer, "a|RUNS|b");
    newer.resolve([source("new")]);
    await second;
    older.resolve([source("old")]);
    await first;
    expect(explorer.store.get().evidence).toMatchObject({ phase: "ready", sources: [{ document: "new" }] });
  });
});

describe("the source documents slice", () => {
  it("keeps the newer registry when the older answer comes last", async () => {
    const older = deferred<Registry>();
    const newer = deferred<Registry>();
    vi.spyOn(api, "sourceDocuments").mockReturnValueOnce(older.promise).mockReturnValueOnce(newer.promise);
    const explorer = testExplorer();
    const first = loadSourceDocuments(explorer);
    const second = loadSourceDocuments(explorer);
    newer.resolve([registered("new")]);
    await second;
    older.resolve([registered("old")]);
    await first;
    expect(explorer.store.get().sourceDocuments.get("d")?.title).toBe("new");
  });
});

describe("the compare slice", () => {
  it("never shows the comparison of a restore that a newer one replaced", async () => {
    const answer = (ids: string[]): RestoreQuery => ({ subgraph: subgraph(ids) }) as RestoreQuery;
    const older = deferred<RestoreQuery>();
    vi.spyOn(api, "restore")
      .mockReturnValueOnce(older.promise)
      .mockResolvedValueOnce(answer(["old"]))
      .mockResolvedValue(answer(["a"]));
    vi.spyOn(api, "changes").mockResolvedValue([]);
    const explorer = testExplorer({ nodes: ["a"], compareTo: "2015-01-01" });
    const comparisons: string[] = [];
    explorer.store.subscribe((state, previous) => {
      const comparison = state.time.comparison;
      if (comparison && comparison !== previous.time.comparison) comparisons.push(comparison.from);
    });
    const first = restore(explorer);
    await vi.waitFor(() => expect(api.restore).toHaveBeenCalledTimes(2));
    explorer.store.set((state) => ({ view: { ...state.view, compareTo: "2010-01-01" } }));
    const second = restore(explorer);
    older.resolve(answer(["a"]));
    await Promise.all([first, second]);
    expect(comparisons).toEqual(["2010-01-01"]);
  });
});
