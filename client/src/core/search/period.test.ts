import { describe, expect, it } from "vitest";
import type { GraphNode } from "../graph/contract.ts";
import { openInForce } from "./open.ts";
import { dayToOpen, inForceOnDay, periodYears } from "./period.ts";

const directorate = { validFrom: "2016-01-01", validTo: "2023-12-31" };
const plan = { validFrom: "2020", validTo: "2023" };
const successor = { validFrom: "2024-01-01", validTo: null };

describe("a hit's place in time", () => {
  it("is in force within its period, partial dates widened to their whole year", () => {
    expect(inForceOnDay(plan, "2023-12-31")).toBe(true);
    expect(inForceOnDay(plan, "2024-01-01")).toBe(false);
    expect(inForceOnDay(successor, "2026-06-01")).toBe(true);
  });

  it("opens a body that ended on its last day in force, and one not yet started on its first", () => {
    expect(dayToOpen(directorate, "2026-06-01")).toBe("2023-12-31");
    expect(dayToOpen(plan, "2026-06-01")).toBe("2023-12-31");
    expect(dayToOpen(successor, "2015-06-01")).toBe("2024-01-01");
  });

  it("does not move the date for what is in force on the view's day, or what has no dates", () => {
    expect(dayToOpen(directorate, "2020-01-01")).toBeNull();
    expect(dayToOpen({ validFrom: null, validTo: null }, "2026-06-01")).toBeNull();
  });

  it("shows the years of the period, open where it is still in force", () => {
    expect(periodYears(directorate)).toBe("2016–2023");
    expect(periodYears(successor)).toBe("2024–");
    expect(periodYears({ validFrom: null, validTo: null })).toBeNull();
  });
});

describe("opening a hit", () => {
  const node = (dates: Pick<GraphNode, "validFrom" | "validTo">) =>
    ({ id: "directorate-of-ehealth", ...dates }) as GraphNode;

  function recorder() {
    const calls: string[] = [];
    return {
      calls,
      actions: {
        setAsOf: async (day: string | null) => {
          calls.push(`date ${day}`);
        },
        show: async (id: string) => {
          calls.push(`show ${id}`);
        },
      },
    };
  }

  it("moves the date to one when a past hit was in force, then shows it", async () => {
    const { calls, actions } = recorder();
    await openInForce(actions, node(directorate), null, "2026-06-01");
    expect(calls).toEqual(["date 2023-12-31", "show directorate-of-ehealth"]);
  });

  it("leaves the date alone for a hit in force on the view's day", async () => {
    const { calls, actions } = recorder();
    await openInForce(actions, node(directorate), "2020-01-01", "2026-06-01");
    expect(calls).toEqual(["show directorate-of-ehealth"]);
  });
});
