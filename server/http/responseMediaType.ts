/**
 * Which media type a GraphQL answer goes out as, chosen once from the request's Accept header
 * (GraphQL over HTTP, "Accept" and "Legacy Watershed"):
 *
 * - `graphql-response+json`: application/graphql-response+json, whose status codes say whether
 *   the request itself was valid (400 when no `data` could be produced);
 * - `json`: application/json asked for by name, which the spec answers with 200 for every
 *   well-formed request, its GraphQL errors in the body;
 * - `json-by-default`: no Accept, or only wildcards: application/json as this server has always
 *   answered it (400 for a request error), so curl, `fetch` with its default `*\/*` and every
 *   client written before this negotiation see the same statuses as before;
 * - `not-acceptable`: neither type is acceptable; Apollo answers 406.
 *
 * Apollo negotiates too (with the `negotiator` package). To make both agree by construction, the
 * app hands Apollo `canonicalAccept(format)` instead of the client's header, and the status plugin
 * reads the format back from it: `negotiate(canonicalAccept(f)) === f` for every format.
 */
import { UnreachableCaseError } from "#platform/UnreachableCaseError.ts";

export const RESPONSE_FORMATS = [
  "graphql-response+json",
  "json",
  "json-by-default",
  "not-acceptable",
] as const;
export type ResponseFormat = (typeof RESPONSE_FORMATS)[number];

export const GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";
export const APPLICATION_JSON = "application/json";

/**
 * Media ranges looked at: more than any real client sends. Node caps a request's headers at
 * 16 KiB anyway; the cap keeps the work per request fixed even so.
 */
const MAX_MEDIA_RANGES = 64;

interface Match {
  /** The q-value of the most specific range that matched (0: refused). */
  readonly q: number;
  /** 2: named exactly, 1: `application/*`, 0: `*\/*`. */
  readonly specificity: number;
  /** Position of that range in the header: an earlier one wins a tie. */
  readonly position: number;
}

function qualityOf(parameters: readonly string[]): number {
  for (const parameter of parameters) {
    const [name = "", value = ""] = parameter.split("=", 2).map((part) => part.trim());
    if (name.toLowerCase() !== "q") continue;
    const q = Number(value);
    return Number.isFinite(q) && q >= 0 && q <= 1 ? q : 1;
  }
  return 1;
}

/** How the header accepts `mediaType`: its most specific matching range decides (RFC 9110 §12.5.1). */
function matchOf(ranges: readonly string[], mediaType: string): Match | undefined {
  const [type] = mediaType.split("/");
  let best: Match | undefined;
  ranges.forEach((range, position) => {
    const [name = "", ...parameters] = range.split(";");
    const normalised = name.trim().toLowerCase();
    const specificity =
      normalised === mediaType ? 2 : normalised === `${type}/*` ? 1 : normalised === "*/*" ? 0 : -1;
    if (specificity < 0 || (best && best.specificity >= specificity)) return;
    best = { q: qualityOf(parameters), specificity, position };
  });
  return best;
}

/** True when `a` is preferred to `b`: higher q, then named over wildcard, then earlier. */
function prefers(a: Match, b: Match | undefined): boolean {
  if (!b || b.q === 0) return a.q > 0;
  if (a.q !== b.q) return a.q > b.q;
  if (a.specificity !== b.specificity) return a.specificity > b.specificity;
  return a.position < b.position;
}

export function negotiate(accept: string | undefined): ResponseFormat {
  if (accept === undefined || accept.trim() === "") return "json-by-default";
  const ranges = accept.split(",", MAX_MEDIA_RANGES);
  const graphqlResponse = matchOf(ranges, GRAPHQL_RESPONSE_JSON);
  const json = matchOf(ranges, APPLICATION_JSON);
  // Where both match the same wildcard (same q, same position), application/json wins: the
  // legacy default, and what Apollo and the spec's audit expect for `*/*`.
  if (graphqlResponse && prefers(graphqlResponse, json)) return "graphql-response+json";
  if (json && json.q > 0) return json.specificity === 2 ? "json" : "json-by-default";
  return "not-acceptable";
}

/**
 * The Accept header Apollo is given: the negotiated type alone (`*\/*` for the default), or the
 * client's own when nothing it accepts is on offer (Apollo then answers 406).
 */
export function canonicalAccept(accept: string | undefined): string | undefined {
  const format = negotiate(accept);
  switch (format) {
    case "graphql-response+json":
      return GRAPHQL_RESPONSE_JSON;
    case "json":
      return APPLICATION_JSON;
    case "json-by-default":
      return "*/*";
    case "not-acceptable":
      return accept;
    default:
      throw new UnreachableCaseError(format);
  }
}

/** The content-type of an answer in `format` (a cached one is sent without asking Apollo). */
export function contentTypeOf(format: ResponseFormat): string {
  return format === "graphql-response+json"
    ? `${GRAPHQL_RESPONSE_JSON}; charset=utf-8`
    : `${APPLICATION_JSON}; charset=utf-8`;
}
