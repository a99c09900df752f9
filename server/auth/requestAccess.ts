/**
 * What a request may see beyond the public answer, decided once per request from its headers.
 *
 * Only two things change an answer: a verified admin token (which may one day see more, and runs
 * mutations) and the generated Cypher (`x-include-cypher: 1`), which is shown only in development
 * or to an admin: it describes the database's layout, which the public has no need for. A header
 * that is not honoured is ignored entirely, so it can neither reveal anything nor make a request
 * skip the shared read cache: a bogus `Authorization` header reads like no header at all.
 */
import type { IncomingHttpHeaders } from "node:http";
import type { JWTPayload } from "jose";
import type { AdminTokens } from "./adminToken.ts";

export interface RequestAccess {
  /** The claims of a verified admin token, handed to @neo4j/graphql as its pre-verified `jwt`. */
  readonly admin: JWTPayload | undefined;
  /** Whether `extensions.cypher` is added to the answer. */
  readonly includeCypher: boolean;
  /**
   * Whether the answer may differ from the public one: such an answer is neither served from nor
   * stored in the shared read cache, and no cache in front may keep it.
   */
  readonly private: boolean;
}

/**
 * The request headers that can change an answer, for `Vary`: `accept` (Apollo answers
 * `application/graphql-response+json` or `application/json` as asked), and the two above. A cache
 * in front that ignored one of them could hand an admin's answer, or one with Cypher, to others.
 */
export const VARY = "accept, authorization, x-include-cypher";

export function requestAccess(
  tokens: AdminTokens,
  development: boolean,
): (headers: IncomingHttpHeaders) => Promise<RequestAccess> {
  return async (headers) => {
    const check = await tokens.check(headers.authorization);
    const admin = check.kind === "admin" ? check.claims : undefined;
    const includeCypher = headers["x-include-cypher"] === "1" && (development || admin !== undefined);
    return { admin, includeCypher, private: admin !== undefined || includeCypher };
  };
}
