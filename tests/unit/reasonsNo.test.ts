/**
 * Norwegian reasons (seed/reasonsNo.ts): the texts the map holds are attached to their
 * relationships, name only relationships that give an English reason, and keep every number the
 * English gives; the validator refuses a Norwegian reason without an English one and a reason
 * without its Norwegian text.
 */
import { describe, expect, it } from "vitest";
import type { SeedModule, SeedRelationship } from "#model/model.ts";
import { SEED_MODULES } from "#seed/modules.ts";
import { REASONS_NO, withReasonsNo } from "#seed/reasonsNo.ts";
import { validateSeed } from "#seed/validate.ts";

const seed = validateSeed(SEED_MODULES);
const numbers = (text: string) => text.match(/\d+/g) ?? [];
const byId = new Map(seed.relationships.map((rel) => [rel.id, rel]));

/** What the map's keys must name: relationships of the seed that give an English reason. */
function unknownKeys(map: Readonly<Record<string, string>>): string[] {
  return Object.keys(map).filter((key) => byId.get(key)?.reason === undefined);
}

/** "key: digits" for every number the English reason gives that the Norwegian text drops. */
function lostNumbers(map: Readonly<Record<string, string>>): string[] {
  return Object.entries(map).flatMap(([key, text]) => {
    const norwegian = new Set(numbers(text));
    return numbers(byId.get(key)?.reason ?? "")
      .filter((digits) => !norwegian.has(digits))
      .map((digits) => `${key}: ${digits}`);
  });
}

describe("Norwegian reasons", () => {
  it("are attached to the relationships the map names", () => {
    const attached = seed.relationships.filter((rel) => rel.reasonNo !== undefined).map((rel) => rel.id);
    expect(attached.sort()).toEqual(Object.keys(REASONS_NO).sort());
    expect(byId.get("helsenorge|SUPPORTS|objective-4")?.reasonNo).toBe(
      REASONS_NO["helsenorge|SUPPORTS|objective-4"],
    );
  });

  it("name only relationships of the seed that give a reason (no text outlives a removed one)", () => {
    expect(unknownKeys(REASONS_NO)).toEqual([]);
    // The check itself: a key naming no relationship, and one naming a relationship without a reason.
    expect(
      unknownKeys({
        "helsenorge|SUPPORTS|objective-99": "Finnes ikke.",
        "helsenorge|SUPPORTS|objective-4": "Finnes.",
      }),
    ).toEqual(["helsenorge|SUPPORTS|objective-99"]);
  });

  it("carry over every number the English reason gives (dates, years, counts)", () => {
    expect(lostNumbers(REASONS_NO)).toEqual([]);
    // The check itself: the English "Since 1 January 2020 …" loses its year here.
    expect(
      lostNumbers({
        "norsk-helsenett|RUNS|helsenorge": "Siden 1. januar har Norsk helsenett drevet løsningene.",
      }),
    ).toEqual(["norsk-helsenett|RUNS|helsenorge: 2020"]);
  });

  it("differ from the English reason", () => {
    expect(Object.entries(REASONS_NO).filter(([key, text]) => byId.get(key)?.reason === text)).toEqual([]);
  });

  it("cover every relationship that gives an English reason", () => {
    const missing = seed.relationships.filter(
      (rel) => rel.reason !== undefined && rel.reasonNo === undefined,
    );
    expect(missing.map((rel) => rel.id)).toEqual([]);
  });

  it("read as Norwegian, not English left in place (quoted source terms aside)", () => {
    const englishWords = (text: string) =>
      text.replace(/«[^»]*»/g, "").match(/\b(the|and|of|which|with|its|is|are|from|that)\b/gi) ?? [];
    expect(Object.entries(REASONS_NO).filter(([, text]) => englishWords(text).length >= 2)).toEqual([]);
    // The check itself: an English sentence left in the map is caught.
    expect(englishWords("The ministry owns the network and its trusts.").length).toBeGreaterThanOrEqual(2);
  });
});

describe("the validator and the attaching of Norwegian reasons", () => {
  const topic = (id: string) => ({
    id,
    label: "Topic" as const,
    name: id,
    description: "A fixture node.",
    descriptionNo: "En testnode.",
    sources: [{ document: "strategy" as const, section: "stub" }],
  });
  const rel = (from: string, to: string, extra: Partial<SeedRelationship> = {}): SeedRelationship => ({
    from,
    type: "RELATED_TO",
    to,
    basis: "inferred",
    sources: [{ document: "strategy", section: "stub" }],
    ...extra,
  });
  const moduleOf = (...relationships: SeedRelationship[]): SeedModule => ({
    module: "tests/bad.ts",
    nodes: [topic("a"), topic("b")],
    relationships,
  });

  it("rejects a Norwegian reason without an English one, naming the module, the relationship and the field", () => {
    expect(() => validateSeed([moduleOf(rel("a", "b", { reasonNo: "Bare norsk." }))])).toThrow(
      /tests\/bad\.ts: relationship "a-\[RELATED_TO\]->b" \(#0\): field "reasonNo"/,
    );
  });

  it("rejects an empty Norwegian reason", () => {
    expect(() => validateSeed([moduleOf(rel("a", "b", { reason: "English.", reasonNo: "" }))])).toThrow(
      /relationship "a-\[RELATED_TO\]->b" \(#0\): field "reasonNo"/,
    );
  });

  it("rejects a reason without its Norwegian text and accepts one with it", () => {
    expect(() => validateSeed([moduleOf(rel("a", "b", { reason: "English only." }))])).toThrow(
      /relationship "a-\[RELATED_TO\]->b" \(#0\): field "reasonNo": a Norwegian reason is required/,
    );
    const valid = validateSeed([
      moduleOf(rel("a", "b", { reason: "English.", reasonNo: "Norsk." }), rel("b", "a", { basis: "stated" })),
    ]);
    expect(valid.relationships.map((r) => r.reasonNo)).toEqual(["Norsk.", undefined]);
  });

  it("keeps the Norwegian reason of the copy whose English reason it keeps when merging duplicates", () => {
    const [merged] = validateSeed([
      moduleOf(rel("a", "b"), rel("a", "b", { reason: "Second copy.", reasonNo: "Andre kopi." })),
    ]).relationships;
    expect(merged?.reason).toBe("Second copy.");
    expect(merged?.reasonNo).toBe("Andre kopi.");
  });

  it("attaches the map's text by key to a relationship with a reason and keeps a relationship's own text", () => {
    const [attached, own, withoutReason, unknown] = withReasonsNo(
      moduleOf(
        rel("helsenorge", "objective-4", { type: "SUPPORTS", reason: "English." }),
        rel("kjernejournal", "objective-4", {
          type: "SUPPORTS",
          reason: "English.",
          reasonNo: "Egen tekst.",
        }),
        rel("e-resept", "objective-2", { type: "SUPPORTS" }),
        rel("constructor", "b", { reason: "English." }),
      ),
    ).relationships;
    expect(attached?.reasonNo).toBe(REASONS_NO["helsenorge|SUPPORTS|objective-4"]);
    expect(own?.reasonNo).toBe("Egen tekst.");
    // A copy without an English reason gets no Norwegian one (the validator would refuse it).
    expect(withoutReason?.reasonNo).toBeUndefined();
    expect(unknown?.reasonNo).toBeUndefined();
  });
});
