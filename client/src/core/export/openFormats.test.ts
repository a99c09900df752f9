import { explorerLink } from "@model/linkedData/addresses.ts";
import { writeGraph } from "@model/linkedData/formats.ts";
import { Parser } from "n3";
import { describe, expect, it } from "vitest";
import { edge, node } from "../../testing/fixtures.ts";
import { decodeState } from "../url-state/utils.ts";

const BASE = "https://graph.example.org";

describe("the explorer's open-format exports", () => {
  const view = {
    nodes: [node("norsk-helsenett", { nameNo: "Norsk helsenett" }), node("helsenorge", { type: "Solution" })],
    edges: [edge("norsk-helsenett", "RUNS", "helsenorge")],
  };

  it("writes the view as Turtle n3 reads, each relationship a statement at its own address", () => {
    const quads = new Parser().parse(writeGraph(view, "turtle", BASE));
    const statements = quads.filter(
      (q) => q.predicate.value.endsWith("#type") && q.object.value === `${BASE}/def/Relationship`,
    );
    expect(statements.map((q) => q.subject.value)).toEqual([
      `${BASE}/id/norsk-helsenett%7CRUNS%7Chelsenorge`,
    ]);
    expect(
      quads.some(
        (q) => q.subject.value === `${BASE}/id/norsk-helsenett` && q.object.value === "Norsk helsenett",
      ),
    ).toBe(true);
  });

  it("writes GraphML and GEXF with one element per node and edge of the view", () => {
    for (const format of ["graphml", "gexf"] as const) {
      const text = writeGraph(view, format, BASE);
      expect(text.match(/<node\b/g), format).toHaveLength(2);
      expect(text.match(/<edge\b/g), format).toHaveLength(1);
    }
  });
});

describe("an entity address opened in a browser", () => {
  it("lands on an explorer link that draws the entity's nodes and selects it, on its day", () => {
    const state = decodeState(
      new URL(
        explorerLink(["norsk-helsenett", "helsenorge"], "norsk-helsenett|RUNS|helsenorge", "2022-06-30"),
        BASE,
      ).search,
    );
    expect(state.selected).toBe("norsk-helsenett|RUNS|helsenorge");
    expect(state.nodes).toEqual(["norsk-helsenett", "helsenorge"]);
    expect(state.asOf).toBe("2022-06-30");
  });
});
