/**
 * Issue 12, defect 9: in Norwegian the explorer showed every description in English. A node's
 * description now follows the view's language wherever it is shown (panel, brief), and the other
 * language's text stands in, marked, only where a node has none in the view's language.
 */
import { describe, expect, it } from "vitest";
import { node as solution } from "../../testing/fixtures.ts";
import { briefModelOf } from "../export/briefModel.ts";
import { descriptionOf } from "./utils.ts";

const node = (id: string, description: string | null, descriptionNo: string | null) =>
  solution(id, { type: "Solution", name: `${id} (en)`, nameNo: `${id} (no)`, description, descriptionNo });
const both = node("both", "A national record.", "En nasjonal journal.");
const englishOnly = node("english-only", "Made through a mutation.", null);
const filters = { hiddenNodeTypes: [], hiddenEdgeTypes: [], showInferred: true };

describe("a node's description in the view's language", () => {
  it("is the Norwegian text in Norwegian and the English text in English", () => {
    expect(descriptionOf(both, "no")).toEqual({ text: "En nasjonal journal.", language: "no" });
    expect(descriptionOf(both, "en")).toEqual({ text: "A national record.", language: "en" });
  });

  it("falls back to the other language, saying which, only where the view's language has none", () => {
    expect(descriptionOf(englishOnly, "no")).toEqual({ text: "Made through a mutation.", language: "en" });
    expect(descriptionOf(node("norwegian-only", null, "Bare norsk."), "en")).toEqual({
      text: "Bare norsk.",
      language: "no",
    });
  });

  it("is absent when the node has no description at all", () => {
    expect(descriptionOf(node("bare", null, null), "no")).toBeNull();
  });

  it("is Norwegian in a Norwegian brief, with the English stand-in marked", () => {
    const brief = briefModelOf(
      { nodes: [both, englishOnly], edges: [] },
      { language: "no", filters, asOf: null, picture: null },
    );
    expect(brief.nodes.map((entry) => entry.text)).toEqual([
      "both (no) (Løsning): En nasjonal journal.",
      "english-only (no) (Løsning): Made through a mutation. (på engelsk)",
    ]);
  });

  it("stays English in an English brief", () => {
    const brief = briefModelOf(
      { nodes: [both], edges: [] },
      { language: "en", filters, asOf: null, picture: null },
    );
    expect(brief.nodes[0]?.text).toBe("both (en) (Solution): A national record.");
  });
});
