/**
 * A matrix cell in the strategy's own words: the cell quotes the word the strategy uses for the
 * contribution ("important", "in particular" …) rather than a level of the explorer's scale, and
 * the key says how the shades derive from those words. The strategy is quoted as published, in
 * English: the quotation carries lang="en" so that a Norwegian view neither gives it Norwegian
 * quotation marks nor passes it off as Norwegian text.
 */
import type { Language } from "@core/graph/index.ts";
import { CELL_TEXT, cellWords } from "@core/trace/cellWords.ts";
import { h } from "../dom.ts";

export function cellContent(wording: string | null, strengthTerm: string): HTMLElement | string {
  const words = cellWords(wording, strengthTerm);
  return words.quoted ? h("q", { class: "wording", lang: "en" }, words.text) : words.text;
}

export function keyWording(language: Language): HTMLElement {
  return h("span", { "data-testid": "matrix-key-wording" }, `${CELL_TEXT[language].keyWording} `);
}

export { cellSpoken } from "@core/trace/cellWords.ts";
