import { describe, expect, it } from "vitest";
import { BodyTooLargeError } from "../http/readBody.ts";
import {
  BadUserInputError,
  NoSuchFileError,
  NotFoundError,
  NotInForceError,
  QueryTimeoutError,
  ServiceUnavailableError,
} from "./ApiError.ts";
import {
  ArgumentRefusedError,
  CostLimitError,
  ResponseTooLargeError,
  ServerBusyError,
} from "./boundsErrors.ts";

describe("the HTTP status each error carries", () => {
  it("is 404 for what does not exist, or did not on the day asked about", () => {
    expect(new NotFoundError("hdir").httpStatus).toBe(404);
    expect(new NotInForceError("hdir", "organisation", "1990-01-01", "2016-01-01", null).httpStatus).toBe(
      404,
    );
    expect(new NoSuchFileError("/data/graph.xls", "/data/graph.ttl").httpStatus).toBe(404);
  });

  it("is 400 for the request's own mistake or excess, which a retry would meet again", () => {
    expect(new BadUserInputError("depth must be 1 to 3", "depth").httpStatus).toBe(400);
    expect(new ArgumentRefusedError("too deep", "where").httpStatus).toBe(400);
    expect(new CostLimitError(3_000_000, 2_000_000).httpStatus).toBe(400);
    expect(new ResponseTooLargeError(2 * 1024 * 1024).httpStatus).toBe(400);
  });

  it("is 503 for what passes with the moment: a database down, a load too high", () => {
    expect(new ServiceUnavailableError().httpStatus).toBe(503);
    expect(new QueryTimeoutError("Too slow").httpStatus).toBe(503);
    expect(new ServerBusyError().httpStatus).toBe(503);
  });

  it("is 413 for a body over the limit, refused before GraphQL sees it", () => {
    expect(new BodyTooLargeError(100 * 1024).httpStatus).toBe(413);
  });

  it("reaches Apollo as extensions.http only for refusals before execution", () => {
    // Apollo turns extensions.http into the answer's status wherever the error was thrown, so
    // an error met while reading must not carry it: its status is the media type's.
    expect(new ArgumentRefusedError("too deep", "where").extensions.http).toEqual({ status: 400 });
    expect(new CostLimitError(3_000_000, 2_000_000).extensions.http).toEqual({ status: 400 });
    for (const readingError of [
      new NotFoundError("hdir"),
      new BadUserInputError("depth must be 1 to 3"),
      new ServiceUnavailableError(),
      new QueryTimeoutError("Too slow"),
      new ResponseTooLargeError(1024),
      new ServerBusyError(),
    ]) {
      expect(readingError.extensions.http, readingError.constructor.name).toBeUndefined();
    }
  });
});
