/**
 * The side panel's "Facts and figures" rows in Norwegian: every property key the seed stores on a
 * node or a relationship, and the panel shows, has a Norwegian label, so no row falls back to an
 * English label built from the stored key ("Section count") in lang=no.
 */
import { describe, expect, it } from "vitest";
import { SEED_MODULES } from "#seed/modules.ts";
import {
  HIDDEN_PROPERTIES,
  PROPERTY_LABELS_NO,
  propertyLabel,
} from "../../client/src/core/graph/properties.ts";

const shownKeys = new Set(
  SEED_MODULES.flatMap((module) => [...module.nodes, ...module.relationships]).flatMap((item) =>
    Object.keys(item.properties ?? {}).filter((key) => !HIDDEN_PROPERTIES.has(key)),
  ),
);

describe("property labels in Norwegian", () => {
  it("exist for every property key the seed gives and the panel shows", () => {
    expect(shownKeys.size).toBeGreaterThan(40);
    expect([...shownKeys].filter((key) => !Object.hasOwn(PROPERTY_LABELS_NO, key)).sort()).toEqual([]);
  });

  it("are what the panel shows in lang=no, and the English label stays in lang=en", () => {
    expect(propertyLabel("sectionCount", "no")).toBe("Antall seksjoner");
    expect(propertyLabel("sectionCount", "en")).toBe("Section count");
    expect(propertyLabel("eeaMember", "en")).toBe("EEA member");
  });
});
