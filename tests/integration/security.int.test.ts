/**
 * Security properties against the real processes: the local Neo4j listens on loopback only
 * and requires a password; no password, admin secret or bearer token shows up in the server's
 * output or in an error response. (Mutations needing a valid admin token: api.int.test.ts.)
 */
import { spawn } from "node:child_process";
import { connect } from "node:net";
import { networkInterfaces } from "node:os";
import { SignJWT } from "jose";
import neo4j from "neo4j-driver";
import { describe, expect, inject, it, vi } from "vitest";
import { freePort } from "#launcher/launcher.ts";
import { untypedAnswer, useApp } from "./harness.ts";

const shared = inject("neo4j");
const localNeo4j = process.env.NEO4J_TEST_URI === undefined;
const boltPort = Number(new URL(shared.uri.replace(/^[a-z+]+:/, "http:")).port || 7687);
const ADMIN_SECRET = "security-test-admin-secret-0123456789abcdef";

/** Resolves "connected" or the socket error's code; a silent drop counts as "timeout". */
function tryConnect(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (outcome: string) => {
      socket.destroy();
      resolve(outcome);
    };
    socket.setTimeout(3_000, () => done("timeout"));
    socket.once("connect", () => done("connected"));
    socket.once("error", (error: NodeJS.ErrnoException) => done(error.code ?? "error"));
  });
}

function nonLoopbackAddress(): string | undefined {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) {
      if (!address.internal && address.family === "IPv4") return address.address;
    }
  }
  return undefined;
}

/** Runs `npm start` (server/main.ts) with `env` and returns its exit code and all its output. */
async function runServer(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const port = String(await freePort());
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
      env: { ...process.env, NODE_ENV: "production", PORT: port, SEED_ON_START: "never", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.once("error", reject);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe.runIf(localNeo4j)("the local Neo4j", () => {
  it("accepts Bolt connections on 127.0.0.1", async () => {
    expect(await tryConnect("127.0.0.1", boltPort)).toBe("connected");
  });

  it("refuses Bolt connections on the machine's non-loopback address", async (context) => {
    const address = nonLoopbackAddress();
    if (address === undefined) return context.skip("this machine has no non-loopback IPv4 address");
    expect(await tryConnect(address, boltPort)).not.toBe("connected");
  });

  it("has Neo4j's usage reporting turned off", async () => {
    const driver = neo4j.driver(shared.uri, neo4j.auth.basic(shared.user, shared.password), {
      logging: { level: "error", logger: () => {} },
    });
    try {
      const { records } = await driver.executeQuery(
        "CALL dbms.listConfig('dbms.usage_report.enabled') YIELD name, value RETURN name, value",
        {},
        { database: "system" },
      );
      expect(records.map((record) => record.toObject())).toEqual([
        { name: "dbms.usage_report.enabled", value: "false" },
      ]);
    } finally {
      await driver.close();
    }
  });

  it("rejects a wrong password and a connection without credentials", async () => {
    for (const auth of [neo4j.auth.basic(shared.user, "not-the-password-123"), undefined]) {
      const driver = neo4j.driver(shared.uri, auth, { logging: { level: "error", logger: () => {} } });
      try {
        const error = (await driver.verifyConnectivity().catch((e: unknown) => e)) as { code?: string };
        expect(error.code).toMatch(/^Neo\.ClientError\.Security\./);
      } finally {
        await driver.close();
      }
    }
  });
});

describe("secrets stay out of logs and errors", () => {
  const api = useApp({ jwtSecret: ADMIN_SECRET });
  const SECRET = "s3cret-Pa55word-must-not-leak";

  it("does not print NEO4J_PASSWORD or ADMIN_JWT_SECRET when Neo4j is unreachable", async () => {
    const { code, output } = await runServer({
      NEO4J_URI: "bolt://127.0.0.1:1",
      NEO4J_PASSWORD: SECRET,
      NEO4J_CONNECT_TIMEOUT_MS: "2000",
      ADMIN_JWT_SECRET: ADMIN_SECRET,
    });
    expect(code, output).toBe(1);
    expect(output).toContain("Cannot reach Neo4j at bolt://127.0.0.1:1");
    expect(output).not.toContain(SECRET);
    expect(output).not.toContain(ADMIN_SECRET);
  });

  it.runIf(localNeo4j)("does not print the password Neo4j rejected", async () => {
    const { code, output } = await runServer({
      NEO4J_URI: shared.uri,
      NEO4J_PASSWORD: SECRET,
      NEO4J_CONNECT_TIMEOUT_MS: "5000",
    });
    expect(code, output).toBe(1);
    expect(output).toMatch(/Cannot reach Neo4j at .*(unauthorized|authentication)/i);
    expect(output).not.toContain(SECRET);
  });

  it("answers a forged admin token without echoing the token or the secret, and logs neither", async () => {
    const forged = await new SignJWT({ roles: ["admin"] })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode("an-attacker-guessed-secret-0123456789abcdef"));
    const garbage = "not.a-real.token-but-it-is-very-secret";
    const logged: string[] = [];
    const capture = (...args: unknown[]) => {
      logged.push(args.map(String).join(" "));
    };
    const spies = [
      vi.spyOn(console, "log").mockImplementation(capture),
      vi.spyOn(console, "info").mockImplementation(capture),
      vi.spyOn(console, "warn").mockImplementation(capture),
      vi.spyOn(console, "error").mockImplementation(capture),
      vi.spyOn(console, "debug").mockImplementation(capture),
    ];
    const writes = [process.stdout, process.stderr].map((stream) => {
      const original = stream.write.bind(stream);
      return vi.spyOn(stream, "write").mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
        logged.push(String(chunk));
        return (original as (...a: unknown[]) => boolean)(chunk, ...rest);
      }) as typeof stream.write);
    });
    try {
      for (const token of [forged, garbage]) {
        const response = await fetch(`${api.url()}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body: JSON.stringify({
            query: 'mutation { deleteSolutions(where: { id: { eq: "helsenorge" } }) { nodesDeleted } }',
          }),
        });
        const text = await response.text();
        expect(response.status).not.toBe(500);
        const body = untypedAnswer(text);
        expect(body.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
        expect(text).not.toContain(token);
        for (const part of token.split(".")) expect(text).not.toContain(part);
        expect(text).not.toContain(ADMIN_SECRET);
      }
    } finally {
      for (const spy of [...spies, ...writes]) spy.mockRestore();
    }
    const all = logged.join("\n");
    expect(all).not.toContain(forged);
    expect(all).not.toContain(garbage);
    expect(all).not.toContain(ADMIN_SECRET);
    // Helsenorge is still there: the forged token changed nothing.
    const rows = await api.run<{ n: number }>("MATCH (n:Entity {id: 'helsenorge'}) RETURN count(n) AS n");
    expect(Number(rows[0]?.n)).toBe(1);
  });
});
