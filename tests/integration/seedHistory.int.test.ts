/**
 * The time model as loaded into Neo4j: the loader writes validFrom/validTo as given, their sources,
 * and the widened days inForceFrom/inForceTo; the as-of filter of the contract, run in Cypher,
 * answers every history case (tests/fixtures/historyCases.ts) the way the validated seed does.
 */
import { describe, expect, it } from "vitest";
import { HISTORY_CASES } from "../fixtures/historyCases.ts";
import { useSeededNeo4j } from "./harness.ts";

/** The contract's as-of condition for one variable. */
const inForce = (variable: string) =>
  `(${variable}.inForceFrom IS NULL OR ${variable}.inForceFrom <= $asOf) AND (${variable}.inForceTo IS NULL OR ${variable}.inForceTo >= $asOf)`;

describe("history in the seeded database", () => {
  const neo4j = useSeededNeo4j();

  it("stores the dates as given and the widened days to compare (the 2017 strategy ran 2017–2022)", async () => {
    const rows = await neo4j.run<{
      validFrom: string;
      validTo: string;
      inForceFrom: string;
      inForceTo: string;
      dateSources: string[];
    }>(
      `MATCH (s:Entity {id: 'national-ehealth-strategy-2017'})
       RETURN s.validFrom AS validFrom, s.validTo AS validTo, s.inForceFrom AS inForceFrom,
              s.inForceTo AS inForceTo, s.dateSources AS dateSources`,
    );
    expect(rows[0]).toMatchObject({
      validFrom: "2017",
      validTo: "2022",
      inForceFrom: "2017-01-01",
      inForceTo: "2022-12-31",
    });
    // Stored with its anchor: "strategy § Foreword § ¶N § “quote”".
    expect(
      ((rows[0]?.dateSources ?? []) as string[]).some((source) =>
        source.startsWith("strategy § Foreword § ¶"),
      ),
    ).toBe(true);
  });

  it.each(HISTORY_CASES.map((c) => [c.name, c] as const))("as of the case's day: %s", async (_name, c) => {
    const rows = await neo4j.run<{ ids: string[] }>(
      `MATCH (n:Entity {id: $id}) WHERE ${inForce("n")}
       OPTIONAL MATCH (n)-[r]-(m:Entity) WHERE ${inForce("r")} AND ${inForce("m")}
       WITH n, collect(r.id) + collect(m.id) AS around
       RETURN [n.id] + around AS ids`,
      { id: c.nodeId, asOf: c.asOf },
    );
    const answer = new Set(rows[0]?.ids ?? []);
    expect(answer.has(c.nodeId), `${c.nodeId} in force`).toBe(true);
    for (const id of c.present) expect(answer.has(id), `${id} present`).toBe(true);
    for (const id of c.absent) expect(answer.has(id), `${id} absent`).toBe(false);
  });
});
