/**
 * The Node http server the app answers on: the router as its request listener, answers for what
 * the parser refuses, timeouts that free a socket a client holds without sending, and a stop that
 * closes every connection (keep-alive ones too) before it releases what the app holds.
 */
import { createServer, type RequestListener, type Server } from "node:http";
import { answerParserRefusals } from "./parserRefusals.ts";

export interface HttpServer {
  readonly server: Server;
  /** Resolves with the port listened on (the one chosen when `port` is 0). */
  listen(port: number, host: string): Promise<number>;
  stop(): Promise<void>;
}

export function httpServer(listener: RequestListener, release: () => Promise<void>): HttpServer {
  const server = createServer(listener);
  answerParserRefusals(server);
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  return {
    server,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          const address = server.address();
          resolve(typeof address === "object" && address ? address.port : port);
        });
      });
    },
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await release();
    },
  };
}
