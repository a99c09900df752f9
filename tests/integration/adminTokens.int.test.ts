/**
 * Admin tokens over the real app: only HS256 tokens with `exp`, a bounded lifetime, the
 * configured issuer and audience, signed with ADMIN_JWT_SECRET, may run a mutation. Every
 * refused token gets FORBIDDEN and writes nothing.
 */
import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loadConfig } from "#platform/config.ts";
import { graphql } from "#tests/generated/gql.ts";
import { signAdminToken, TEST_ADMIN_SECRET } from "./adminToken.ts";
import { useApp } from "./harness.ts";

const ID = "admin-tokens-test-solution";
const CREATE = graphql(
  `mutation AdminTokensCreate($id: ID!) { createSolutions(input: [{ id: $id, name: "Test", aliases: [], description: "x", sources: ["strategy § test"] }]) { solutions { id } } }`,
);
const DELETE = graphql(
  `mutation AdminTokensDelete($id: ID!) { deleteSolutions(where: { id: { eq: $id } }) { nodesDeleted } }`,
);
const maxLifetimeS = loadConfig({}).ADMIN_JWT_MAX_LIFETIME_S;

/** A token signed by hand, for headers jose's SignJWT would not write. */
function handMade(header: Record<string, unknown>, claims: Record<string, unknown>, secret: string): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const signingInput = `${encode(header)}.${encode(claims)}`;
  const algorithm = header.alg === "HS512" ? "sha512" : "sha256";
  return `${signingInput}.${createHmac(algorithm, secret).update(signingInput).digest("base64url")}`;
}

describe("admin tokens", () => {
  const api = useApp();

  async function mutate(token: string): Promise<{ code: unknown; created: unknown }> {
    const { body } = await api.query(CREATE, { id: ID }, { authorization: `Bearer ${token}` });
    return {
      code: body.errors?.[0]?.extensions?.code,
      created: body.data?.createSolutions?.solutions[0]?.id,
    };
  }

  async function written(): Promise<number> {
    return (await api.run("MATCH (n:Entity {id: $id}) RETURN n", { id: ID })).length;
  }

  it("accepts an HS256 token with exp, iat, the issuer and the audience", async () => {
    const token = await signAdminToken();
    expect(await mutate(token)).toEqual({ code: undefined, created: ID });
    const { body } = await api.query(DELETE, { id: ID }, { authorization: `Bearer ${token}` });
    expect(body.errors).toBeUndefined();
    expect(await written()).toBe(0);
  });

  const now = () => Math.floor(Date.now() / 1000);
  const refused: Record<string, () => Promise<string> | string> = {
    "a token without exp": () => signAdminToken({ expiresIn: null }),
    "a token valid for longer than ADMIN_JWT_MAX_LIFETIME_S": () =>
      signAdminToken({ expiresIn: `${maxLifetimeS + 600}s` }),
    "a token issued long ago with a far exp": () =>
      signAdminToken({ issuedAt: now() - 30 * 24 * 3600, expiresIn: "30m" }),
    "a token without an issuer": () => signAdminToken({ issuer: null }),
    "a token from another issuer": () => signAdminToken({ issuer: "someone-else" }),
    "a token without an audience": () => signAdminToken({ audience: null }),
    "a token for another audience": () => signAdminToken({ audience: "another-api" }),
    "an HS512 token signed with the right secret": () => signAdminToken({ alg: "HS512" }),
    "an HS384 token signed with the right secret": () => signAdminToken({ alg: "HS384" }),
    "an unsigned token (alg none)": () =>
      `${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from(
        JSON.stringify({
          roles: ["admin"],
          exp: now() + 60,
          iat: now(),
          iss: loadConfig({}).ADMIN_JWT_ISSUER,
          aud: loadConfig({}).ADMIN_JWT_AUDIENCE,
        }),
      ).toString("base64url")}.`,
    "a hand-made HS512 token with every claim right": () =>
      handMade(
        { alg: "HS512", typ: "JWT" },
        {
          roles: ["admin"],
          iat: now(),
          exp: now() + 60,
          iss: loadConfig({}).ADMIN_JWT_ISSUER,
          aud: loadConfig({}).ADMIN_JWT_AUDIENCE,
        },
        TEST_ADMIN_SECRET,
      ),
    "an expired token": () => signAdminToken({ expiresIn: "-1m" }),
    "a token without the admin role": () => signAdminToken({ claims: { roles: ["reader"] } }),
  };

  for (const [name, make] of Object.entries(refused)) {
    it(`refuses ${name} with FORBIDDEN and writes nothing`, async () => {
      expect(await mutate(await make())).toMatchObject({ code: "FORBIDDEN", created: undefined });
      expect(await written()).toBe(0);
    });
  }
});
