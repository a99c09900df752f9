import { describe, expect, it } from "vitest";
import { SEED_MODULES } from "#seed/modules.ts";
import { validateSeed } from "#seed/validate.ts";
import { countryName, MAX_SCALE, syntheticSeed } from "../../bench/syntheticSeed.ts";

const REAL = validateSeed(SEED_MODULES);

describe("syntheticSeed", () => {
  it("is exactly the real seed at 1×", () => {
    const seed = validateSeed(syntheticSeed(1));
    expect(seed.nodes.length).toBe(REAL.nodes.length);
    expect(seed.relationships.length).toBe(REAL.relationships.length);
  });

  it("passes validateSeed at 3× with country-prefixed ids", () => {
    const seed = validateSeed(syntheticSeed(3));
    const synthetic = seed.nodes.filter((node) => !REAL.nodes.some((real) => real.id === node.id));
    expect(synthetic.length).toBeGreaterThan(0);
    expect(synthetic.every((node) => /^c[23]-/.test(node.id))).toBe(true);
    expect(seed.nodes.map((node) => node.id)).toContain("c3-ministry-of-health");
  });

  it("grows the node and relationship counts linearly, about the real seed's size per country", () => {
    const counts = [1, 2, 3, 5].map((scale) => validateSeed(syntheticSeed(scale)));
    const perCountry = counts[1]!.nodes.length - counts[0]!.nodes.length;
    counts.forEach((seed, i) => {
      const scale = [1, 2, 3, 5][i]!;
      expect(seed.nodes.length).toBe(REAL.nodes.length + (scale - 1) * perCountry);
    });
    expect(perCountry / REAL.nodes.length).toBeGreaterThan(0.9);
    expect(perCountry / REAL.nodes.length).toBeLessThan(1.1);
    const relsPerCountry = counts[1]!.relationships.length - counts[0]!.relationships.length;
    expect(relsPerCountry / REAL.relationships.length).toBeGreaterThan(0.8);
    expect(relsPerCountry / REAL.relationships.length).toBeLessThan(1.1);
  });

  it("links synthetic objectives to the real SDG nodes with strength and reason", () => {
    const seed = validateSeed(syntheticSeed(2));
    const toSdgs = seed.relationships.filter(
      (rel) => rel.from.startsWith("c2-") && rel.to.startsWith("sdg-"),
    );
    expect(toSdgs.length).toBeGreaterThan(5);
    expect(toSdgs.every((rel) => rel.type === "CONTRIBUTES_TO" && rel.strength && rel.reason)).toBe(true);
  });

  it("names every country uniquely and puts its name in searchable node names", () => {
    const names = Array.from({ length: MAX_SCALE - 1 }, (_, i) => countryName(i + 2));
    expect(new Set(names).size).toBe(names.length);
    const seed = validateSeed(syntheticSeed(2));
    const name = countryName(2);
    const c2 = seed.nodes.filter((node) => node.id.startsWith("c2-"));
    expect(c2.filter((node) => node.name.includes(name)).length).toBeGreaterThan(c2.length / 2);
    expect(c2.some((node) => /helse/i.test(node.name) && /portal/i.test(node.name))).toBe(true);
  });

  it("rejects scales outside 1…MAX_SCALE", () => {
    expect(() => syntheticSeed(0)).toThrow(RangeError);
    expect(() => syntheticSeed(MAX_SCALE + 1)).toThrow(RangeError);
  });
});
