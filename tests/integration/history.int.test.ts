/**
 * The seed's history through the API: every case of tests/fixtures/historyCases.ts asks
 * `neighbourhood(id, depth: 1, asOf)` and checks what must and must not be in force that day.
 */
import { describe, expect, it } from "vitest";
import { DOCUMENT_IDS } from "#model/sources.ts";
import { HISTORY_CASES } from "#tests/fixtures/historyCases.ts";
import { graphql } from "#tests/generated/gql.ts";
import type { HistoryChangesQuery } from "#tests/generated/graphql.ts";
import { useApp } from "./harness.ts";

const QUERY = graphql(`query HistoryNeighbourhood($id: ID!, $asOf: String) {
  neighbourhood(id: $id, depth: 1, asOf: $asOf) { nodes { id } edges { id } }
}`);

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
      const { body } = await api.query(QUERY, { id: historyCase.nodeId, asOf: historyCase.asOf });
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

const CHANGES = graphql(`query HistoryChanges($from: String!, $to: String!) {
  changes(from: $from, to: $to) {
    date kind
    node { id validFrom validTo }
    edge { id validFrom validTo }
    sources { document section }
  }
}`);
type Change = HistoryChangesQuery["changes"][number];

describe("what changed, year by year, 2011–2025", () => {
  const api = useApp();
  const changesIn = async (from: string, to: string) => {
    const { body } = await api.query(CHANGES, { from, to });
    expect(body.errors).toBeUndefined();
    return body.data?.changes ?? [];
  };

  it("lists, for every year, only changes dated in it, in date order, each with a source", async () => {
    const byYear: (readonly Change[])[] = [];
    for (let year = 2011; year <= 2025; year++) {
      const changes = await changesIn(String(year), String(year));
      for (const change of changes) {
        expect(change.date.startsWith(`${year}-`), `${change.date} in ${year}`).toBe(true);
        expect(["started", "ended"]).toContain(change.kind);
        expect(Boolean(change.node) !== Boolean(change.edge)).toBe(true);
        expect(change.sources.length).toBeGreaterThan(0);
      }
      expect(changes.map((change) => change.date)).toEqual(changes.map((change) => change.date).sort());
      byYear.push(changes);
    }
    // The years together are the whole range: nothing lost or doubled at a year's edge.
    const whole = await changesIn("2011", "2025");
    expect(byYear.flat().length).toBe(whole.length);
    expect(whole.length).toBeGreaterThan(20);
  });

  it("dates the changes the issue names in their years (each checked against its source in the seed)", async () => {
    const ids = (changes: readonly Change[], kind: string) =>
      changes.filter((change) => change.kind === kind).map((change) => change.edge?.id ?? change.node?.id);
    const y2020 = await changesIn("2020", "2020");
    expect(ids(y2020, "started")).toEqual(
      expect.arrayContaining([
        "norsk-helsenett|RUNS|helsenorge",
        "norsk-helsenett|RUNS|kjernejournal",
        "norsk-helsenett|RUNS|e-resept",
      ]),
    );
    const y2023 = await changesIn("2023", "2023");
    expect(ids(y2023, "ended")).toEqual(
      expect.arrayContaining(["directorate-of-ehealth", "norwegian-medicines-agency"]),
    );
    const y2024 = await changesIn("2024", "2024");
    expect(ids(y2024, "started")).toEqual(
      expect.arrayContaining([
        "norwegian-medical-products-agency",
        "directorate-of-ehealth|MERGED_INTO|directorate-of-health",
        "norwegian-medicines-agency|RENAMED_TO|norwegian-medical-products-agency",
      ]),
    );
  });

  it("puts every start and end on the timeline, ascending and distinct, with validFrom ≤ validTo", async () => {
    const { body } = await api.query(graphql(`query HistoryTimeline { timeline }`));
    const timeline = body.data?.timeline ?? [];
    expect(timeline).toEqual([...new Set(timeline)].sort());
    const all = await changesIn("1900", "2100");
    expect([...new Set(all.map((change) => change.date))].sort()).toEqual(timeline);
    for (const change of all) {
      const fact = change.node ?? change.edge;
      if (fact?.validFrom && fact.validTo) expect(fact.validFrom <= fact.validTo, fact.validFrom).toBe(true);
    }
  });
});

describe("conflicts are real disagreements", () => {
  const api = useApp();
  it("carry every disagreeing source: at least two, from different documents or sections", async () => {
    const { body } = await api.query(
      graphql(`query HistoryConflicts { conflicts { edges { id sources { document section } } } }`),
    );
    const edges = body.data?.conflicts.edges ?? [];
    expect(edges.length).toBeGreaterThan(0);
    for (const edge of edges) {
      expect(edge.sources.length, edge.id).toBeGreaterThanOrEqual(2);
      expect(
        new Set(edge.sources.map((source) => `${source.document} § ${source.section}`)).size,
        edge.id,
      ).toBeGreaterThan(1);
    }
  });
});
