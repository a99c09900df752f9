/**
 * Answers for what never reaches the router: requests Node's HTTP parser rejects (a bad request
 * line, oversized headers, a client too slow to send them) and CONNECT, a proxy tunnel, which
 * bypasses the request handler. Without these listeners Node answers the first without the
 * security headers and drops the second without an answer.
 */
import { type IncomingMessage, type Server, STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import { SECURITY_HEADERS } from "./securityHeaders.ts";

/** Answers on a bare socket (outside Node's response object) with the security headers, then closes. */
function endRaw(socket: Duplex, status: number, extraHeaders = ""): void {
  const headers = Object.entries(SECURITY_HEADERS)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join("");
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${headers}${extraHeaders}content-length: 0\r\nconnection: close\r\n\r\n`,
  );
}

/** The status for a request the parser refused, from Node's error code. */
export function parserRefusalStatus(code: string | undefined): 400 | 408 | 431 {
  if (code === "HPE_HEADER_OVERFLOW") return 431;
  if (code === "ERR_HTTP_REQUEST_TIMEOUT") return 408;
  return 400;
}

export function answerParserRefusals(server: Server): void {
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === "ECONNRESET" || !socket.writable) {
      socket.destroy();
      return;
    }
    endRaw(socket, parserRefusalStatus(error.code));
  });
  server.on("connect", (_request: IncomingMessage, socket: Duplex) =>
    endRaw(socket, 405, "allow: GET, HEAD, POST\r\n"),
  );
}
