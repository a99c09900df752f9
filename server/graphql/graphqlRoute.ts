/**
 * POST and GET /graphql: the body read within its limit, the request's access and day taken once,
 * then the read cache, and Apollo (through the bridge) for what the cache cannot answer.
 */
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import type { RequestAccess } from "../auth/requestAccess.ts";
import type { ReadThrough } from "../cache/readThrough.ts";
import { errorBody } from "../errors/errorBody.ts";
import { today } from "../graph/asOf.ts";
import { BodyTooLargeError, readBody } from "../http/readBody.ts";
import { sendErrorBody } from "../http/sendErrorBody.ts";
import type { GraphqlBridge } from "./bridge.ts";

export interface GraphqlRouteSources {
  readonly bodyBytes: number;
  readonly accessOf: (headers: IncomingHttpHeaders) => Promise<RequestAccess>;
  readonly now: () => Date;
  readonly reads: ReadThrough;
  readonly bridge: GraphqlBridge;
}

/** The request's body, or undefined when it is over the limit and has been refused. */
async function bodyWithin(
  request: IncomingMessage,
  response: ServerResponse,
  maxBytes: number,
): Promise<string | undefined> {
  if (request.method !== "POST") return "";
  try {
    return await readBody(request, maxBytes);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    sendErrorBody(
      response,
      error.httpStatus,
      errorBody(error.message, { code: "LIMIT_EXCEEDED", limit: "bodyBytes" }),
    );
    return undefined;
  }
}

export function graphqlRoute(sources: GraphqlRouteSources) {
  return async function graphql(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const rawBody = await bodyWithin(request, response, sources.bodyBytes);
    if (rawBody === undefined) return;
    const access = await sources.accessOf(request.headers);
    // One day per request, for the resolvers and the cache alike (see graph/asOf.ts).
    const read = { method: request.method ?? "GET", rawBody, access, day: today(sources.now()) };
    const slot = await sources.reads.begin(request, response, read);
    if (slot === "answered") return;
    try {
      const answer = await sources.bridge.execute(request, response, read);
      if (answer === undefined) return;
      const stored =
        answer.body.kind === "complete" && slot.keep(answer.status ?? 200, answer.body.string, answer.note);
      if (!stored) await sources.bridge.send(response, answer, access);
    } finally {
      slot.end();
    }
  };
}
