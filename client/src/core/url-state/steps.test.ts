import { describe, expect, it } from "vitest";
import { StepGate } from "./steps.ts";

describe("history steps", () => {
  it("gives an action's first change an entry and its later changes none", () => {
    const page = new EventTarget();
    const gate = new StepGate(page);
    page.dispatchEvent(new Event("click"));
    expect(gate.takeStep()).toBe(true);
    expect(gate.takeStep()).toBe(false);
    expect(gate.takeStep()).toBe(false);
  });

  it("gives each user input its own step, and none to changes nobody asked for", () => {
    const page = new EventTarget();
    const gate = new StepGate(page);
    expect(gate.takeStep()).toBe(false);
    page.dispatchEvent(new Event("keydown"));
    expect(gate.takeStep()).toBe(true);
    page.dispatchEvent(new Event("change"));
    expect(gate.takeStep()).toBe(true);
  });

  it("gives no entry to what Back replays", () => {
    const page = new EventTarget();
    const gate = new StepGate(page);
    page.dispatchEvent(new Event("keydown"));
    gate.disarm();
    expect(gate.takeStep()).toBe(false);
  });
});
