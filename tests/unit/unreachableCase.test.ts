import { describe, expect, it } from "vitest";
import { UnreachableCaseError } from "#platform/UnreachableCaseError.ts";
import { answerStatus } from "#server/errors/httpStatusPlugin.ts";
import { describeExcess, INPUT_LIMITS } from "#server/limits/inputBounds.ts";

/** A value from outside the program, as the types never expect it (JSON.parse returns `any`). */
const fromOutside = (json: string) => JSON.parse(json);

describe("a switch over a union meets a value outside it", () => {
  it("throws UnreachableCaseError naming the value, instead of answering undefined", () => {
    const excess = fromOutside('{"kind":"width","columns":9}');
    expect(() => describeExcess(excess, INPUT_LIMITS)).toThrow(UnreachableCaseError);
    expect(() => describeExcess(excess, INPUT_LIMITS)).toThrow(
      'Unreachable case: {"kind":"width","columns":9}',
    );
  });

  it("throws for a media type the status rules do not know, instead of keeping Apollo's status", () => {
    const answer = { hasData: false, data: undefined, errors: [] };
    expect(() => answerStatus(fromOutside('"text/xml"'), 200, answer)).toThrow(UnreachableCaseError);
    expect(() => answerStatus(fromOutside('"text/xml"'), 200, answer)).toThrow(
      'Unreachable case: "text/xml"',
    );
  });
});
