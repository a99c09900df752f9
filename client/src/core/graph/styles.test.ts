import { describe, expect, it } from "vitest";
import { ciede2000, colourDistance, seenAs } from "./colourDistance.ts";
import { inkOn, shapeFamily, TYPE_STYLES } from "./styles.ts";

/**
 * The measure: CIEDE2000 (ΔE00) between two types' fill colours, the smallest of normal vision,
 * simulated deuteranopia and simulated protanopia (Machado et al. 2009). 10 is a difference most
 * readers see at a glance on small swatches (2.3 is only just noticeable); the old palette's
 * Directorate and Agency, which users mistook for each other, were 13 apart for a deuteranope.
 */
const MIN_DISTANCE = 15;

/**
 * Between any two types, whatever their shape, for normal vision: a legend entry names one type by
 * its colour alone. 12 stays well clear of "just noticeable" (2.3) on a 10 px swatch.
 */
const MIN_ANY_PAIR = 12;

const types = Object.entries(TYPE_STYLES);
const pairs = types.flatMap(([a, styleA], i) =>
  types.slice(i + 1).map(([b, styleB]) => ({ a, b, styleA, styleB })),
);

describe("node type palette", () => {
  it(`tells every two types in the legend apart: another shape, or colours at least ΔE00 ${MIN_DISTANCE} apart for normal and red–green-blind vision`, () => {
    const alike = pairs
      .filter(({ styleA, styleB }) => shapeFamily(styleA.shape) === shapeFamily(styleB.shape))
      .map(({ a, b, styleA, styleB }) => ({ a, b, distance: colourDistance(styleA.color, styleB.color) }))
      .filter(({ distance }) => distance < MIN_DISTANCE);
    expect(alike).toEqual([]);
  });

  it(`gives every type a colour of its own, any two at least ΔE00 ${MIN_ANY_PAIR} apart for normal vision`, () => {
    const alike = pairs
      .map(({ a, b, styleA, styleB }) => ({
        a,
        b,
        distance: ciede2000(seenAs(styleA.color, "normal"), seenAs(styleB.color, "normal")),
      }))
      .filter(({ distance }) => distance < MIN_ANY_PAIR);
    expect(alike).toEqual([]);
  });

  it.each([
    ["Ministry", "Department"],
    ["Directorate", "Agency"],
  ] as const)("colours %s and %s apart (they once looked nearly the same)", (a, b) => {
    expect(colourDistance(TYPE_STYLES[a].color, TYPE_STYLES[b].color)).toBeGreaterThanOrEqual(MIN_DISTANCE);
  });

  it("measures the old Ministry and Department blues as too close, so the check can fail", () => {
    expect(colourDistance("#1d4ed8", "#2563eb")).toBeLessThan(MIN_DISTANCE);
    expect(colourDistance("#0891b2", "#0d9488")).toBeLessThan(MIN_DISTANCE);
  });

  it("computes CIEDE2000 as its reference data does", () => {
    // Sharma, Wu & Dalal (2005), pairs 1 and 7.
    expect(ciede2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 3);
    expect(ciede2000([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 3);
  });

  it("rejects a colour that is not #rrggbb", () => {
    expect(() => colourDistance("blue", "#000000")).toThrow(/Not a #rrggbb colour: blue/);
  });
});

describe("type badge text", () => {
  it("is dark on the light type colours and white on the dark ones", () => {
    expect(inkOn("#f0e442")).toBe("#111827");
    expect(inkOn("#56b4e9")).toBe("#111827");
    expect(inkOn("#0072b2")).toBe("#ffffff");
    expect(inkOn("#4b5563")).toBe("#ffffff");
  });
});
