import { describe, expect, it } from "vitest";
import { parseVariables } from "./variables.ts";

describe("the variables pane", () => {
  it("sends no variables when the pane is empty", () => {
    expect(parseVariables("  \n")).toEqual({ ok: true, value: {} });
  });

  it("accepts a JSON object and passes its values on", () => {
    expect(parseVariables('{"id": "helsedirektoratet", "limit": 3}')).toEqual({
      ok: true,
      value: { id: "helsedirektoratet", limit: 3 },
    });
  });

  it("rejects text that is not JSON, with the parser's reason", () => {
    const parsed = parseVariables('{"id": ');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).not.toBe("");
  });

  it.each(["[1, 2]", "null", '"text"', "42"])("rejects %s: GraphQL variables are an object", (text) => {
    const parsed = parseVariables(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(/JSON object/);
  });
});
