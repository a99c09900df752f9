/** Interface text per language: one typed dictionary each; `t` picks the language's text. */
import type { Language } from "../graph/vocabulary.ts";
import { EN, type MessageKey } from "./en.ts";
import { NO } from "./no.ts";

export type { MessageKey };

export const DICTIONARIES: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = {
  en: EN,
  no: NO,
};

export function t(language: Language, key: MessageKey): string {
  return DICTIONARIES[language][key];
}
