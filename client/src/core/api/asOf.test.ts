import { afterEach, describe, expect, it, vi } from "vitest";
import * as documents from "./documents.ts";
import * as client from "./index.ts";

const { api } = client;

/** Documents about time itself, the document registry and the data release: they read no single day. */
const UNDATED = new Set(["TIMELINE", "CHANGES", "SOURCE_DOCUMENTS", "DATA_RELEASE", "CORRECTIONS"]);

/** Answers every request with an empty result and records the variables each one sent. */
function recordRequests(): Array<Record<string, unknown>> {
  const sent: Array<Record<string, unknown>> = [];
  vi.spyOn(globalThis, "fetch").mockImplementation(async (_url, init) => {
    const body = JSON.parse(String(init?.body)) as { variables: Record<string, unknown> };
    sent.push(body.variables);
    return new Response(JSON.stringify({ data: { search: [], neighbourhood: {}, sdgMatrix: {} } }), {
      status: 200,
      headers: { "content-type": "application/json" },
    });
  });
  return sent;
}

afterEach(() => vi.restoreAllMocks());

describe("the day every graph query reads", () => {
  it("is declared by every document that reads the graph", () => {
    const dated = Object.entries(documents).filter(([name]) => !UNDATED.has(name));
    expect(dated.length).toBeGreaterThan(5);
    for (const [name, document] of dated) expect(String(document), name).toMatch(/\$asOf: String/);
  });

  it("is the day each call names, whatever another call named before it", async () => {
    const sent = recordRequests();
    await api.neighbourhood("helsenorge", { asOf: "2015-01-01" });
    await api.sdgMatrix({ asOf: null });
    await api.search("helse", 8, "2019-06-01");
    expect(sent.map((variables) => variables.asOf)).toEqual(["2015-01-01", null, "2019-06-01"]);
  });

  it("is not kept by the API client: it exports no setter of a current day", () => {
    expect(Object.keys(client)).not.toContain("setAsOf");
    expect(Object.keys(client)).not.toContain("withAsOf");
  });
});
