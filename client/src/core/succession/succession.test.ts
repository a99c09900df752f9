import { describe, expect, it } from "vitest";
import type { GraphNode, Succession } from "../graph/contract.ts";
import { createStore } from "../store/store.ts";
import { loadSuccession, successionOf } from "./actions.ts";
import { phraseText, successionPhrases } from "./phrase.ts";
import { EMPTY_SUCCESSION, type SuccessionCache } from "./types.ts";

const agency = (id: string, name: string, nameNo: string) => ({ id, name, nameNo }) as GraphNode;
const former = agency("norwegian-medicines-agency", "Norwegian Medicines Agency", "Statens legemiddelverk");
const later = agency(
  "norwegian-medical-products-agency",
  "Norwegian Medical Products Agency",
  "Direktoratet for medisinske produkter",
);

const ofSuccessor: Succession = {
  succeededBy: [],
  precededBy: [{ type: "RENAMED_TO", validFrom: "2024-01-01", node: former }],
};
const ofPredecessor: Succession = {
  succeededBy: [{ type: "RENAMED_TO", validFrom: "2024-01-01", node: later }],
  precededBy: [],
};

describe("succession in words", () => {
  it("says formerly on the successor, in English and Norwegian", () => {
    expect(successionPhrases(ofSuccessor, "en").map(phraseText)).toEqual([
      "Formerly Norwegian Medicines Agency (renamed 2024-01-01)",
    ]);
    expect(successionPhrases(ofSuccessor, "no").map(phraseText)).toEqual([
      "Tidligere Statens legemiddelverk (nytt navn 2024-01-01)",
    ]);
  });

  it("names the successor on the predecessor, the name apart so that it can be a link", () => {
    const [phrase] = successionPhrases(ofPredecessor, "en");
    expect(phrase).toMatchObject({
      direction: "after",
      lead: "Renamed ",
      name: "Norwegian Medical Products Agency",
      tail: " (2024-01-01)",
    });
  });
});

describe("loading a node's succession", () => {
  it("lets only the newest load for an id land when an older one answers in between", async () => {
    const store = createStore<{ succession: SuccessionCache }>({ succession: EMPTY_SUCCESSION });
    const answers: ((s: Succession) => void)[] = [];
    const fetch = () => new Promise<Succession>((resolve) => answers.push(resolve));
    const older = loadSuccession(store, "x", fetch);
    // The cache is emptied while the first load is out (new data): the next selection loads anew.
    store.set({ succession: EMPTY_SUCCESSION });
    const newer = loadSuccession(store, "x", fetch);
    answers[0]?.(ofPredecessor);
    await older;
    expect(store.get().succession.get("x")?.phase).toBe("loading");
    answers[1]?.(ofSuccessor);
    await newer;
    expect(successionOf(store.get().succession, "x")).toEqual(ofSuccessor);
  });

  it("tries again after a failure", async () => {
    const store = createStore<{ succession: SuccessionCache }>({ succession: EMPTY_SUCCESSION });
    await loadSuccession(store, "x", () => Promise.reject(new Error("down")));
    expect(store.get().succession.get("x")).toEqual({ phase: "failed" });
    await loadSuccession(store, "x", async () => ofSuccessor);
    expect(successionOf(store.get().succession, "x")).toEqual(ofSuccessor);
  });

  it("does not load again what is loaded", async () => {
    const store = createStore<{ succession: SuccessionCache }>({ succession: EMPTY_SUCCESSION });
    let calls = 0;
    const fetch = async () => {
      calls += 1;
      return ofSuccessor;
    };
    await loadSuccession(store, "x", fetch);
    await loadSuccession(store, "x", fetch);
    expect(calls).toBe(1);
  });
});
