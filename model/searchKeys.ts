/**
 * Extra search terms stored with each node so that the full-text index finds joined and split
 * spellings: "E-resept" is also indexed as "eresept", "Helsenorge.no" as "helsenorge" and
 * "helsenorgeno", "Kjernejournal" stays "kjernejournal" (a query "kjerne journal" is joined to
 * it on the query side).
 */
export function foldAccents(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/ø/g, "o")
    .replace(/Ø/g, "O")
    .replace(/æ/g, "ae")
    .replace(/Æ/g, "AE")
    .replace(/å/g, "a");
}

export function searchKeys(names: readonly string[]): string {
  const keys = new Set<string>();
  for (const name of names) {
    const folded = foldAccents(name).toLowerCase();
    const compact = folded.replace(/[^a-z0-9]+/g, "");
    if (compact.length > 0) keys.add(compact);
    for (const part of folded.split(/[^a-z0-9]+/)) if (part.length > 0) keys.add(part);
  }
  return [...keys].join(" ");
}
