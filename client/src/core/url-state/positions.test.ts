import { describe, expect, it } from "vitest";
import { decodePositions, encodePositions, linkedOrder } from "./positions.ts";
import { DEFAULT_STATE } from "./types.ts";
import { decodeState, encodeState } from "./utils.ts";

const view = {
  ...DEFAULT_STATE,
  nodes: ["ministry", "helsenorge"],
  expanded: [{ id: "helsenorge", types: null, nodes: ["norsk-helsenett", "ministry", "kjernejournal"] }],
};

describe("positions in a shared link", () => {
  it("lists the link's nodes once each, listed nodes before each expansion's", () => {
    expect(linkedOrder(view)).toEqual(["ministry", "helsenorge", "norsk-helsenett", "kjernejournal"]);
  });

  it("writes listed nodes' positions by order, bare and rounded, and others by id", () => {
    const positions = {
      ministry: { x: 10.4, y: -20.6 },
      "norsk-helsenett": { x: 0, y: 5 },
      "dragged-elsewhere": { x: 7, y: 8 },
    };
    const encoded = encodePositions(positions, linkedOrder(view));
    expect(encoded).toEqual({ ordered: "10_-21..0_5", byId: "dragged-elsewhere_7_8" });
    expect(decodePositions(encoded.ordered, encoded.byId, linkedOrder(view))).toEqual({
      ministry: { x: 10, y: -21 },
      "norsk-helsenett": { x: 0, y: 5 },
      "dragged-elsewhere": { x: 7, y: 8 },
    });
  });

  it("round-trips every drawn node's position through the whole link", () => {
    const positions = Object.fromEntries(
      linkedOrder(view).map((id, i) => [id, { x: i * 100 - 150, y: 10 - i }]),
    );
    const link = encodeState({ ...view, positions });
    expect(new URLSearchParams(link).get("pp")).toBe("-150_10.-50_9.50_8.150_7");
    expect(decodeState(link).positions).toEqual(positions);
  });

  it("skips malformed entries and keeps the good ones", () => {
    const order = ["a", "b", "c", "d", "e"];
    expect(decodePositions("1_2.x_3.4_5_6.1e3_2.99999999_1", null, order)).toEqual({ a: { x: 1, y: 2 } });
    expect(decodePositions(null, "ok_1_2~<b>_1_2~c_1~d_1_2_3~e_NaN_1", order)).toEqual({
      ok: { x: 1, y: 2 },
    });
  });

  it("trusts no slot when a link has more slots than nodes (cut or edited)", () => {
    expect(decodePositions("1_2.3_4.5_6", null, ["a", "b"])).toEqual({});
  });

  it("keeps a 24-node view's positions under 250 characters", () => {
    const order = Array.from({ length: 24 }, (_, i) => `node-${i}`);
    const positions = Object.fromEntries(order.map((id, i) => [id, { x: -1234 + i * 97, y: 876 - i * 55 }]));
    expect(encodePositions(positions, order).ordered.length).toBeLessThan(250);
  });
});
