import { describe, expect, it } from "vitest";
import {
  addToHistory,
  HISTORY_KEY,
  type HistoryEntry,
  historyTitle,
  loadHistory,
  localRunTime,
  saveHistory,
} from "./history.ts";

const entry = (query: string, variables = "", at = "2026-11-24T07:00:00.000Z"): HistoryEntry => ({
  query,
  variables,
  at,
});

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe("query history", () => {
  it("puts the newest run first and moves a repeated run up instead of listing it twice", () => {
    let history = addToHistory([], entry("{ a }"));
    history = addToHistory(history, entry("{ b }"));
    history = addToHistory(history, entry("{ a }", "", "2026-11-24T07:05:00.000Z"));
    expect(history.map((h) => h.query)).toEqual(["{ a }", "{ b }"]);
    expect(history[0]?.at).toBe("2026-11-24T07:05:00.000Z");
  });

  it("keeps the same query with other variables as a separate entry", () => {
    const history = addToHistory([entry("q", '{"id":"a"}')], entry("q", '{"id":"b"}'));
    expect(history).toHaveLength(2);
  });

  it("drops the oldest runs beyond the limit", () => {
    let history: HistoryEntry[] = [];
    for (let i = 0; i < 5; i++) history = addToHistory(history, entry(`{ q${i} }`), 3);
    expect(history.map((h) => h.query)).toEqual(["{ q4 }", "{ q3 }", "{ q2 }"]);
  });

  it("survives a round trip through storage", () => {
    const storage = memoryStorage();
    saveHistory(storage, [entry("{ a }", '{"x":1}')]);
    expect(loadHistory(storage)).toEqual([entry("{ a }", '{"x":1}')]);
  });

  it("reads corrupt or foreign storage as an empty or filtered history", () => {
    expect(loadHistory(memoryStorage({ [HISTORY_KEY]: "{not json" }))).toEqual([]);
    expect(loadHistory(memoryStorage({ [HISTORY_KEY]: '{"query":"x"}' }))).toEqual([]);
    expect(
      loadHistory(memoryStorage({ [HISTORY_KEY]: JSON.stringify([{ query: 1 }, entry("{ ok }")]) })),
    ).toEqual([entry("{ ok }")]);
    expect(loadHistory(undefined)).toEqual([]);
  });

  it("does not throw when storage refuses to save", () => {
    const full = {
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    expect(() => saveHistory(full, [entry("{ a }")])).not.toThrow();
  });

  it("titles an entry by its first line that is not a comment", () => {
    expect(historyTitle("# Ministries\n\nquery Ministries {\n  ministries { id }\n}")).toBe(
      "query Ministries {",
    );
    expect(historyTitle("  ")).toBe("(empty)");
  });
});

describe("a run's time", () => {
  it("is written in the reader's time zone, not UTC: 23:30 UTC is the next morning's 00:30 in Oslo", () => {
    expect(localRunTime("2026-06-30T22:30:00.000Z", "nb", "Europe/Oslo")).toBe("01.07.2026, 00:30");
    expect(localRunTime("2026-06-30T22:30:00.000Z", "en", "Europe/Oslo")).toMatch(/^7\/1\/26,? 12:30\sAM$/);
  });

  it("shows a stored value it cannot read as it is", () => {
    expect(localRunTime("yesterday", "en")).toBe("yesterday");
  });
});
