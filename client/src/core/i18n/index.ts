/** Interface text per language: one typed dictionary each; `t` picks the language's text. */
import type { Language } from "../graph/vocabulary.ts";
import { EN, en, type MessageKey, type Messages } from "./en.ts";
import { NO, no } from "./no.ts";

export type { MessageKey };

export const DICTIONARIES: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = {
  en: EN,
  no: NO,
};

export function t(language: Language, key: MessageKey): string {
  return DICTIONARIES[language][key];
}

/** The evidence list's, matrix cell's and time slider's text in a language. */
export function panelText(language: Language): Messages {
  return language === "no" ? no : en;
}

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(DICTIONARIES.en, value);
}

/** `t` with its `{name}` placeholders filled in from `values`. */
export function tf(
  language: Language,
  key: MessageKey,
  values: Readonly<Record<string, string | number>>,
): string {
  return t(language, key).replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
