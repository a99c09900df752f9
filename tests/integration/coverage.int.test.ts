/**
 * Coverage of the five source documents: the checklist, section by section, of the entities and
 * links each names (tests/fixtures/sectionChecklists.ts, which the seed unit tests check in memory),
 * asserted against the seeded database; and the counts per label and type, printed and compared
 * with docs/model.md.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LEFT_TO_STRATEGY_MODULES, SECTION_CHECKLISTS } from "#tests/fixtures/sectionChecklists.ts";
import { useSeededNeo4j } from "./harness.ts";

function tableCounts(markdown: string, heading: string): Record<string, number> {
  const section = markdown.split(`## ${heading}`)[1]?.split("\n## ")[0] ?? "";
  const counts: Record<string, number> = {};
  for (const line of section.split("\n")) {
    const cells = line.split("|").map((cell) => cell.trim());
    if (cells.length > 3 && /^\d+$/.test(cells[2] ?? "")) counts[cells[1] ?? ""] = Number(cells[2]);
  }
  return counts;
}

describe("coverage of the source documents", () => {
  const neo4j = useSeededNeo4j();

  it.each(SECTION_CHECKLISTS.map((check) => [`${check.document} § ${check.section}`, check] as const))(
    "%s: every entity and link it names is in the graph",
    async (_name, check) => {
      const rows = await neo4j.run<{ id: string; cites: boolean }>(
        "MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, any(s IN n.sources WHERE s STARTS WITH $prefix) AS cites",
        { ids: check.nodes, prefix: `${check.document} § ` },
      );
      expect(rows.map((row) => row.id).sort()).toEqual([...check.nodes].sort());
      // The loader keeps each node's citations: a node the checklist files under a document cites it
      // in the database too, except the governance documents' ids that the strategy modules define.
      for (const row of rows)
        if (!LEFT_TO_STRATEGY_MODULES.has(row.id) || check.document === "strategy")
          expect(row.cites, `"${row.id}" cites document "${check.document}"`).toBe(true);
      for (const [from, type, to] of check.links) {
        const links = await neo4j.run(
          "MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to}) WHERE type(r) = $type RETURN r.basis AS basis",
          { from, type, to },
        );
        expect(links, `${from} -[${type}]-> ${to}`).toHaveLength(1);
      }
    },
  );

  it("cites every one of the five documents", async () => {
    const rows = await neo4j.run<{ document: string }>(
      "MATCH (n:Entity) UNWIND n.sources AS source RETURN DISTINCT split(source, ' § ')[0] AS document",
    );
    const documents = rows.map((row) => row.document);
    for (const id of ["factsheet", "overview", "interview", "strategy", "department"])
      expect(documents).toContain(id);
  });

  it("holds the counts per label and relationship type that docs/model.md lists", async () => {
    const labels = await neo4j.run<{ label: string; count: number }>(
      "MATCH (n:Entity) UNWIND [l IN labels(n) WHERE l <> 'Entity'] AS label RETURN label, count(*) AS count ORDER BY label",
    );
    const types = await neo4j.run<{ type: string; count: number }>(
      "MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS type, count(*) AS count ORDER BY type",
    );
    console.log(`Nodes per label:\n${labels.map((row) => `  ${row.label}: ${row.count}`).join("\n")}`);
    console.log(`Relationships per type:\n${types.map((row) => `  ${row.type}: ${row.count}`).join("\n")}`);
    const doc = readFileSync("docs/model.md", "utf8");
    expect(Object.fromEntries(labels.map((row) => [row.label, row.count]))).toEqual(
      tableCounts(doc, "Node labels"),
    );
    expect(Object.fromEntries(types.map((row) => [row.type, row.count]))).toEqual(
      tableCounts(doc, "Relationship types"),
    );
  });
});
