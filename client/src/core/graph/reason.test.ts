/**
 * In Norwegian the explorer showed every relationship's reason in English (side panel, trace and
 * path panels' "Hvorfor utledet:", the SDG matrix's cells). A reason now follows the view's
 * language wherever it is shown, with the English one standing in where no Norwegian text is
 * written yet, as a description does; exports carry both.
 */
import { describe, expect, it } from "vitest";
import { edge, node } from "../../testing/fixtures.ts";
import { subgraphToCsv, subgraphToJson } from "../export/utils.ts";
import { badgesOf } from "../trace/evidence.ts";
import { matrixRows } from "../trace/utils.ts";
import type { SdgMatrix } from "./contract.ts";
import { reasonOf } from "./utils.ts";

const both = edge("helsenorge", "SUPPORTS", "objective-4", {
  basis: "inferred",
  reason: "Citizens reach their records through Helsenorge.",
  reasonNo: "Innbyggerne når journalen sin gjennom Helsenorge.",
});
const englishOnly = edge("e-resept", "SUPPORTS", "objective-4", {
  basis: "inferred",
  reason: "Prescriptions flow between actors.",
});

describe("a relationship's reason in the view's language", () => {
  it("is the Norwegian reason in Norwegian and the English reason in English", () => {
    expect(reasonOf(both, "no")).toEqual({
      text: "Innbyggerne når journalen sin gjennom Helsenorge.",
      language: "no",
    });
    expect(reasonOf(both, "en")).toEqual({
      text: "Citizens reach their records through Helsenorge.",
      language: "en",
    });
  });

  it("falls back to the English reason, saying so, where no Norwegian one is written", () => {
    expect(reasonOf(englishOnly, "no")).toEqual({
      text: "Prescriptions flow between actors.",
      language: "en",
    });
  });

  it("is absent when the relationship gives no reason", () => {
    expect(reasonOf(edge("a", "RUNS", "b"), "no")).toBeNull();
  });

  it("is Norwegian in an inferred step's badge (trace and path panels) in Norwegian", () => {
    expect(badgesOf(both, "no")).toEqual([
      {
        mark: "inferred",
        reason: { text: "Innbyggerne når journalen sin gjennom Helsenorge.", language: "no" },
      },
    ]);
    expect(badgesOf(englishOnly, "no")).toEqual([
      { mark: "inferred", reason: { text: "Prescriptions flow between actors.", language: "en" } },
    ]);
  });

  it("is Norwegian in the SDG matrix's cells in Norwegian, English where none is written", () => {
    const cell = (sdg: string, reasonNo: string | null) => ({
      objective: node("objective-1", { type: "Objective" }),
      sdg: node(sdg, { type: "SDG" }),
      strength: "named",
      wording: null,
      reason: `English reason for ${sdg}.`,
      reasonNo,
      sources: [],
    });
    const matrix: SdgMatrix = {
      objectives: [node("objective-1", { type: "Objective" })],
      sdgs: [node("sdg-3", { type: "SDG" }), node("sdg-13", { type: "SDG" })],
      cells: [cell("sdg-3", "Norsk begrunnelse for sdg-3."), cell("sdg-13", null)],
    };
    expect(matrixRows(matrix, "no")[0]?.map((c) => c.reason)).toEqual([
      "Norsk begrunnelse for sdg-3.",
      "English reason for sdg-13.",
    ]);
    expect(matrixRows(matrix, "en")[0]?.map((c) => c.reason)).toEqual([
      "English reason for sdg-3.",
      "English reason for sdg-13.",
    ]);
  });

  it("is exported beside the English reason: a reasonNo column right after reason (CSV) and field (JSON)", () => {
    const csv = subgraphToCsv({ nodes: [], edges: [both, englishOnly] }).split("\n");
    expect(csv[2]).toBe(
      "kind,id,type,source,target,basis,strength,reason,reasonNo,conflict,sources,dataRelease",
    );
    expect(csv[3]).toBe(
      "edge,helsenorge|SUPPORTS|objective-4,SUPPORTS,helsenorge,objective-4,inferred,,Citizens reach their records through Helsenorge.,Innbyggerne når journalen sin gjennom Helsenorge.,,,",
    );
    expect(csv[4]).toBe(
      "edge,e-resept|SUPPORTS|objective-4,SUPPORTS,e-resept,objective-4,inferred,,Prescriptions flow between actors.,,,,",
    );
    const json = JSON.parse(subgraphToJson({ nodes: [], edges: [both] }));
    expect(Object.keys(json.edges[0]).slice(7, 10)).toEqual(["reason", "reasonNo", "conflict"]);
    expect(json.edges[0].reasonNo).toBe("Innbyggerne når journalen sin gjennom Helsenorge.");
  });
});
