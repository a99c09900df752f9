import { createServer, type Server } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { idleMoment } from "./idleMoment.ts";

let server: Server | undefined;
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

/** A loopback server whose requests stay open until `release` is called. */
async function slowServer(): Promise<{ url: string; release: () => void }> {
  const waiting: (() => void)[] = [];
  server = createServer((_request, response) => waiting.push(() => response.end("ok")));
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const release = () => {
    for (const end of waiting.splice(0)) end();
  };
  return { url: `http://127.0.0.1:${port}/`, release };
}

describe("a quiet moment of the HTTP server", () => {
  it("comes after quietMs without requests", async () => {
    await slowServer();
    const started = Date.now();
    expect(await idleMoment(server as Server, { quietMs: 100, maxWaitMs: 5_000 })).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(95);
  });

  it("does not come while a request is in flight, and comes quietMs after it ended", async () => {
    const { url, release } = await slowServer();
    const pending = fetch(url);
    await new Promise((resolve) => setTimeout(resolve, 50));
    let quiet = false;
    const waiting = idleMoment(server as Server, { quietMs: 100, maxWaitMs: 10_000 }).then((value) => {
      quiet = value;
    });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(quiet).toBe(false);
    const released = Date.now();
    release();
    await pending;
    await waiting;
    expect(quiet).toBe(true);
    expect(Date.now() - released).toBeGreaterThanOrEqual(90);
  });

  it("comes at maxWaitMs at the latest, even on a server that is never quiet", async () => {
    const { url, release } = await slowServer();
    const pending = fetch(url);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    expect(await idleMoment(server as Server, { quietMs: 10_000, maxWaitMs: 300 })).toBe(true);
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
