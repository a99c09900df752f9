import { describe, expect, it } from "vitest";
import { DEFAULT_STATE } from "../url-state/types.ts";
import { exportFileNameOf, exportSubjectOf } from "./subject.ts";

const names: Record<string, string> = { helsenorge: "Helsenorge", "sdg-3": "SDG 3" };
const nameOf = (id: string) => names[id] ?? id;

describe("what an export is named for", () => {
  it("names a neighbourhood for its subject and the day drawn", () => {
    const view = {
      ...DEFAULT_STATE,
      nodes: ["helsenorge"],
      expanded: [{ id: "helsenorge", types: null, nodes: [] }],
    };
    const subject = exportSubjectOf(view, nameOf, "en");
    expect(subject.title).toBe("Helsenorge and its neighbours");
    expect(exportFileNameOf(subject, "2015-01-01", "svg")).toBe("norway-ehealth-helsenorge-2015-01-01.svg");
    expect(exportFileNameOf(subject, "2015-01-01", "csv", "nodes")).toBe(
      "norway-ehealth-helsenorge-2015-01-01-nodes.csv",
    );
  });

  it("names a trace, a path and the untouched tree for what they show, in the interface language", () => {
    expect(exportSubjectOf({ ...DEFAULT_STATE, trace: "helsenorge" }, nameOf, "no")).toEqual({
      title: "Helsenorge sporet til bærekraftsmålene",
      slug: "helsenorge-to-sdgs",
    });
    expect(exportSubjectOf({ ...DEFAULT_STATE, path: ["helsenorge", "sdg-3"] }, nameOf, "en").slug).toBe(
      "helsenorge-to-sdg-3",
    );
    expect(exportSubjectOf(DEFAULT_STATE, nameOf, "en").slug).toBe(
      "ministry-of-health-and-care-services-tree",
    );
  });

  it("keeps a file name to letters, digits and dashes", () => {
    expect(exportFileNameOf({ title: "", slug: "a|B c" }, "2020-01-01", "png")).toBe(
      "norway-ehealth-a-b-c-2020-01-01.png",
    );
  });
});
