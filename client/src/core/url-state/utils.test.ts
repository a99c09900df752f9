import { describe, expect, it } from "vitest";
import { DEFAULT_STATE, type ViewState } from "./types.ts";
import { decodeState, encodeState } from "./utils.ts";

describe("URL state", () => {
  it("leaves the default state out of the URL", () => {
    expect(encodeState(DEFAULT_STATE)).toBe("");
  });

  it("round-trips every field, the query text and dragged positions included", () => {
    const state: ViewState = {
      tab: "query",
      root: "department-of-ehealth",
      selected: "kjernejournal",
      layout: "force",
      language: "no",
      hiddenNodeTypes: ["Person", "Figure"],
      hiddenEdgeTypes: ["RELATED_TO"],
      showInferred: false,
      nodes: ["ministry-of-health-and-care-services", "kjernejournal"],
      expanded: [
        {
          id: "ministry-of-health-and-care-services",
          types: null,
          nodes: ["helsenorge", "department-of-ehealth"],
        },
        { id: "helsenorge", types: ["RUNS", "OWNS"], nodes: [] },
      ],
      trace: "objective-3",
      traceSdg: "sdg-9",
      query: 'query { søk: search(text: "helse") { score } }',
      queryVariables: '{ "id": "kjernejournal", "tekst": "å" }',
      positions: {
        kjernejournal: { x: -120, y: 45 },
        helsenorge: { x: 3, y: -7 },
        elsewhere: { x: 0, y: 1 },
      },
      asOf: "2019-06-01",
      compareTo: "2024-06-01",
      viewport: { zoom: 1.2513, x: -40, y: 310, width: 1180, height: 640 },
      path: ["norsk-helsenett", "sdg-3"],
      release: "2026.12.1",
      statedOnly: true,
    };
    expect(decodeState(encodeState(state))).toEqual(state);
  });

  it("records the data release in a link that holds a view, and keeps a plain visit plain", () => {
    expect(encodeState({ ...DEFAULT_STATE, release: "2026.12.1" })).toBe("");
    const link = encodeState({ ...DEFAULT_STATE, selected: "helsenorge", release: "2026.12.1" });
    expect(new URLSearchParams(link).get("rel")).toBe("2026.12.1");
    expect(decodeState("s=helsenorge&rel=<script>").release).toBeNull();
  });

  it("falls back to defaults for malformed values", () => {
    const state = decodeState("v=nope&l=spiral&lang=de&s=<script>&p=bad&q=%%%");
    expect(state.tab).toBe("graph");
    expect(state.layout).toBe("governance");
    expect(state.language).toBe("en");
    expect(state.selected).toBeNull();
    expect(state.positions).toEqual({});
  });

  it("keeps asOf=YYYY-MM-DD as it is (a contract) and drops a date that is not a day", () => {
    expect(encodeState({ ...DEFAULT_STATE, asOf: "2019-06-01" })).toBe("asOf=2019-06-01");
    expect(decodeState("asOf=2019-06-01").asOf).toBe("2019-06-01");
    expect(decodeState("asOf=2019-02-30&cmp=soon").asOf).toBeNull();
    expect(decodeState("asOf=2019-02-30&cmp=soon").compareTo).toBeNull();
  });

  it("shares the query tab's variables as qv (base64url) beside its text, and drops a malformed one", () => {
    const shared = encodeState({
      ...DEFAULT_STATE,
      query: "query Q($id: ID!) { node(id: $id) { id } }",
      queryVariables: '{"id":"helsenorge"}',
    });
    expect(new URLSearchParams(shared).get("qv")).toBe("eyJpZCI6ImhlbHNlbm9yZ2UifQ");
    expect(decodeState(shared).queryVariables).toBe('{"id":"helsenorge"}');
    expect(decodeState("qv=%%%").queryVariables).toBe("");
    expect(encodeState({ ...DEFAULT_STATE, queryVariables: "" })).toBe("");
  });

  it("keeps path=fromId~toId (the path between two nodes) and drops a malformed one", () => {
    expect(encodeState({ ...DEFAULT_STATE, path: ["a-1", "b-2"] })).toBe("path=a-1%7Eb-2");
    expect(decodeState("path=a-1~b-2").path).toEqual(["a-1", "b-2"]);
    expect(decodeState("path=a-1").path).toBeNull();
    expect(decodeState("path=a~b~c").path).toBeNull();
    expect(decodeState("path=<x>~b").path).toBeNull();
  });
});
