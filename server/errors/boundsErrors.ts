/**
 * Refusals of a request before anything runs (server/limits/), and the response ceiling met
 * while an answer is built. Each names what to change.
 */
import type { ErrorCode } from "#model/errorCodes.ts";
import { ApiError } from "./ApiError.ts";

/**
 * The request's own mistake or excess, found before it ran: HTTP 400 for every media type. The
 * status travels as `extensions.http` too, because that is how Apollo takes a status from an
 * error thrown in a plugin (and strips it from the answer); set on every error, it would also
 * turn errors met while reading into 400s.
 */
export abstract class RequestRefusedError extends ApiError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown>) {
    super(code, 400, message, { ...extensions, http: { status: 400 } });
  }
}

/** An argument (or the variable behind it) out of range, malformed, or too deep or too large. */
export class ArgumentRefusedError extends RequestRefusedError {
  constructor(message: string, argument: string) {
    super("BAD_USER_INPUT", message, { argument });
  }
}

/** The query could return more than the cost limit allows (see server/limits/queryCost.ts). */
export class CostLimitError extends RequestRefusedError {
  constructor(cost: number, maxCost: number) {
    const shown = Number.isFinite(cost) && cost < 1e15 ? Math.round(cost).toLocaleString("en") : "too many";
    super(
      "LIMIT_EXCEEDED",
      `The query could return ${shown} fields, more than the ${maxCost.toLocaleString("en")} allowed: every nested list multiplies what is under it by its page size (limit or first, else the type's default). Ask for fewer levels, or set a small limit or first on the nested lists`,
      { limit: "maxCost" },
    );
  }
}

/**
 * The answer grew past the response ceiling while it was being built. 400: the same request
 * would grow past it again. (responseBudget.ts answers it with `data: null`, so the media type's
 * rule in httpStatusPlugin.ts, not this status, decides what a GraphQL client gets.)
 */
export class ResponseTooLargeError extends ApiError {
  constructor(maxBytes: number) {
    super(
      "LIMIT_EXCEEDED",
      400,
      `The answer grew past ${Math.round(maxBytes / 1024).toLocaleString("en")} KiB and was stopped; ask for fewer fields, levels or items (limit, first)`,
      { limit: "responseBytes" },
    );
  }
}

/**
 * The answers being built at this moment hold all the memory set aside for them: this one was
 * stopped, and a retry in a moment will likely pass (HTTP 503 with Retry-After).
 */
export class ServerBusyError extends ApiError {
  constructor() {
    super(
      "SERVICE_UNAVAILABLE",
      503,
      "The server is building too many large answers at once; try again in a moment",
    );
  }
}
