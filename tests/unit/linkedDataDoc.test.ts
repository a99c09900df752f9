/**
 * docs/linked-data.md lists the mapping one row per node label and relationship type, and each
 * row names exactly the terms the RDF writer uses (model/linkedData/mapping.ts): a label or type
 * added to the vocabulary, or a mapping changed, fails here until the document says so.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LABEL_CLASSES, RELATIONSHIP_MAPPING } from "#model/linkedData/mapping.ts";
import { NODE_LABELS, RELATIONSHIP_TYPES } from "#model/vocabulary.ts";

const doc = readFileSync(new URL("../../docs/linked-data.md", import.meta.url), "utf8");

/** The table rows of the document, by the name in their first cell. */
function rows(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const line of doc.split("\n")) {
    const match = /^\| `([A-Za-z_]+)` \|(.*)\|$/.exec(line);
    if (match?.[1] && match[2] !== undefined)
      found.set(
        match[1],
        match[2].split("|").map((cell) => cell.trim()),
      );
  }
  return found;
}

/** Every `term` written in a cell, in order. */
const terms = (cell: string | undefined) => [...(cell ?? "").matchAll(/`([^`]+)`/g)].map((m) => m[1]);

describe("docs/linked-data.md", () => {
  const table = rows();

  it("has a row for every node label, naming its classes as the writer gives them", () => {
    for (const label of NODE_LABELS) {
      const row = table.get(label);
      expect(row, label).toBeDefined();
      expect(terms(row?.[0]), label).toEqual([`ehg:${label}`, ...LABEL_CLASSES[label]]);
    }
  });

  it("has a row for every relationship type, naming its standard terms as the writer gives them", () => {
    for (const type of RELATIONSHIP_TYPES) {
      const row = table.get(type);
      expect(row, type).toBeDefined();
      const mapping = RELATIONSHIP_MAPPING[type];
      const expected = [
        `ehg:${type}`,
        ...mapping.links.flatMap((link) => link.triples.map(([, term]) => term)),
        ...(mapping.change ? ["org:ChangeEvent", `ehg:${mapping.change}`] : []),
      ];
      expect(terms(row?.[0]), type).toEqual(expected);
    }
  });
});
