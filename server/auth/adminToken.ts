/**
 * Admin tokens: the one place a bearer token is verified. @neo4j/graphql receives only the claims
 * of a token that passed here (as its pre-verified `jwt`), never the raw token, so no second,
 * laxer check exists. A token is an admin's when it is
 *
 * - signed with HS256 and ADMIN_JWT_SECRET (the algorithm is pinned: a token that names any other
 *   algorithm is refused before its signature is looked at);
 * - issued by ADMIN_JWT_ISSUER for ADMIN_JWT_AUDIENCE, so a token minted for another service with
 *   a shared secret does not open this one;
 * - bounded in time: `exp` is required, and `exp` may lie at most ADMIN_JWT_MAX_LIFETIME_S after
 *   `iat` and after now, so a leaked token stops working within that time;
 * - carrying `roles: ["admin", …]`.
 *
 * Anything else is anonymous: the request still reads, as everyone may.
 */
import { errors, type JWTPayload, jwtVerify } from "jose";

export interface AdminTokenSettings {
  /** The HS256 secret; without one no token can be valid. */
  readonly secret: string | undefined;
  readonly issuer: string;
  readonly audience: string;
  readonly maxLifetimeS: number;
  /** The time tokens are checked against (tests move it). */
  readonly now?: () => Date;
}

/** Why a presented token was not accepted, for tests and logs (never echoed to the client). */
export const REFUSAL_REASONS = [
  "no-secret",
  "malformed",
  "algorithm",
  "signature",
  "expired",
  "missing-claim",
  "issuer",
  "audience",
  "lifetime",
  "not-admin",
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export type TokenCheck =
  | { readonly kind: "anonymous" }
  | { readonly kind: "admin"; readonly claims: JWTPayload }
  | { readonly kind: "refused"; readonly reason: RefusalReason };

const ANONYMOUS: TokenCheck = { kind: "anonymous" };

/** Clock skew allowed on `exp` and `nbf`, in seconds. */
const CLOCK_TOLERANCE_S = 5;

function refused(reason: RefusalReason): TokenCheck {
  return { kind: "refused", reason };
}

function reasonOf(error: unknown): RefusalReason {
  if (error instanceof errors.JWTExpired) return "expired";
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === "iss") return "issuer";
    if (error.claim === "aud") return "audience";
    return error.reason === "missing" ? "missing-claim" : "expired";
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return "algorithm";
  if (error instanceof errors.JWSSignatureVerificationFailed) return "signature";
  return "malformed";
}

export interface AdminTokens {
  /** Checks an `Authorization` header value (or its absence). Never throws. */
  check(authorization: string | undefined): Promise<TokenCheck>;
}

export function adminTokens(settings: AdminTokenSettings): AdminTokens {
  const key = settings.secret === undefined ? undefined : new TextEncoder().encode(settings.secret);
  const now = settings.now ?? (() => new Date());
  return {
    async check(authorization) {
      if (authorization === undefined || authorization.trim() === "") return ANONYMOUS;
      if (!authorization.toLowerCase().startsWith("bearer ")) return refused("malformed");
      const token = authorization.slice(7).trim();
      if (key === undefined) return refused("no-secret");
      const current = now();
      let claims: JWTPayload;
      try {
        ({ payload: claims } = await jwtVerify(token, key, {
          algorithms: ["HS256"],
          issuer: settings.issuer,
          audience: settings.audience,
          requiredClaims: ["exp"],
          currentDate: current,
          clockTolerance: CLOCK_TOLERANCE_S,
        }));
      } catch (error) {
        return refused(reasonOf(error));
      }
      // jwtVerify has checked that exp is a number in the future.
      const exp = claims.exp ?? 0;
      const nowS = current.getTime() / 1000;
      const issuedAt = typeof claims.iat === "number" ? claims.iat : nowS;
      const longest = settings.maxLifetimeS + CLOCK_TOLERANCE_S;
      if (exp - issuedAt > longest || exp - nowS > longest) return refused("lifetime");
      const roles = (claims as { roles?: unknown }).roles;
      if (!Array.isArray(roles) || !roles.includes("admin")) return refused("not-admin");
      return { kind: "admin", claims };
    },
  };
}
