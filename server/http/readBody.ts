/** Reads a request body up to a byte limit; past it, rejects with BodyTooLargeError. */
import type { IncomingMessage } from "node:http";

/** Thrown before GraphQL sees the request, so it is not an ApiError, but it carries its status all the same. */
export class BodyTooLargeError extends Error {
  override readonly name = "BodyTooLargeError";
  readonly httpStatus = 413;
  constructor(readonly limit: number) {
    super(`Request body is larger than the ${limit}-byte limit`);
  }
}

export function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(request.headers["content-length"] ?? 0);
  if (declared > limit) return Promise.reject(new BodyTooLargeError(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLargeError(limit));
        request.removeAllListeners("data");
        request.resume();
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}
