/**
 * With lang=no every description is Norwegian. These tests hold the data to that: every node has a
 * Norwegian description, it is a rendering and not a copy of the English, the facts (every number)
 * carry over, no text is left without a node, and the validator refuses a node that has none.
 */
import { describe, expect, it } from "vitest";
import type { SeedModule } from "#model/model.ts";
import { DESCRIPTIONS_NO, withDescriptionsNo } from "#seed/descriptionsNo.ts";
import { SEED_MODULES } from "#seed/modules.ts";
import { validateSeed } from "#seed/validate.ts";

const seed = validateSeed(SEED_MODULES);
const numbers = (text: string) => text.match(/\d+/g) ?? [];
/** Words that only English prose has; a Norwegian text with several of them was left untranslated. */
const ENGLISH_WORDS = /\b(the|and|of|which|with|its|is|are|from|that)\b/gi;

describe("Norwegian descriptions", () => {
  it("cover every node of the seed with a non-empty text", () => {
    const missing = seed.nodes.filter((node) => (node.descriptionNo ?? "").trim() === "").map((n) => n.id);
    expect(missing).toEqual([]);
    expect(seed.nodes.length).toBeGreaterThanOrEqual(229);
  });

  it("differ from the English description of every node", () => {
    const same = seed.nodes.filter((node) => node.descriptionNo === node.description).map((n) => n.id);
    expect(same).toEqual([]);
  });

  it("carry over every number the English gives (years, counts, figures, document numbers)", () => {
    const lost = seed.nodes.flatMap((node) => {
      const norwegian = new Set(numbers(node.descriptionNo ?? ""));
      return numbers(node.description)
        .filter((digits) => !norwegian.has(digits))
        .map((digits) => `${node.id}: ${digits}`);
    });
    expect(lost).toEqual([]);
  });

  it("read as Norwegian, not English left in place", () => {
    const english = seed.nodes
      .filter((node) => (node.descriptionNo?.match(ENGLISH_WORDS) ?? []).length >= 2)
      .map((node) => `${node.id}: ${node.descriptionNo}`);
    expect(english).toEqual([]);
  });

  it("share at most half their words with the English (a translation, not English left in place)", () => {
    // Names, numbers and a few loan words (digital, data) are shared; the most today is about a fifth.
    const words = (text: string) => new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
    const copied = seed.nodes.flatMap((node) => {
      const english = words(node.description);
      const norwegian = words(node.descriptionNo ?? "");
      const shared = [...english].filter((word) => norwegian.has(word)).length;
      return shared / english.size > 0.5 ? [node.id] : [];
    });
    expect(copied).toEqual([]);
  });

  it("name only nodes that exist (no text outlives a renamed or removed node)", () => {
    const ids = new Set(seed.nodes.map((node) => node.id));
    expect(Object.keys(DESCRIPTIONS_NO).filter((id) => !ids.has(id))).toEqual([]);
  });

  it("give the four regional health authorities one templated text naming their own region", () => {
    const authorities = seed.nodes.filter((node) => node.label === "RegionalHealthAuthority");
    expect(authorities).toHaveLength(4);
    const regions = authorities.map((node) => node.descriptionNo?.match(/helseforetak for ([^;]+);/)?.[1]);
    expect(new Set(regions)).toEqual(new Set(["Sørøst-Norge", "Vestlandet", "Midt-Norge", "Nord-Norge"]));
  });
});

describe("the validator and the attaching of Norwegian descriptions", () => {
  const node = (id: string, extra: Record<string, string> = {}) => ({
    id,
    label: "Topic" as const,
    name: id,
    description: "A fixture node.",
    sources: [{ document: "strategy" as const, section: "stub" }],
    ...extra,
  });
  const moduleOf = (...nodes: SeedModule["nodes"]): SeedModule => ({
    module: "tests/bad.ts",
    nodes,
    relationships: [],
  });

  it("rejects a node without a Norwegian description, naming the module, the id and the field", () => {
    expect(() => validateSeed([moduleOf(node("no-norwegian"))])).toThrow(
      /tests\/bad\.ts: node "no-norwegian": field "descriptionNo"/,
    );
  });

  it("rejects an empty Norwegian description", () => {
    expect(() => validateSeed([moduleOf(node("empty-norwegian", { descriptionNo: "" }))])).toThrow(
      /node "empty-norwegian": field "descriptionNo"/,
    );
  });

  it("accepts a node that gives its own Norwegian description", () => {
    const valid = validateSeed([moduleOf(node("own-norwegian", { descriptionNo: "En testnode." }))]);
    expect(valid.nodes[0]?.descriptionNo).toBe("En testnode.");
  });

  it("attaches the map's text by id and keeps a node's own text", () => {
    const [attached, own, unknown] = withDescriptionsNo(
      moduleOf(
        node("helsenorge"),
        node("kjernejournal", { descriptionNo: "Egen tekst." }),
        node("constructor"),
      ),
    ).nodes;
    expect(attached?.descriptionNo).toBe(DESCRIPTIONS_NO.helsenorge);
    expect(own?.descriptionNo).toBe("Egen tekst.");
    // An id that is also an Object.prototype member must not pick up that member.
    expect(unknown?.descriptionNo).toBeUndefined();
  });
});
