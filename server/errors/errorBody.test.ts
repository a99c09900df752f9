import { describe, expect, it } from "vitest";
import { NotFoundError, QueryTimeoutError } from "./ApiError.ts";
import { ArgumentRefusedError } from "./boundsErrors.ts";
import { errorBody, errorBodyOf } from "./errorBody.ts";

describe("the body of an error answer built by hand", () => {
  it("is GraphQL's errors list with one entry: message, then extensions with the code", () => {
    const body = errorBody("Request body is larger than the 102400-byte limit", {
      code: "LIMIT_EXCEEDED",
      limit: "bodyBytes",
    });
    expect(JSON.stringify(body)).toBe(
      '{"errors":[{"message":"Request body is larger than the 102400-byte limit","extensions":{"code":"LIMIT_EXCEEDED","limit":"bodyBytes"}}]}',
    );
  });

  it("carries an API error's details for the client", () => {
    expect(errorBodyOf(new NotFoundError("hdir"))).toEqual({
      errors: [
        { message: 'No node or relationship with id "hdir"', extensions: { id: "hdir", code: "NOT_FOUND" } },
      ],
    });
    expect(errorBodyOf(new QueryTimeoutError("Too slow")).errors[0].extensions).toEqual({
      limit: "queryTimeoutMs",
      code: "LIMIT_EXCEEDED",
    });
  });

  it("leaves out the status meant for Apollo, as Apollo does", () => {
    const refused = new ArgumentRefusedError("limit must not be negative", "limit");
    expect(refused.extensions.http).toEqual({ status: 400 });
    expect(errorBodyOf(refused).errors[0].extensions).toEqual({ argument: "limit", code: "BAD_USER_INPUT" });
  });
});
