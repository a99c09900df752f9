/**
 * Content negotiation for entity addresses (RFC 9110 §12.5.1): the media type the client ranks
 * highest among the three an address offers. A request that names none of them (no Accept, or only
 * a wildcard) is a program rather than a browser, and gets JSON-LD.
 */
export const ENTITY_MEDIA_TYPES = ["text/html", "application/ld+json", "text/turtle"] as const;
export type EntityMediaType = (typeof ENTITY_MEDIA_TYPES)[number];

/** Also accepted as asking for JSON-LD: JSON-LD is JSON. */
const ALIASES: Readonly<Record<string, EntityMediaType>> = {
  "application/json": "application/ld+json",
  "application/xhtml+xml": "text/html",
};

interface Range {
  readonly type: string;
  readonly q: number;
  readonly order: number;
}

function ranges(accept: string): Range[] {
  return accept
    .split(",")
    .map((part, order) => {
      const [type = "", ...params] = part.split(";").map((p) => p.trim().toLowerCase());
      const qParam = params.find((p) => p.startsWith("q="));
      const q = qParam === undefined ? 1 : Number(qParam.slice(2));
      return { type, q: Number.isFinite(q) ? q : 0, order };
    })
    .filter((range) => range.type !== "" && range.q > 0);
}

/** The best media type for this Accept header, or undefined when it accepts none of ours (406). */
export function negotiate(accept: string | undefined): EntityMediaType | undefined {
  const given = ranges(accept ?? "");
  if (given.length === 0 || given.every((range) => range.type === "*/*")) return "application/ld+json";
  let best: { type: EntityMediaType; q: number; specificity: number; order: number } | undefined;
  for (const range of given) {
    const exact = ENTITY_MEDIA_TYPES.find((type) => type === range.type) ?? ALIASES[range.type];
    const matches: { type: EntityMediaType; specificity: number }[] = exact
      ? [{ type: exact, specificity: 2 }]
      : range.type === "*/*"
        ? ENTITY_MEDIA_TYPES.map((type) => ({ type, specificity: 0 }))
        : range.type.endsWith("/*")
          ? ENTITY_MEDIA_TYPES.filter((type) => type.startsWith(range.type.slice(0, -1))).map((type) => ({
              type,
              specificity: 1,
            }))
          : [];
    for (const match of matches) {
      const better =
        !best ||
        range.q > best.q ||
        (range.q === best.q && match.specificity > best.specificity) ||
        (range.q === best.q && match.specificity === best.specificity && range.order < best.order);
      if (better) best = { type: match.type, q: range.q, specificity: match.specificity, order: range.order };
    }
  }
  return best?.type;
}
