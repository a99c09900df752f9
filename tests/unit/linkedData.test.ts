/**
 * The linked-data mapping on small graphs made here: what the seed does not hold yet (a quoted
 * source) is carried through, SDGs are the UN's URIs, a merger is an org:ChangeEvent, text survives
 * any character, and content negotiation picks what the client ranks first.
 */
import { Parser } from "n3";
import { describe, expect, it } from "vitest";
import { writeGraph } from "#model/linkedData/formats.ts";
import type { LinkedEdge, LinkedGraph, LinkedNode } from "#model/linkedData/graph.ts";
import { LABEL_CLASSES } from "#model/linkedData/mapping.ts";
import { NODE_LABELS } from "#model/model.ts";
import { ConfigError, loadConfig } from "#platform/config.ts";
import { baseUrlOf } from "#server/linkedData/baseUrl.ts";
import { negotiate } from "#server/linkedData/negotiate.ts";

const BASE = "http://example.test";
const EHG = `${BASE}/def/`;
const ORG = "http://www.w3.org/ns/org#";

const node = (id: string, type: string, fields: Partial<LinkedNode> = {}): LinkedNode => ({
  id,
  type,
  name: id,
  aliases: [],
  properties: {},
  sources: [{ document: "strategy", title: "Strategy", section: "1" }],
  ...fields,
});
const edge = (
  source: string,
  type: string,
  target: string,
  fields: Partial<LinkedEdge> = {},
): LinkedEdge => ({
  id: `${source}|${type}|${target}`,
  source,
  target,
  type,
  basis: "stated",
  sources: [{ document: "strategy", title: "Strategy", section: "1" }],
  properties: {},
  ...fields,
});
const turtleOf = (graph: LinkedGraph) => new Parser().parse(writeGraph(graph, "turtle", BASE));

describe("linked-data mapping", () => {
  it("carries a source reference's quote into RDF (ehg:quote) and into GraphML and GEXF", () => {
    const quote = 'Norsk helsenett "runs" the portal\nsince 2020';
    const graph: LinkedGraph = {
      nodes: [node("a", "Agency"), node("b", "Solution")],
      edges: [
        edge("a", "RUNS", "b", {
          sources: [{ document: "overview", title: "Overview", section: "2", paragraph: 3, quote }],
        }),
      ],
    };
    const quads = turtleOf(graph);
    expect(quads.filter((q) => q.predicate.value === `${EHG}quote`).map((q) => q.object.value)).toEqual([
      quote,
    ]);
    expect(quads.some((q) => q.predicate.value === `${EHG}paragraph` && q.object.value === "3")).toBe(true);
    for (const format of ["graphml", "gexf"] as const)
      expect(writeGraph(graph, format, BASE), format).toContain(
        "“Norsk helsenett &quot;runs&quot; the portal&#10;since 2020”",
      );
  });

  it("names an SDG by the UN's URI and a merger between organisations as a dated org:ChangeEvent", () => {
    const quads = turtleOf({
      nodes: [
        node("sdg-10", "SDG", { properties: { unNumber: 10 } }),
        node("old", "Directorate"),
        node("new", "Directorate"),
        node("objective-1", "Objective"),
      ],
      edges: [
        edge("objective-1", "CONTRIBUTES_TO", "sdg-10"),
        edge("old", "MERGED_INTO", "new", { validFrom: "2024-01-01" }),
      ],
    });
    expect(
      quads.some(
        (q) =>
          q.subject.value === `${BASE}/id/objective-1` && q.object.value === "http://metadata.un.org/sdg/10",
      ),
    ).toBe(true);
    const event = quads.find((q) => q.predicate.value === `${ORG}originalOrganization`)?.subject.value;
    expect(event).toBe(`${BASE}/id/old%7CMERGED_INTO%7Cnew#change`);
    const about = (predicate: string) =>
      quads
        .filter((q) => q.subject.value === event && q.predicate.value === predicate)
        .map((q) => q.object.value);
    expect(about(`${ORG}resultingOrganization`)).toEqual([`${BASE}/id/new`]);
    expect(about("http://purl.org/dc/terms/date")).toEqual(["2024-01-01"]);
    expect(about("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")).toContain(`${EHG}Merger`);
  });

  it("writes any text so that Turtle and JSON-LD readers get it back unchanged", async () => {
    const name = 'Back\\slash "quotes"\ttab\nnewline \u0001 <tag> & Æøå';
    const graph: LinkedGraph = { nodes: [node("x", "Topic", { name })], edges: [] };
    const labels = turtleOf(graph).filter((q) => q.predicate.value.endsWith("#prefLabel"));
    expect(labels.map((q) => q.object.value)).toEqual([name]);
    const jsonld = JSON.parse(writeGraph(graph, "jsonld", BASE)) as { "@graph": Record<string, unknown>[] };
    expect(JSON.stringify(jsonld["@graph"])).toContain(JSON.stringify(name));
  });
});

describe("the mapping's organisations", () => {
  it("types exactly the organisation labels as org:Organization", () => {
    const organisations = NODE_LABELS.filter((label) => LABEL_CLASSES[label].includes("org:Organization"));
    // Public bodies, councils, associations, international bodies: not units, documents or people.
    expect(organisations).toEqual([
      "Ministry",
      "Department",
      "Section",
      "Directorate",
      "Agency",
      "RegionalHealthAuthority",
      "MunicipalityGroup",
      "Hospital",
      "Council",
      "Association",
      "Parliament",
      "InternationalBody",
    ]);
  });
});

describe("content negotiation for /id", () => {
  it("picks what the client ranks first, JSON-LD for a program without preference, nothing for none of ours", () => {
    expect(negotiate("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")).toBe("text/html");
    expect(negotiate(undefined)).toBe("application/ld+json");
    expect(negotiate("*/*")).toBe("application/ld+json");
    expect(negotiate("text/turtle;q=0.9, application/ld+json;q=0.5")).toBe("text/turtle");
    expect(negotiate("application/json")).toBe("application/ld+json");
    expect(negotiate("text/*")).toBe("text/html");
    expect(negotiate("image/png")).toBeUndefined();
  });
});

describe("the base of entity addresses", () => {
  it("is PUBLIC_BASE_URL when set, else the request's Host, never a Host that is not a host name", () => {
    expect(baseUrlOf({ host: "evil.example" }, "https://graph.example.org/")).toBe(
      "https://graph.example.org",
    );
    expect(baseUrlOf({ host: "127.0.0.1:4000" }, undefined)).toBe("http://127.0.0.1:4000");
    expect(baseUrlOf({ host: 'x"><script>' }, undefined)).toBe("http://localhost");
  });

  it("refuses a PUBLIC_BASE_URL that is not an http(s) address, naming the variable", () => {
    expect(loadConfig({ PUBLIC_BASE_URL: "https://graph.example.org" }).PUBLIC_BASE_URL).toBe(
      "https://graph.example.org",
    );
    expect(() => loadConfig({ PUBLIC_BASE_URL: "graph.example.org" })).toThrow(ConfigError);
    expect(() => loadConfig({ PUBLIC_BASE_URL: "https://graph.example.org/?x=1" })).toThrow(
      /PUBLIC_BASE_URL/,
    );
  });
});
