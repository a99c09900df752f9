/**
 * The correction log is part of the data: each entry names a fact the seed has (or, for a removal,
 * no longer has), belongs to a known release, and is written in our own words like every other text.
 */
import { describe, expect, it } from "vitest";
import { CORRECTIONS } from "#seed/corrections.ts";
import { SEED_MODULES } from "#seed/modules.ts";
import { DATA_RELEASE, DATA_RELEASES } from "#seed/release.ts";
import { correctionProblems, validateSeed } from "#seed/validate.ts";

const seed = validateSeed(SEED_MODULES);

describe("the correction log", () => {
  it("names only facts the seed has, and removals of facts it no longer has", () => {
    expect(correctionProblems(seed, CORRECTIONS)).toEqual([]);
  });

  it("notices a correction of a fact that does not exist (the check can fail)", () => {
    const probe = {
      ...CORRECTIONS[0],
      item: "no-such-node",
      field: "description",
    } as (typeof CORRECTIONS)[number];
    expect(correctionProblems(seed, [probe])).toEqual([expect.stringContaining("no node or relationship")]);
    const removedButPresent = { ...probe, item: "helsenorge", field: "removed" };
    expect(correctionProblems(seed, [removedButPresent])).toEqual([expect.stringContaining("still has it")]);
  });

  it("records this release's corrections in this release, dated no later than the release", () => {
    expect(DATA_RELEASES.at(-1)).toBe(DATA_RELEASE);
    for (const correction of CORRECTIONS) {
      expect(DATA_RELEASES.map((release) => release.version)).toContain(correction.release);
      const release = DATA_RELEASES.find((candidate) => candidate.version === correction.release);
      expect(correction.date <= (release?.date ?? ""), correction.item).toBe(true);
    }
  });
});
