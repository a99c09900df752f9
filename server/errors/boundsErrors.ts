/**
 * Refusals of a request before anything runs (server/limits/): the request's own mistake or
 * excess, so each is answered with HTTP 400 (`extensions.http`, which Apollo turns into the status
 * and strips from the answer) and names what to change.
 */
import { ApiError } from "./ApiError.ts";

const BEFORE_EXECUTION = { http: { status: 400 } };

/** An argument (or the variable behind it) out of range, malformed, or too deep or too large. */
export class ArgumentRefusedError extends ApiError {
  constructor(message: string, argument: string) {
    super("BAD_USER_INPUT", message, { argument, ...BEFORE_EXECUTION });
  }
}

/** The query could return more than the cost limit allows (see server/limits/queryCost.ts). */
export class CostLimitError extends ApiError {
  constructor(cost: number, maxCost: number) {
    const shown = Number.isFinite(cost) && cost < 1e15 ? Math.round(cost).toLocaleString("en") : "too many";
    super(
      "LIMIT_EXCEEDED",
      `The query could return ${shown} fields, more than the ${maxCost.toLocaleString("en")} allowed: every nested list multiplies what is under it by its page size (limit or first, else the type's default). Ask for fewer levels, or set a small limit or first on the nested lists`,
      { limit: "maxCost", ...BEFORE_EXECUTION },
    );
  }
}

/** The answer grew past the response ceiling while it was being built. */
export class ResponseTooLargeError extends ApiError {
  constructor(maxBytes: number) {
    super(
      "LIMIT_EXCEEDED",
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
      "The server is building too many large answers at once; try again in a moment",
    );
  }
}
