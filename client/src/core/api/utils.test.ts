import { describe, expect, it } from "vitest";
import { ApiCallError, describeError } from "./utils.ts";

describe("describeError", () => {
  it("says what went wrong in the interface language, keeping the server's detail as sent", () => {
    const missing = new ApiCallError("NOT_FOUND", "no node has the id 'x'");
    expect(describeError(missing)).toBe("Not found: no node has the id 'x'");
    expect(describeError(missing, "no")).toBe("Finnes ikke: no node has the id 'x'");
    expect(describeError(new ApiCallError("NETWORK", "fetch failed"), "no")).toMatch(/^Serveren svarer ikke/);
  });

  it("passes on an error that is not the API's as its own message", () => {
    expect(describeError(new Error("boom"), "no")).toBe("boom");
    expect(describeError("plain", "no")).toBe("plain");
  });
});
