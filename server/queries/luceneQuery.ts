/**
 * Turns user text into a safe Lucene query for the full-text index. User text is never
 * interpreted as Lucene syntax: it is folded and split into plain alphanumeric terms, and only
 * this module adds operators. Each term matches exactly (boosted), by prefix, and fuzzily (a
 * small typo); several terms are also tried joined ("kjerne journal" → "kjernejournal").
 */
import { foldAccents } from "#model/searchKeys.ts";

export const MAX_SEARCH_TEXT = 200;
const MAX_TERMS = 8;

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes Lucene syntax characters (defence in depth: terms are alphanumeric already). */
export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (char) => `\\${char}`);
}

export function searchTerms(text: string): string[] {
  return foldAccents(text)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((term) => term.length > 0)
    .slice(0, MAX_TERMS);
}

function termClause(term: string, boost: number): string {
  const escaped = escapeLucene(term);
  const clauses = [`${escaped}^${boost}`];
  if (term.length >= 2) clauses.push(`${escaped}*`);
  // Fuzzy matching on very short terms matches nearly everything; keep it for real words.
  if (term.length >= 4) clauses.push(`${escaped}~1`);
  return `(${clauses.join(" OR ")})`;
}

/** Returns null when the text has no searchable term (empty, or punctuation only). */
export function luceneQuery(text: string): string | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  const clauses = terms.map((term) => termClause(term, 2));
  if (terms.length > 1) clauses.push(termClause(terms.join(""), 4));
  return clauses.join(" OR ");
}
