/**
 * Search across dates through the GraphQL API, on the real seed: without `asOf` a body merged
 * away, a plan since succeeded and an agency under its former name are found, after every hit in
 * force today, each with its period and its successor; with `asOf` search answers for that day
 * only, as it always did. The app's clock is fixed, so "today" is a known day after all three ended.
 */
import { describe, expect, it } from "vitest";
import { graphql } from "#tests/generated/gql.ts";
import { useApp } from "./harness.ts";

const TODAY = new Date("2026-06-01T12:00:00Z");

const SearchAcrossDates = graphql(`
  query SearchAcrossDates($text: String!, $asOf: String, $limit: Int) {
    search(text: $text, asOf: $asOf, limit: $limit) {
      inForce
      node {
        id
        validFrom
        validTo
      }
      succession {
        succeededBy {
          type
          validFrom
          node {
            id
          }
        }
        precededBy {
          type
          validFrom
          node {
            id
          }
        }
      }
    }
  }
`);

const Predecessors = graphql(`
  query Predecessors($id: ID!) {
    succession(id: $id) {
      precededBy {
        type
        validFrom
        node {
          id
        }
      }
    }
  }
`);

/** The three the explorer's users could not find at the default date, and what took over from each. */
const PAST = [
  {
    text: "Direktoratet for e-helse",
    id: "directorate-of-ehealth",
    period: { validFrom: "2016-01-01", validTo: "2023-12-31" },
    successor: { type: "MERGED_INTO", validFrom: "2024-01-01", node: { id: "directorate-of-health" } },
  },
  {
    text: "National Health and Hospital Plan",
    id: "national-health-and-hospital-plan-2020-2023",
    period: { validFrom: "2020", validTo: "2023" },
    successor: {
      type: "SUCCEEDED_BY",
      validFrom: "2024",
      node: { id: "national-health-and-collaboration-plan" },
    },
  },
  {
    text: "Statens legemiddelverk",
    id: "norwegian-medicines-agency",
    period: { validFrom: "2001", validTo: "2023-12-31" },
    successor: {
      type: "RENAMED_TO",
      validFrom: "2024-01-01",
      node: { id: "norwegian-medical-products-agency" },
    },
  },
] as const;

describe("search across dates", () => {
  const api = useApp({ now: () => TODAY });

  const search = async (text: string, asOf?: string, limit = 20) => {
    const { body } = await api.query(SearchAcrossDates, { text, asOf, limit });
    expect(body.errors).toBeUndefined();
    return body.data?.search ?? [];
  };

  it.each(PAST)(
    "without asOf finds $text ($id) among the first eight, after the hits in force today",
    async (past) => {
      const hits = await search(past.text);
      const index = hits.findIndex((hit) => hit.node.id === past.id);
      // Eight: what the explorer's suggestion list shows.
      expect(index).toBeGreaterThanOrEqual(0);
      expect(index).toBeLessThan(8);
      const hit = hits[index];
      expect(hit?.inForce).toBe(false);
      expect(hit?.node).toMatchObject(past.period);
      expect(hits.slice(0, index).every((h) => h.inForce)).toBe(true);
    },
  );

  it.each(PAST)("names the successor of $id with the day it took over", async (past) => {
    const hit = (await search(past.text)).find((h) => h.node.id === past.id);
    expect(hit?.succession.succeededBy).toEqual([past.successor]);
  });

  it.each(PAST)("names $id as the predecessor on its successor's hit", async (past) => {
    const { body } = await api.query(Predecessors, { id: past.successor.node.id });
    expect(body.errors).toBeUndefined();
    expect(body.data?.succession.precededBy).toContainEqual({ ...past.successor, node: { id: past.id } });
  });

  it("ranks a close match in force today before a close match of the past", async () => {
    const ids = (await search("Directorate of eHealth")).map((hit) => hit.node.id);
    expect(ids.slice(0, 2)).toEqual(["directorate-of-health", "directorate-of-ehealth"]);
  });

  it("keeps today's order when asked for a day: exact names first, then relevance", async () => {
    const hits = await search("Kjernejournal", "2026-06-01");
    expect(hits[0]?.node.id).toBe("kjernejournal");
    expect(hits.every((hit) => hit.inForce)).toBe(true);
  });

  it.each(PAST)("with asOf today still finds only what is in force: not $id", async (past) => {
    const hits = await search(past.text, "2026-06-01");
    expect(hits.map((hit) => hit.node.id)).not.toContain(past.id);
    expect(hits.every((hit) => hit.inForce)).toBe(true);
  });

  it.each(PAST)("with asOf 2021-06-01 finds $id, in force that day", async (past) => {
    const hit = (await search(past.text, "2021-06-01")).find((h) => h.node.id === past.id);
    expect(hit?.inForce).toBe(true);
  });

  it("keeps the limit's cap of 50 hits when it covers every date", async () => {
    const hits = await search("e", undefined, 500);
    expect(hits.length).toBeLessThanOrEqual(50);
    const { body } = await api.graphql('{ search(text: "helse", limit: 0) { score } }');
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("answers NOT_FOUND for the succession of an unknown id", async () => {
    const { body } = await api.graphql('{ succession(id: "no-such-node") { precededBy { type } } }');
    expect(body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
