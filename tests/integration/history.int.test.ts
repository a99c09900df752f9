/**
 * The seed's history through the API: every case of tests/fixtures/historyCases.ts asks
 * `neighbourhood(id, depth: 1, asOf)` and checks what must and must not be in force that day.
 */
import { describe, expect, it } from "vitest";
import { DOCUMENT_IDS } from "#seed/sources.ts";
import { HISTORY_CASES } from "#tests/fixtures/historyCases.ts";
import { useApp } from "./harness.ts";

const QUERY = `query($id: ID!, $asOf: String) {
  neighbourhood(id: $id, depth: 1, asOf: $asOf) { nodes { id } edges { id } }
}`;

describe("history of the seeded graph, as of each case's day", () => {
  const api = useApp();

  it("has cases, each naming its source", () => {
    expect(HISTORY_CASES.length).toBeGreaterThanOrEqual(2);
    for (const historyCase of HISTORY_CASES) {
      if ("document" in historyCase.source) {
        expect(DOCUMENT_IDS as readonly string[]).toContain(historyCase.source.document);
        expect(historyCase.source.section.length).toBeGreaterThan(0);
      } else {
        expect(historyCase.source.url).toMatch(/^https?:\/\//);
        expect(historyCase.source.title.length).toBeGreaterThan(0);
      }
    }
  });

  it.each(HISTORY_CASES.map((historyCase) => [historyCase.name, historyCase] as const))(
    "%s",
    async (_name, historyCase) => {
      const { body } = await api.graphql<{
        neighbourhood: { nodes: { id: string }[]; edges: { id: string }[] };
      }>(QUERY, { id: historyCase.nodeId, asOf: historyCase.asOf });
      expect(body.errors, `${historyCase.nodeId} must be in force on ${historyCase.asOf}`).toBeUndefined();
      const found = new Set([
        ...(body.data?.neighbourhood.nodes.map((node) => node.id) ?? []),
        ...(body.data?.neighbourhood.edges.map((edge) => edge.id) ?? []),
      ]);
      for (const id of historyCase.present)
        expect(found.has(id), `present on ${historyCase.asOf}: ${id}`).toBe(true);
      for (const id of historyCase.absent)
        expect(found.has(id), `absent on ${historyCase.asOf}: ${id}`).toBe(false);
    },
  );
});
