import { describe, expect, it } from "vitest";
import { EN } from "./en.ts";
import { DICTIONARIES, panelText } from "./index.ts";

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

describe("panel text (evidence list, matrix cell, time slider)", () => {
  it("is translated into Norwegian for every entry, not copied from English", () => {
    const english = panelText("en");
    const norwegian = panelText("no");
    const render = (value: unknown) =>
      typeof value === "function" ? String((value as (...a: unknown[]) => string)("X", 2)) : String(value);
    for (const group of Object.keys(english) as (keyof typeof english)[]) {
      expect(Object.keys(norwegian[group]).sort()).toEqual(Object.keys(english[group]).sort());
      for (const [key, value] of Object.entries(english[group])) {
        const translated = render((norwegian[group] as Record<string, unknown>)[key]);
        expect(translated.trim(), `${group}.${key}`).not.toBe("");
        if (!/^[¶⚠\s\d]|^\W+$/.test(render(value)))
          expect(translated, `${group}.${key}`).not.toBe(render(value));
      }
    }
  });
});
