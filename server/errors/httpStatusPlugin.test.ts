import type { GraphQLFormattedError } from "graphql";
import { describe, expect, it } from "vitest";
import { answerStatus } from "./httpStatusPlugin.ts";

const parseError = { message: "Syntax Error", extensions: { code: "GRAPHQL_PARSE_FAILED" } };
const notFound = { message: "No node", extensions: { code: "NOT_FOUND" } };
const limit = { message: "Too deep", extensions: { code: "LIMIT_EXCEEDED", limit: "maxDepth" } };
const timeout = { message: "Too slow", extensions: { code: "LIMIT_EXCEEDED", limit: "queryTimeoutMs" } };
const internal = { message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } };

const noData = (...errors: GraphQLFormattedError[]) => ({ hasData: false, data: undefined, errors });
const nullData = (...errors: GraphQLFormattedError[]) => ({ hasData: true, data: null, errors });

describe("the HTTP status of a GraphQL answer", () => {
  describe("application/json by default (no Accept, or */*): as the API always answered", () => {
    it("is 400 for a request error without data, whatever Apollo chose", () => {
      expect(answerStatus("json-by-default", undefined, noData(parseError))).toBe(400);
      expect(answerStatus("json-by-default", undefined, nullData(limit))).toBe(400);
    });
    it("keeps Apollo's status for errors met while reading", () => {
      expect(answerStatus("json-by-default", undefined, nullData(notFound))).toBeUndefined();
      expect(answerStatus("json-by-default", undefined, nullData(timeout))).toBeUndefined();
    });
  });

  describe("application/json asked for by name: 200 for every well-formed request", () => {
    it("turns Apollo's 400 for a parse, validation or variable error into 200", () => {
      expect(answerStatus("json", 400, noData(parseError))).toBe(200);
    });
    it("does not promote a limit met without data to 400", () => {
      expect(answerStatus("json", undefined, nullData(limit))).toBeUndefined();
    });
    it("keeps statuses that are not about GraphQL errors (405 for a mutation over GET)", () => {
      expect(answerStatus("json", 405, noData({ message: "GET", extensions: { code: "BAD_REQUEST" } }))).toBe(
        405,
      );
    });
  });

  describe("application/graphql-response+json: the status says whether GraphQL ran", () => {
    it("keeps 400 for a request error (no data entry)", () => {
      expect(answerStatus("graphql-response+json", 400, noData(parseError))).toBe(400);
    });
    it("is 400 for request errors Apollo answered with 200", () => {
      expect(answerStatus("graphql-response+json", undefined, noData(limit))).toBe(400);
    });
    it("is 500 when no data came and the request was not at fault", () => {
      expect(answerStatus("graphql-response+json", undefined, noData(internal))).toBe(500);
    });
    it("is 2xx when data is present, even null: field errors are not request errors", () => {
      expect(answerStatus("graphql-response+json", undefined, nullData(limit))).toBeUndefined();
      expect(answerStatus("graphql-response+json", undefined, nullData(notFound))).toBeUndefined();
    });
  });
});
