/**
 * With lang=no every relationship's reason is Norwegian too. These tests hold the texts in
 * seed/reasonsNo.ts to that: every relationship with an English `reason` has a Norwegian text, no
 * text is left without such a relationship, it is a rendering and not a copy of the English, and
 * the facts (every number) carry over.
 */
import { describe, expect, it } from "vitest";
import { SEED_MODULES } from "#seed/modules.ts";
import { REASONS_NO } from "#seed/reasonsNo.ts";

const keyOf = (r: { from: string; type: string; to: string }) => `${r.from}|${r.type}|${r.to}`;
const reasoned = SEED_MODULES.flatMap((m) => m.relationships.filter((r) => r.reason !== undefined));
const englishByKey = new Map(reasoned.map((r) => [keyOf(r), r.reason ?? ""]));
const norwegian = (key: string) => (Object.hasOwn(REASONS_NO, key) ? REASONS_NO[key] : undefined);

/**
 * The numbers of a text, so that 7.9 and 7,9 match and a thin or non-breaking space inside a
 * thousands figure (5 400) does not split it in two.
 */
const numbers = (text: string) =>
  (text.replace(/(?<=\d)[\u00a0\u2009\u202f](?=\d{3}\b)/g, "").match(/\d+(?:[.,]\d+)?/g) ?? []).map((n) =>
    n.replace(",", "."),
  );
/** Words that only English prose has; a Norwegian text with several of them was left untranslated. */
const ENGLISH_WORDS = /\b(the|and|of|which|with|its|is|are|from|that)\b/gi;

describe("Norwegian relationship reasons", () => {
  it("give one text for each relationship that has a reason (no two share a key)", () => {
    expect(reasoned.length).toBeGreaterThanOrEqual(207);
    expect(englishByKey.size).toBe(reasoned.length);
  });

  it("cover every relationship that has an English reason with a non-empty text", () => {
    const missing = [...englishByKey.keys()].filter((key) => (norwegian(key) ?? "").trim() === "");
    expect(missing).toEqual([]);
  });

  it("name only relationships that exist and have a reason (no text outlives a changed link)", () => {
    expect(Object.keys(REASONS_NO).filter((key) => !englishByKey.has(key))).toEqual([]);
  });

  it("carry over every number the English gives (years, dates, footnotes, objective numbers)", () => {
    const lost = [...englishByKey].flatMap(([key, english]) => {
      const found = new Set(numbers(norwegian(key) ?? ""));
      return numbers(english)
        .filter((n) => !found.has(n))
        .map((n) => `${key}: ${n}`);
    });
    expect(lost).toEqual([]);
  });

  it("differ from the English reason of every relationship", () => {
    const same = [...englishByKey].filter(([key, english]) => norwegian(key) === english).map(([key]) => key);
    expect(same).toEqual([]);
  });

  it("read as Norwegian, not English left in place", () => {
    const english = Object.entries(REASONS_NO)
      .filter(([, text]) => (text.match(ENGLISH_WORDS) ?? []).length >= 2)
      .map(([key, text]) => `${key}: ${text}`);
    expect(english).toEqual([]);
  });
});
