/** Writes an error answer the server builds itself (server/errors/errorBody.ts) as JSON. */
import type { ServerResponse } from "node:http";
import type { ErrorBody } from "../errors/errorBody.ts";

export function sendErrorBody(response: ServerResponse, status: number, body: ErrorBody): void {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(body));
}
