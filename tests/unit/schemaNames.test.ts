/**
 * A second start skips the schema statements when every name schema.cypher creates is online:
 * that check is only as good as the list of names, so the list must hold every statement's.
 */
import { describe, expect, it } from "vitest";
import { cypherStatements } from "#cypher/cypherFile.ts";
import { schemaNames } from "#seed/applySchema.ts";

describe("schema names", () => {
  it("names every constraint and index schema.cypher creates, once each", () => {
    const creates = cypherStatements("schema").filter((statement) => /^CREATE\b/i.test(statement));
    const names = schemaNames();
    expect(names).toHaveLength(creates.length);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(["entity_id_unique", "entity_name", "entity_search"]));
  });
});
