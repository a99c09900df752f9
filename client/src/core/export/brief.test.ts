import { describe, expect, it } from "vitest";
import type { SourceRef } from "../graph/contract.ts";
import { buildBrief, escapeHtml } from "./brief.ts";
import type { BriefModel } from "./briefTypes.ts";

const source = (
  document: string,
  section: string,
  paragraph: number | null,
  url: string | null,
): SourceRef => ({
  document,
  title: `Title of ${document}`,
  section,
  paragraph,
  quote: null,
  language: null,
  url,
});
const strategy = source("strategy", "Goal 3", 4, "https://example.org/strategy");
const act = source("act", "§ 2", null, null);

const base: BriefModel = {
  language: "en",
  asOf: "2019-06-01",
  dataRelease: "2026.12.1",
  picture: "data:image/png;base64,iVBORw0KGgo=",
  labels: {
    title: "Brief",
    asOf: "As of",
    dataRelease: "Data release",
    today: "today",
    picture: "The graph",
    legend: "Legend",
    links: "Links",
    inferredLine: "Dashed: inferred.",
    conflictLine: "Red: sources conflict.",
    nodes: "Nodes",
    relationships: "Relationships",
    sources: "Sources",
    inferred: "inferred",
    conflict: "sources conflict",
    none: "Nothing",
  },
  legend: [{ label: "Agency", colour: "#123456" }],
  linkLegend: ["runs"],
  nodes: [
    { text: "Agency A (Agency)", sources: [strategy, act] },
    { text: "Agency B (Agency)", sources: [strategy] },
  ],
  relationships: [
    { text: "Agency A — runs → Agency B", inferred: true, conflict: "Sources disagree", sources: [act] },
  ],
};

describe("brief", () => {
  it("numbers each source once, in the order facts first cite it, and cites it by number", () => {
    const html = buildBrief(base);
    expect(html).toContain('Agency A (Agency) <span class="ref">[1][2]</span>');
    expect(html).toContain('Agency B (Agency) <span class="ref">[1]</span>');
    expect(html).toMatch(/Agency A — runs → Agency B .*\[2\]/);
    expect(html.match(/<li id="source-/g)).toHaveLength(2);
    expect(html).toContain(
      '<li id="source-1" value="1">Title of strategy — Goal 3 — ¶ 4 — <a href="https://example.org/strategy">',
    );
    expect(html).toContain('<li id="source-2" value="2">Title of act — § 2</li>');
  });

  it("keeps the title, the as-of date, the picture, the legend and the marks of a link", () => {
    const html = buildBrief(base);
    expect(html).toContain("<title>Brief</title>");
    expect(html).toContain("<time>2019-06-01</time>");
    expect(html).toContain('<img src="data:image/png;base64,iVBORw0KGgo="');
    expect(html).toContain("background:#123456");
    expect(html).toContain("<strong>Links:</strong> runs. Dashed: inferred.");
    expect(html).toContain("(inferred)");
    expect(html).toContain("⚠ sources conflict: Sources disagree");
    expect(html).toContain("@media print");
  });

  it("says today when no date is chosen", () => {
    expect(buildBrief({ ...base, asOf: null })).toContain("<time>today</time>");
  });

  it("escapes text so that data cannot become markup", () => {
    const html = buildBrief({
      ...base,
      nodes: [{ text: '<script>alert("x")</script> & co', sources: [] }],
      relationships: [],
    });
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co");
    expect(escapeHtml(`'`)).toBe("&#39;");
  });

  it("refers to nothing outside the file: no script, no remote picture, no unsafe link", () => {
    const html = buildBrief({
      ...base,
      picture: "https://evil.example/p.png",
      legend: [{ label: "X", colour: "red;background:url(https://evil.example)" }],
      nodes: [{ text: "A", sources: [source("d", "s", null, "javascript:alert(1)")] }],
    });
    expect(html).not.toContain("<img");
    expect(html).not.toContain("evil.example");
    expect(html).not.toContain("javascript:");
    expect(html).not.toMatch(/<script|<link|src="http/);
  });
  it("links each fact to its own address, and only to a web address", () => {
    const html = buildBrief({
      ...base,
      nodes: [
        { text: "Helsenorge", sources: [], address: "https://graph.example.org/id/helsenorge" },
        { text: "Unsafe", sources: [], address: "javascript:alert(1)" },
      ],
      relationships: [
        {
          text: "A — runs → B",
          sources: [],
          address: "https://graph.example.org/id/a%7CRUNS%7Cb",
        },
      ],
    });
    expect(html).toContain('<a class="entity" href="https://graph.example.org/id/helsenorge">Helsenorge</a>');
    expect(html).toContain(
      '<a class="entity" href="https://graph.example.org/id/a%7CRUNS%7Cb">A — runs → B</a>',
    );
    expect(html).not.toContain("javascript:");
  });
});
