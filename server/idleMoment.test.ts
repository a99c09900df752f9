import { createServer, type Server } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { idleMoment } from "./idleMoment.ts";

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

/** Resolves once `check` holds, polling every 10 ms for at most 5 s. */
async function until(check: () => boolean): Promise<void> {
  for (let waited = 0; !check() && waited < 5_000; waited += 10) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A loopback server whose requests stay open until `release` is called. */
async function slowServer(): Promise<{ url: string; release: () => void; open: () => number }> {
  const waiting: (() => void)[] = [];
  server = createServer((_request, response) => waiting.push(() => response.end("ok")));
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const release = () => {
    for (const end of waiting.splice(0)) end();
  };
  return { url: `http://127.0.0.1:${port}/`, release, open: () => waiting.length };
}

describe("a quiet moment of the HTTP server", () => {
  it("comes after quietMs without requests", async () => {
    await slowServer();
    const started = Date.now();
    expect(await idleMoment(server as Server, { quietMs: 100, maxWaitMs: 5_000 })).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(95);
  });

  it("does not come while a request is in flight, and comes quietMs after it ended", async () => {
    const { url, release, open } = await slowServer();
    let quiet = false;
    // A quiet period long enough for the request below to arrive within it, even on a busy machine.
    const waiting = idleMoment(server as Server, { quietMs: 1_000, maxWaitMs: 20_000 }).then((value) => {
      quiet = value;
    });
    const pending = fetch(url);
    await until(() => open() === 1);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(quiet).toBe(false);
    const released = Date.now();
    release();
    await pending;
    await waiting;
    expect(quiet).toBe(true);
    expect(Date.now() - released).toBeGreaterThanOrEqual(950);
  });

  it("comes at maxWaitMs at the latest, even on a server that is never quiet", async () => {
    const { url, release, open } = await slowServer();
    const started = Date.now();
    const waiting = idleMoment(server as Server, { quietMs: 10_000, maxWaitMs: 300 });
    const pending = fetch(url);
    await until(() => open() === 1);
    expect(await waiting).toBe(true);
    expect(Date.now() - started).toBeLessThan(2_000);
    release();
    await pending;
  });

  it("is called off (false) when the app stops first", async () => {
    await slowServer();
    const controller = new AbortController();
    const waiting = idleMoment(server as Server, {
      quietMs: 10_000,
      maxWaitMs: 60_000,
      signal: controller.signal,
    });
    controller.abort();
    expect(await waiting).toBe(false);
  });
});
