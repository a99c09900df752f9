/**
 * The data release and its correction log travel from the seed to the API: written beside the
 * graph at seed time, answered by `dataRelease` and `corrections(since:, item:)`, carried by the
 * export file; and every citation's quote (seed/anchors/) reaches `SourceRef.quote` in its document's
 * language.
 */
import { describe, expect, it } from "vitest";
import { CORRECTIONS } from "#seed/corrections.ts";
import { SEED_MODULES } from "#seed/modules.ts";
import { DATA_RELEASE, DATA_RELEASES } from "#seed/release.ts";
import { graphql } from "#tests/generated/gql.ts";
import { exportGraph } from "#tools/graphFile/exportGraph.ts";
import { restoreSeed, useApp } from "./harness.ts";

describe("the data release through the API", () => {
  const api = useApp();

  it("answers the release the graph was seeded from, with the size of its correction log", async () => {
    const { body } = await api.query(
      graphql(`query DataReleaseCurrent { dataRelease { version date releases correctionCount } }`),
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.dataRelease).toEqual({
      version: DATA_RELEASE.version,
      date: DATA_RELEASE.date,
      releases: DATA_RELEASES.map((release) => release.version),
      correctionCount: CORRECTIONS.length,
    });
    expect(CORRECTIONS.length).toBeGreaterThan(0);
  });

  it("lists the corrections a reader of an older release has not seen, and none for the current one", async () => {
    const first = DATA_RELEASES[0]?.version ?? "";
    const all = await api.query(
      graphql(
        `query DataReleaseCorrections($since: String) { corrections(since: $since) { item field release } }`,
      ),
      { since: first },
    );
    expect(all.body.errors).toBeUndefined();
    expect(all.body.data?.corrections).toEqual(
      CORRECTIONS.filter((correction) => correction.release !== first).map(({ item, field, release }) => ({
        item,
        field,
        release,
      })),
    );
    const none = await api.query(
      graphql(`query DataReleaseCorrections2($since: String) { corrections(since: $since) { item } }`),
      { since: DATA_RELEASE.version },
    );
    expect(none.body.data?.corrections).toEqual([]);
  });

  it("lists one fact's corrections", async () => {
    const { body } = await api.query(
      graphql(
        `query DataReleaseCorrections3 { corrections(item: "cancer-specific-ehealth-solutions") { item field was now why release } }`,
      ),
    );
    expect(body.errors).toBeUndefined();
    const corrections = body.data?.corrections ?? [];
    expect(corrections.map((correction) => correction.field)).toContain("properties.solutionsReported");
    for (const correction of corrections) expect(correction.item).toBe("cancer-specific-ehealth-solutions");
  });

  it("refuses a version that is not a release, naming the argument", async () => {
    const { body } = await api.graphql('{ corrections(since: "1999.01.1") { item } }');
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0]?.extensions?.argument).toBe("since");
    expect(body.errors?.[0]?.message).toContain("1999.01.1");
  });

  it("carries the release in the export file", async () => {
    const file = await exportGraph(api.driver(), api.database);
    expect(file.dataRelease?.version).toBe(DATA_RELEASE.version);
    expect(file.dataRelease?.corrections).toHaveLength(CORRECTIONS.length);
    // The release node stays outside the graph: no node of the file is it.
    expect(file.nodes.every((node) => !node.labels.includes("DataRelease"))).toBe(true);
  });

  it("answers no release for a graph seeded before releases were recorded", async () => {
    await api.run("MATCH (release:DataRelease) DELETE release");
    try {
      const { body } = await api.query(
        graphql(`query DataReleaseUnseeded { dataRelease { version } corrections { item } }`),
      );
      expect(body.errors).toBeUndefined();
      expect(body.data).toEqual({ dataRelease: null, corrections: [] });
    } finally {
      await restoreSeed(api.driver(), api.database);
    }
  });
});

describe("quotes on sources through the API", () => {
  const api = useApp();

  it("serve each citation's quote, paragraph and language as the seed anchors them", async () => {
    const node = SEED_MODULES.flatMap((module) => module.nodes).find((candidate) =>
      candidate.sources.some((source) => source.document !== "public" && source.quote !== undefined),
    );
    expect(node).toBeDefined();
    const anchored = node?.sources.find(
      (source) => source.document !== "public" && source.quote !== undefined,
    );
    const { body } = await api.query(
      graphql(
        `query DataReleaseNode($id: ID!) { node(id: $id) { sources { document section quote paragraph language } } }`,
      ),
      {
        id: node?.id ?? "",
      },
    );
    expect(body.errors).toBeUndefined();
    const served = body.data?.node?.sources.find(
      (source) => source.document === anchored?.document && source.section === anchored?.section,
    );
    expect(served?.quote).toBe(anchored && "quote" in anchored ? anchored.quote : undefined);
    expect(served?.paragraph).toBe(anchored && "paragraph" in anchored ? (anchored.paragraph ?? null) : null);
    expect(served?.language).toBe("en");
  });

  it("give a public source no quote and no language", async () => {
    const { body } = await api.query(
      graphql(
        `query DataReleaseEvidence { evidence(id: "norwegian-medical-products-agency") { document quote language } }`,
      ),
    );
    expect(body.errors).toBeUndefined();
    for (const source of (body.data?.evidence ?? []).filter((entry) => entry.document === "public")) {
      expect(source).toEqual({ document: "public", quote: null, language: null });
    }
  });
});
