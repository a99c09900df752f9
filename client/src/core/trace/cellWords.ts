/**
 * A matrix cell in the strategy's own words: the word the strategy uses for the contribution
 * ("important", "in particular" …) rather than a level of the explorer's scale. The strategy is
 * quoted as published, in English, so a Norwegian reader is told the words are English.
 */
import type { Language } from "../graph/vocabulary.ts";

export const CELL_TEXT = {
  en: {
    keyWording:
      "Each cell quotes the strategy's own word for the link; its shade follows the scale derived from that word, strongest first:",
    inEnglish: "",
  },
  no: {
    keyWording:
      "Hver celle siterer strategiens eget ord for koblingen, på engelsk slik strategien er sitert; fargen følger skalaen som er utledet av ordet, sterkest først:",
    inEnglish: " (engelsk)",
  },
} as const satisfies Record<Language, Record<string, string>>;

/** The words a cell shows: the strategy's wording where recorded, else the level's own name. */
export function cellWords(wording: string | null, strengthTerm: string): { text: string; quoted: boolean } {
  return wording ? { text: wording, quoted: true } : { text: strengthTerm, quoted: false };
}

/** What a screen reader hears for a cell: the quoted words, said to be English where they are. */
export function cellSpoken(wording: string | null, strengthTerm: string, language: Language): string {
  const words = cellWords(wording, strengthTerm);
  return words.quoted ? `“${words.text}”${CELL_TEXT[language].inEnglish} (${strengthTerm})` : words.text;
}
