import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { adminTokens } from "#server/auth/adminToken.ts";

const SECRET = "unit-test-admin-secret-0123456789abcdef-0123";
const NOW = new Date("2027-06-01T12:00:00Z");
const nowS = NOW.getTime() / 1000;
const settings = { secret: SECRET, issuer: "iss-a", audience: "aud-a", maxLifetimeS: 3600, now: () => NOW };

function sign(claims: Record<string, unknown>, alg: "HS256" | "HS512" = "HS256"): Promise<string> {
  return new SignJWT({ roles: ["admin"], iss: "iss-a", aud: "aud-a", iat: nowS, exp: nowS + 600, ...claims })
    .setProtectedHeader({ alg })
    .sign(new TextEncoder().encode(SECRET));
}

describe("adminTokens", () => {
  const tokens = adminTokens(settings);
  const check = async (token: string) => tokens.check(`Bearer ${token}`);

  it("accepts a well-formed admin token and hands back its claims", async () => {
    expect(await check(await sign({}))).toMatchObject({ kind: "admin", claims: { roles: ["admin"] } });
  });

  it("treats a request without Authorization as anonymous, not refused", async () => {
    expect(await tokens.check(undefined)).toEqual({ kind: "anonymous" });
  });

  it("names why a token is refused", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ exp: undefined }, "missing-claim"],
      [{ exp: nowS - 60 }, "expired"],
      [{ iss: "iss-b" }, "issuer"],
      [{ aud: "aud-b" }, "audience"],
      [{ exp: nowS + 3600 + 600 }, "lifetime"],
      [{ iat: nowS - 3600 * 24, exp: nowS + 600 }, "lifetime"],
      [{ roles: ["reader"] }, "not-admin"],
    ];
    for (const [claims, reason] of cases) {
      expect(await check(await sign(claims)), JSON.stringify(claims)).toEqual({ kind: "refused", reason });
    }
    expect(await check(await sign({}, "HS512"))).toEqual({ kind: "refused", reason: "algorithm" });
    expect(await tokens.check("Basic Zm9vOmJhcg==")).toEqual({ kind: "refused", reason: "malformed" });
  });

  it("refuses every token when no secret is configured", async () => {
    const none = adminTokens({ ...settings, secret: undefined });
    expect(await none.check(`Bearer ${await sign({})}`)).toEqual({ kind: "refused", reason: "no-secret" });
  });
});
