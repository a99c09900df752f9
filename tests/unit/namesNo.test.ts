/**
 * With lang=no the explorer shows `nameNo` where a node has one and the English `name` otherwise.
 * These tests hold the data to a Norwegian name for every node except those whose name stays in its
 * own language everywhere: people, EU projects, reports with English titles and international
 * bodies known by an English name. They also keep each Norwegian name a name (short, no sentence)
 * and catch an English name copied in place of a Norwegian one.
 */
import { describe, expect, it } from "vitest";
import type { SeedNode } from "#model/model.ts";
import { SEED_MODULES } from "#seed/modules.ts";
import { validateSeed } from "#seed/validate.ts";

const seed = validateSeed(SEED_MODULES);

/** Labels whose names are proper nouns or titles kept in their own language. */
const KEEP_OWN_NAME = new Set<SeedNode["label"]>(["Person", "Project", "Report", "InternationalBody"]);

/** Names Norwegian sources use unchanged, so the Norwegian name is the English one. */
const SAME_IN_BOTH = ["helsecert", "invest-in-norway", "radiumhospitalet"];

const words = (text: string) => text.trim().split(/\s+/).length;

describe("Norwegian names", () => {
  it("exist for every node outside the people, projects, reports and international bodies", () => {
    const missing = seed.nodes
      .filter((node) => !KEEP_OWN_NAME.has(node.label) && node.nameNo === undefined)
      .map((node) => `${node.label} ${node.id}`);
    expect(missing).toEqual([]);
  });

  it("are non-empty names, not sentences: at most 12 words, or as many as a longer English name", () => {
    const notNames = seed.nodes
      .filter((node) => node.nameNo !== undefined)
      .filter((node) => {
        const name = node.nameNo?.trim() ?? "";
        return name === "" || name.endsWith(".") || words(name) > Math.max(12, words(node.name));
      })
      .map((node) => `${node.id}: ${node.nameNo}`);
    expect(notNames).toEqual([]);
  });

  it("differ from the English name except for the proper nouns Norwegian sources use unchanged", () => {
    const same = seed.nodes
      .filter((node) => node.nameNo === node.name)
      .map((node) => node.id)
      .sort();
    expect(same).toEqual(SAME_IN_BOTH);
  });
});
