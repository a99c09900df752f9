/**
 * Admin tokens for integration tests, minted as an operator would: HS256, the configured issuer and
 * audience (the ADMIN_JWT_* defaults), `iat` and a short `exp`. Every option can be turned wrong to
 * show the server refusing it.
 */
import { SignJWT } from "jose";
import { loadConfig } from "#platform/config.ts";

/** The secret every test app (harness.ts useApp) is started with unless a test names another. */
export const TEST_ADMIN_SECRET = "integration-test-admin-secret-0123456789abcdef";

const defaults = loadConfig({});

export interface TokenOptions {
  readonly secret?: string;
  readonly claims?: Record<string, unknown>;
  /** A jose duration ("5m", "-1m"), or null for a token without `exp`. */
  readonly expiresIn?: string | null;
  readonly issuer?: string | null;
  readonly audience?: string | null;
  readonly alg?: "HS256" | "HS384" | "HS512";
  /** `iat` in seconds since the epoch; now by default. */
  readonly issuedAt?: number;
}

export function signAdminToken(options: TokenOptions = {}): Promise<string> {
  let jwt = new SignJWT(options.claims ?? { roles: ["admin"] })
    .setProtectedHeader({ alg: options.alg ?? "HS256" })
    .setIssuedAt(options.issuedAt);
  const issuer = options.issuer === undefined ? defaults.ADMIN_JWT_ISSUER : options.issuer;
  const audience = options.audience === undefined ? defaults.ADMIN_JWT_AUDIENCE : options.audience;
  const expiresIn = options.expiresIn === undefined ? "5m" : options.expiresIn;
  if (issuer !== null) jwt = jwt.setIssuer(issuer);
  if (audience !== null) jwt = jwt.setAudience(audience);
  if (expiresIn !== null) jwt = jwt.setExpirationTime(expiresIn);
  return jwt.sign(new TextEncoder().encode(options.secret ?? TEST_ADMIN_SECRET));
}

/** Headers that make a request an admin's on a test app. */
export async function adminHeaders(): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await signAdminToken()}` };
}
