/**
 * The in-force predicate, defined once (cypher/inForce.ts) and expanded into every saved query,
 * and the lint check (tools/inForceCopies.ts) that keeps it from being written out again.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { composedCypher } from "#cypher/composedCypher.ts";
import { composeCypher, inForce } from "#cypher/inForce.ts";
import { inForceCopies } from "#tools/inForceCopies.ts";

const SAVED_QUERIES = readdirSync("cypher/queries")
  .filter((file) => file.endsWith(".cypher"))
  .map((file) => file.replace(/\.cypher$/, ""));

describe("the in-force predicate", () => {
  it("tests a variable's first and last day against $asOf, a missing day being an open end", () => {
    expect(inForce("r")).toMatchInlineSnapshot(
      `"((r.inForceFrom IS NULL OR r.inForceFrom <= $asOf) AND (r.inForceTo IS NULL OR r.inForceTo >= $asOf))"`,
    );
  });

  it("expands every @inForce(x) placeholder of a statement, each for its own variable", () => {
    expect(composeCypher("WHERE @inForce(a) AND all(x IN nodes(p) WHERE @inForce( x ))")).toBe(
      `WHERE ${inForce("a")} AND all(x IN nodes(p) WHERE ${inForce("x")})`,
    );
  });

  it.each(["n.id", "$asOf", "a, $day", ""])(
    "refuses a placeholder naming %j instead of a variable",
    (name) => {
      expect(() => composeCypher(`WHERE @inForce(${name})`)).toThrow(/needs a Cypher variable/);
    },
  );

  it("leaves no placeholder in any saved query once composed", () => {
    const left = SAVED_QUERIES.filter((name) => composedCypher(`queries/${name}`).includes("@inForce"));
    expect(left).toEqual([]);
  });

  it("is used by every saved query that answers for a day, and written out by none", () => {
    const users = SAVED_QUERIES.filter((name) =>
      readFileSync(`cypher/queries/${name}.cypher`, "utf8").includes("$asOf"),
    );
    expect(users.length).toBeGreaterThan(8);
    for (const name of users) {
      const file = `cypher/queries/${name}.cypher`;
      expect(readFileSync(file, "utf8"), file).toContain("@inForce(");
      expect(inForceCopies(file, readFileSync(file, "utf8")), file).toEqual([]);
    }
  });
});

describe("the lint check for hand-written copies", () => {
  it("recognises the definition's own output, so a pasted copy of it is caught", () => {
    expect(inForceCopies("q.cypher", `MATCH (n) WHERE ${inForce("n")} RETURN n`)).toHaveLength(1);
  });

  it.each([
    ["an open end tested with IS NULL", "WHERE (r.inForceFrom IS NULL OR r.inForceFrom <= $day)"],
    ["an open end filled with coalesce", "WHERE coalesce(n.inForceTo, '9999-12-31') >= $day"],
    ["a day compared with $asOf", "WHERE n.inForceFrom <= $asOf"],
    ["$asOf compared with a day", "AND $asOf <= m.inForceTo"],
  ])("reports %s, naming the file and line", (_shape, copy) => {
    expect(inForceCopies("cypher/queries/extra.cypher", `MATCH (n)\n${copy}\nRETURN n`)).toEqual([
      { file: "cypher/queries/extra.cypher", line: 2, text: copy },
    ]);
  });

  it("leaves alone what is not the predicate: placeholders, date ranges, IS NOT NULL", () => {
    const text = [
      "WHERE @inForce(r)",
      "MATCH (n:Entity) WHERE n.inForceFrom >= $from AND n.inForceFrom <= $to",
      "MATCH (n:Entity) WHERE n.inForceTo IS NOT NULL RETURN n.inForceTo AS day",
    ].join("\n");
    expect(inForceCopies("q.cypher", text)).toEqual([]);
  });
});
