import { describe, expect, it } from "vitest";
import { framedSvg } from "./frame.ts";
import { frameTextOf } from "./frameText.ts";

const measure = (text: string, size: number) => text.length * size * 0.6;

describe("the picture export's frame", () => {
  const frame = frameTextOf({
    subject: { title: "Helsenorge and its neighbours", slug: "helsenorge" },
    language: "en",
    day: "2015-01-01",
    compareTo: null,
    release: "2026.12.1",
    types: ["Solution", "SDG", "Solution"],
  });

  it("says what is shown, as of which day, from which release, with a legend of the types drawn", () => {
    expect(frame.title).toBe("Norway eHealth governance: Helsenorge and its neighbours");
    expect(frame.lines).toEqual(["As of 2015-01-01", "Data release 2026.12.1"]);
    expect(frame.legend.map((entry) => entry.label)).toHaveLength(2);
    expect(new Set(frame.legend.map((entry) => entry.colour)).size).toBe(2);
  });

  it("writes them around the drawn graph, which keeps its own coordinates", () => {
    const svg = framedSvg(
      {
        svg: '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><g/></svg>',
        bounds: { x1: -20, y1: 10, x2: 80, y2: 60 },
      },
      [
        {
          id: "a|RUNS|b",
          text: "1",
          keyText: "A — runs → B",
          centre: { x: 0, y: 0 },
          fontSize: 9,
          box: { x1: -30, y1: 0, x2: -24, y2: 12 },
          number: 1,
        },
      ],
      frame,
      measure,
    );
    expect(svg).not.toContain("<?xml");
    for (const words of [...frame.lines, frame.title, frame.legendTitle, "1  A — runs → B"])
      expect(svg).toContain(words);
    // The label sticks out 10 px left of the graph: the graph moves right to make room for it.
    expect(svg).toMatch(/<svg x="26" y="\d+(\.\d+)?" xmlns/);
  });
});
