import { TRACE_TYPES } from "@model/model.ts";
import { describe, expect, it } from "vitest";
import { TRACE_TYPES as CLIENT_TRACE_TYPES } from "./through.ts";

describe("the explorer's copy of the trace relationship types", () => {
  it("equals the model's, so a matrix cell lists exactly who a trace passes through", () => {
    expect([...CLIENT_TRACE_TYPES]).toEqual([...TRACE_TYPES]);
  });
});
