import { describe, expect, it } from "vitest";
import { displayProperties, propertyLabel } from "./properties.ts";

describe("properties shown to people", () => {
  it("never shows internal property names such as factsheetRole or inferredAddition", () => {
    const shown = displayProperties({ factsheetRole: "operator", inferredAddition: true, usesAI: false });
    expect(shown).toEqual([
      ["Role in the factsheet", "operator"],
      ["Uses AI", "no"],
    ]);
    expect(shown.flat().join(" ")).not.toMatch(/factsheetRole|inferredAddition/);
  });

  it("turns any other stored name into words", () => {
    expect(propertyLabel("collaborationArena")).toBe("Collaboration arena");
    expect(propertyLabel("someNewField")).toBe("Some new field");
  });
});
