import { describe, expect, it } from "vitest";
import { EN } from "./en.ts";
import { DICTIONARIES } from "./index.ts";

describe("interface dictionaries", () => {
  it.each(Object.entries(DICTIONARIES))(
    "%s has every key of the English dictionary, none empty",
    (_, dictionary) => {
      expect(Object.keys(dictionary).sort()).toEqual(Object.keys(EN).sort());
      for (const text of Object.values(dictionary)) expect(text.trim()).not.toBe("");
    },
  );

  it("Norwegian is translated, not copied from English", () => {
    const english = new Map(Object.entries(EN));
    const same = Object.entries(DICTIONARIES.no).filter(([key, text]) => english.get(key) === text);
    expect(same).toEqual([]);
  });
});
