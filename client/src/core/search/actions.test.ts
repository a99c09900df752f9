import { describe, expect, it } from "vitest";
import { node } from "../../testing/fixtures.ts";
import type { SearchHit } from "../graph/contract.ts";
import { createSearchSlice } from "./actions.ts";

function hit(id: string): SearchHit {
  return { score: 1, inForce: true, node: node(id), succession: { succeededBy: [], precededBy: [] } };
}

/** A loader whose answers the test hands out, in any order. */
function controlled() {
  const pending = new Map<string, { resolve: (hits: SearchHit[]) => void; reject: (e: unknown) => void }>();
  return {
    loader: {
      hits: (text: string) =>
        new Promise<readonly SearchHit[]>((resolve, reject) => pending.set(text, { resolve, reject })),
      describe: (error: unknown) => String(error),
    },
    answer: (text: string, hits: SearchHit[]) => pending.get(text)?.resolve(hits),
    fail: (text: string) => pending.get(text)?.reject(new Error(`no ${text}`)),
  };
}

describe("the search slice", () => {
  it("keeps the newer search when two answers arrive in reverse order", async () => {
    const { loader, answer } = controlled();
    const slice = createSearchSlice(loader);
    const older = slice.run("helse");
    const newer = slice.run("helsenorge");
    answer("helsenorge", [hit("helsenorge")]);
    await newer;
    answer("helse", [hit("helsedirektoratet")]);
    await older;
    expect(slice.get()).toEqual({ phase: "results", text: "helsenorge", hits: [hit("helsenorge")] });
  });

  it("drops an older search's failure that arrives after a newer answer", async () => {
    const { loader, answer, fail } = controlled();
    const slice = createSearchSlice(loader);
    const older = slice.run("kjerne");
    const newer = slice.run("kjernejournal");
    answer("kjernejournal", [hit("kjernejournal")]);
    await newer;
    fail("kjerne");
    await older;
    expect(slice.get().phase).toBe("results");
  });

  it("answers the caller with the state its own search left, for Enter before suggestions", async () => {
    const { loader, answer } = controlled();
    const slice = createSearchSlice(loader);
    const run = slice.run("  Statens legemiddelverk ");
    expect(slice.get()).toEqual({ phase: "loading", text: "Statens legemiddelverk" });
    answer("Statens legemiddelverk", [hit("norwegian-medicines-agency")]);
    expect(await run).toMatchObject({ phase: "results", hits: [hit("norwegian-medicines-agency")] });
  });

  it("searches nothing for one letter, and a reset drops a search under way", async () => {
    const { loader, answer } = controlled();
    const slice = createSearchSlice(loader);
    expect(await slice.run("k")).toEqual({ phase: "idle" });
    const run = slice.run("helse");
    slice.reset();
    answer("helse", [hit("helse")]);
    await run;
    expect(slice.get()).toEqual({ phase: "idle" });
  });
});
