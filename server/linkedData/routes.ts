/**
 * The graph on the open-data web, beside the GraphQL API:
 *
 *   GET /id/<id>            one node or relationship (`from|TYPE|to`) by content negotiation: a
 *                           browser (text/html) is sent to the explorer with it selected (303),
 *                           `application/ld+json` gets its JSON-LD, `text/turtle` its Turtle;
 *                           `?asOf=YYYY-MM-DD` gives it as it stood that day
 *   GET /data/graph.<ext>   the whole graph as JSON-LD, Turtle, GraphML or GEXF, with an ETag tied
 *                           to the graph's version, so a repeat is a 304 until something writes
 */
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Driver } from "neo4j-driver";
import { z } from "zod";
import { entityAddress, explorerLink } from "#model/linkedData/addresses.ts";
import { FORMAT_INFO, formatOfExtension, OPEN_FORMATS, writeGraph } from "#model/linkedData/formats.ts";
import { toRdf } from "#model/linkedData/rdf.ts";
import { toJsonLd, toTurtle } from "#model/linkedData/serialise.ts";
import { graphVersion } from "../cache/graphVersion.ts";
import { ApiError, NoSuchFileError, NotFoundError } from "../errors/ApiError.ts";
import { databaseFailure } from "../errors/databaseFailure.ts";
import { errorBodyOf } from "../errors/errorBody.ts";
import { dayOf } from "../graph/asOf.ts";
import { baseUrlOf } from "./baseUrl.ts";
import { ENTITY_MEDIA_TYPES, type EntityMediaType, negotiate } from "./negotiate.ts";
import { readEntity } from "./readEntity.ts";
import { readGraph } from "./readGraph.ts";

export interface LinkedDataOptions {
  readonly driver: Driver;
  readonly database: string;
  readonly queryTimeoutMs: number;
  /** PUBLIC_BASE_URL: the base of every address written; without it, the request's Host. */
  readonly publicBaseUrl?: string | undefined;
}

/** An id as it may appear in an address: a node's slug or a relationship's `from|TYPE|to`. */
const idSchema = z
  .string()
  .min(1)
  .max(400)
  .regex(/^[^/\s]+$/);

/**
 * The whole graph is read in one transaction for a dump, kept until the next write: seconds of an
 * overloaded database are worth waiting for once, where the API's per-query limit would refuse it.
 */
const DUMP_TIMEOUT_MS = 30_000;

/** Bodies of the dumps kept for the current graph version only, per base address and format. */
const MAX_KEPT_DUMPS = 16;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function linkedDataRoutes(options: LinkedDataOptions) {
  const version = graphVersion(options.driver, options.database);
  const reads = { driver: options.driver, database: options.database, timeoutMs: options.queryTimeoutMs };
  const dumpReads = { ...reads, timeoutMs: Math.max(options.queryTimeoutMs, DUMP_TIMEOUT_MS) };
  let kept: { version: string; bodies: Map<string, Promise<string>> } = { version: "", bodies: new Map() };

  /** A failure in the error shape of the API (`errors[].extensions.code`), as HTML for a browser. */
  function sendError(response: ServerResponse, error: ApiError, html: boolean): void {
    const status = error.httpStatus;
    if (html) {
      response
        .writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" })
        .end(
          `<!doctype html><html lang="en"><meta charset="utf-8"><title>${status}</title><h1>${escapeHtml(error.message)}</h1><p><a href="/">Open the explorer</a></p></html>\n`,
        );
      return;
    }
    response
      .writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" })
      .end(`${JSON.stringify(errorBodyOf(error))}\n`);
  }

  async function entity(
    request: IncomingMessage,
    response: ServerResponse,
    encodedId: string,
  ): Promise<void> {
    const mediaType = negotiate(request.headers.accept);
    const html = mediaType === "text/html";
    const url = new URL(request.url ?? "/", "http://localhost");
    try {
      if (!mediaType) {
        response
          .writeHead(406, { "content-type": "text/plain; charset=utf-8", vary: "accept" })
          .end(`This address answers as one of: ${ENTITY_MEDIA_TYPES.join(", ")}\n`);
        return;
      }
      const parsedId = idSchema.safeParse(decodeURIComponent(encodedId));
      if (!parsedId.success) throw new NotFoundError(encodedId);
      const id = parsedId.data;
      const asOfParam = url.searchParams.get("asOf");
      const asOf = asOfParam === null ? undefined : dayOf(asOfParam, "asOf");
      const document = await readEntity(reads, id, asOf);
      if (html) {
        response
          .writeHead(303, {
            location: explorerLink(document.nodeIds, id, asOf),
            vary: "accept",
            "cache-control": "no-cache",
          })
          .end();
        return;
      }
      const base = baseUrlOf(request.headers, options.publicBaseUrl);
      const rdf = toRdf(document.graph, { base, brief: document.brief });
      const body = mediaType === "text/turtle" ? toTurtle(rdf) : toJsonLd(rdf);
      response.writeHead(200, {
        "content-type": `${mediaType satisfies EntityMediaType}; charset=utf-8`,
        "content-location": entityAddress(base, id) + url.search,
        vary: "accept",
        "cache-control": "no-cache",
      });
      response.end(request.method === "HEAD" ? undefined : body);
    } catch (error) {
      if (error instanceof ApiError) return sendError(response, error, html);
      throw error;
    }
  }

  async function dump(request: IncomingMessage, response: ServerResponse, name: string): Promise<void> {
    const match = /^graph\.([a-z]+)$/.exec(name);
    const format = match?.[1] === undefined ? undefined : formatOfExtension(match[1]);
    if (!format) {
      const offered = OPEN_FORMATS.map((f) => `/data/graph.${FORMAT_INFO[f].extension}`).join(", ");
      sendError(response, new NoSuchFileError(`/data/${name}`, offered), false);
      return;
    }
    let atVersion: string;
    try {
      // Read before the graph is, so a body is never kept under a version newer than its data.
      atVersion = await version.current();
    } catch (error) {
      // The probe fails as a read does, and is answered as one.
      const failure = databaseFailure(error, "read");
      if (failure) return sendError(response, failure, false);
      throw error;
    }
    const base = baseUrlOf(request.headers, options.publicBaseUrl);
    const { extension, mediaType } = FORMAT_INFO[format];
    const tag = `"${createHash("sha256").update(`${atVersion}\u0000${base}`).digest("base64url").slice(0, 27)}-${extension}"`;
    const headers = {
      "content-type": `${mediaType}; charset=utf-8`,
      etag: tag,
      "cache-control": "public, max-age=0, must-revalidate",
      "content-disposition": `inline; filename="norway-ehealth-graph.${extension}"`,
    };
    if (request.headers["if-none-match"]?.split(",").some((given) => given.trim() === tag)) {
      response.writeHead(304, headers).end();
      return;
    }
    if (kept.version !== atVersion) kept = { version: atVersion, bodies: new Map() };
    const key = `${base}\u0000${format}`;
    let body = kept.bodies.get(key);
    if (!body) {
      body = readGraph(dumpReads).then((graph) => writeGraph(graph, format, base));
      if (kept.bodies.size < MAX_KEPT_DUMPS) kept.bodies.set(key, body);
      // A failed read is not kept: the next request tries again.
      const bodies = kept.bodies;
      body.catch(() => bodies.delete(key));
    }
    try {
      const text = await body;
      response.writeHead(200, headers).end(request.method === "HEAD" ? undefined : text);
    } catch (error) {
      if (error instanceof ApiError) return sendError(response, error, false);
      throw error;
    }
  }

  /** Answers the request if its path is one of these routes; false leaves it to the next handler. */
  return async function handle(
    request: IncomingMessage,
    response: ServerResponse,
    path: string,
  ): Promise<boolean> {
    const isId = path.startsWith("/id/");
    const isData = path.startsWith("/data/");
    if (!isId && !isData) return false;
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { allow: "GET, HEAD" }).end();
      return true;
    }
    if (isId) await entity(request, response, path.slice("/id/".length));
    else await dump(request, response, path.slice("/data/".length));
    return true;
  };
}
