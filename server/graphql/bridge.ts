/**
 * The bridge from a Node request to Apollo Server, driven through its integration API
 * (`executeHTTPGraphQLRequest`) so that the body limit, the read cache, /healthz and the static
 * files share one plain Node http server with it. Apollo gets the request as it came, with the
 * media type already chosen and GET's preflight granted; it returns status, headers and body,
 * which the read cache may keep and the bridge otherwise writes.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { type ApolloServer, HeaderMap, type HTTPGraphQLResponse } from "@apollo/server";
import { type RequestAccess, VARY } from "../auth/requestAccess.ts";
import type { ReadNote } from "../cache/readNotePlugin.ts";
import type { ReadRequest } from "../cache/readThrough.ts";
import type { ApiContext } from "../context.ts";
import { errorBody } from "../errors/errorBody.ts";
import { canonicalAccept } from "../http/responseMediaType.ts";
import { sendErrorBody } from "../http/sendErrorBody.ts";
import { createAdmission } from "../limits/admission.ts";
import type { RequestSources } from "./requestContext.ts";

/** Apollo's answer, and what Apollo executed (for the read cache). */
export interface GraphqlAnswer extends HTTPGraphQLResponse {
  readonly note: ReadNote;
}

export interface GraphqlBridge {
  /** Runs the request through Apollo; undefined when it could not be handed over and has been answered. */
  execute(
    request: IncomingMessage,
    response: ServerResponse,
    graphqlRequest: ReadRequest,
  ): Promise<GraphqlAnswer | undefined>;
  /** Writes an answer the read cache did not send. */
  send(response: ServerResponse, answer: GraphqlAnswer, access: RequestAccess): Promise<void>;
}

/** The request's headers as Apollo reads them, with the media type fixed to the negotiated one. */
function apolloHeaders(request: IncomingMessage, method: string): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  // Apollo negotiates the media type itself; told ours, it cannot choose another.
  const accept = canonicalAccept(request.headers.accept);
  if (accept !== undefined) headers.set("accept", accept);
  // Reads carry no cookies and GET never runs a mutation (Apollo refuses it), so a plain GET —
  // a link, a CDN — need not prove it is not a cross-site form with Apollo's preflight header.
  if (method === "GET" && !headers.has("apollo-require-preflight"))
    headers.set("apollo-require-preflight", "1");
  return headers;
}

export function graphqlBridge(
  apollo: ApolloServer<ApiContext>,
  contextOf: (request: RequestSources) => ApiContext,
): GraphqlBridge {
  return {
    async execute(request, response, { method, rawBody, access, day }) {
      const headers = apolloHeaders(request, method);
      let body: unknown = rawBody;
      if (rawBody !== "" && (headers.get("content-type") ?? "").includes("application/json")) {
        try {
          body = JSON.parse(rawBody);
        } catch {
          const refusal = errorBody("The request body is not valid JSON", { code: "BAD_REQUEST" });
          sendErrorBody(response, 400, refusal);
          return undefined;
        }
      }
      const { search } = new URL(request.url ?? "/", "http://localhost");
      const note: ReadNote = {};
      // The gate's units are held until the answer has left (or the client has gone).
      const admission = createAdmission();
      response.once("close", () => admission.done());
      const answer = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method, headers, search, body },
        context: async () => contextOf({ access, day, readNote: note, admission }),
      });
      return { ...answer, note };
    },

    async send(response, answer, access) {
      const headers: Record<string, string> = {};
      for (const [name, value] of answer.headers) headers[name] = value;
      headers.vary = VARY;
      // An admin's answer, or one with its Cypher, is for that client alone.
      if (access.private) headers["cache-control"] = "private, no-store";
      response.writeHead(answer.status ?? 200, headers);
      if (answer.body.kind === "complete") {
        response.end(answer.body.string);
      } else {
        for await (const chunk of answer.body.asyncIterator) response.write(chunk);
        response.end();
      }
    },
  };
}
