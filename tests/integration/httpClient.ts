/**
 * A raw HTTP/1.1 client over a TCP socket, for tests that must send what fetch refuses to:
 * malformed targets, odd methods, oversized headers, bodies that arrive slowly. Each request
 * goes on its own connection with `Connection: close`; the answer is read until the server
 * closes it.
 */
import { connect } from "node:net";

export interface RawRequest {
  readonly method: string;
  /** The request target exactly as it goes on the wire. */
  readonly target: string;
  readonly headers?: readonly (readonly [string, string])[];
  /** Body chunks; with `chunkDelayMs` they are written one by one, that far apart. */
  readonly body?: readonly string[];
  readonly chunkDelayMs?: number;
}

export interface RawResponse {
  /** 0 when the server closed the connection without a status line. */
  readonly status: number;
  readonly headers: ReadonlyMap<string, string>;
  readonly body: string;
}

export function parseRawResponse(raw: string): RawResponse {
  const end = raw.indexOf("\r\n\r\n");
  const head = end === -1 ? raw : raw.slice(0, end);
  const [statusLine = "", ...lines] = head.split("\r\n");
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1];
  const headers = new Map<string, string>();
  for (const line of lines) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { status: status ? Number(status) : 0, headers, body: end === -1 ? "" : raw.slice(end + 4) };
}

export function rawRequest(port: number, request: RawRequest, timeoutMs = 30_000): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer in ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", () => {
      // The server may reset a connection it has already answered; judge by what arrived.
    });
    socket.on("close", () => {
      clearTimeout(timer);
      resolve(parseRawResponse(Buffer.concat(chunks).toString("latin1")));
    });
    socket.on("connect", async () => {
      const body = request.body ?? [];
      const length = body.reduce((sum, chunk) => sum + Buffer.byteLength(chunk), 0);
      const headers = [
        ["host", "127.0.0.1"],
        ["connection", "close"],
        ...(body.length > 0 ? [["content-length", String(length)]] : []),
        ...(request.headers ?? []),
      ];
      socket.write(
        `${request.method} ${request.target} HTTP/1.1\r\n${headers.map(([k, v]) => `${k}: ${v}\r\n`).join("")}\r\n`,
      );
      for (const chunk of body) {
        if (socket.destroyed) return;
        if (request.chunkDelayMs) await new Promise((r) => setTimeout(r, request.chunkDelayMs));
        socket.write(chunk);
      }
    });
  });
}
