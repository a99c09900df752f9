/** Autocomplete helpers. */
import { foldAccents } from "@model/searchKeys.ts";

/** Lower-case, accents folded, æ/ø/å spelled out (the seed's own folding): "Helsedirektoratet" matches "helsedirektoratet". */
export function fold(text: string): string {
  return foldAccents(text).toLowerCase();
}

/** Which of a hit's names matched the typed text, to show it ("Kjernejournal — also: Summary Care Record"). */
export function matchedName(
  text: string,
  names: { name: string; nameNo?: string | null; aliases: readonly string[] },
): string | null {
  const needle = fold(text.trim());
  if (!needle) return null;
  for (const candidate of [names.name, names.nameNo ?? "", ...names.aliases]) {
    if (candidate && fold(candidate).includes(needle)) return candidate;
  }
  return null;
}

export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  /** Drops the call waiting to run (Enter searches at once instead). */
  cancel(): void;
}

export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return Object.assign(
    (...args: A) => {
      cancel();
      timer = setTimeout(() => {
        timer = undefined;
        fn(...args);
      }, ms);
    },
    { cancel },
  );
}
