/**
 * Norwegian reasons (seed/reasonsNo.ts) are stored on their relationships beside the English
 * reason and served wherever a reason is: the explorer's edges (neighbourhood), a trace's steps,
 * the SDG matrix's cells, and the generated API's relationship properties.
 */
import { describe, expect, it } from "vitest";
import { REASONS_NO } from "#seed/reasonsNo.ts";
import { graphql } from "#tests/generated/gql.ts";
import { useApp } from "./harness.ts";

const SUPPORTS = "helsenorge|SUPPORTS|objective-4";
const CONTRIBUTES = "objective-1|CONTRIBUTES_TO|sdg-3";

describe("Norwegian reasons through the API", () => {
  const api = useApp();

  it("are stored on the relationship beside the English reason", async () => {
    const [row] = await api.run<{ reason: string; reasonNo: string }>(
      "MATCH (:Entity {id: 'helsenorge'})-[r:SUPPORTS]->(:Entity {id: 'objective-4'}) RETURN r.reason AS reason, r.reasonNo AS reasonNo",
    );
    expect(row?.reason).toMatch(/^Citizens reach their records/);
    expect(row?.reasonNo).toBe(REASONS_NO[SUPPORTS]);
  });

  it("neighbourhood edges answer the Norwegian reason, and null where none is written", async () => {
    const { body } = await api.query(
      graphql(
        `query NorwegianReasonsNeighbourhood { neighbourhood(id: "helsenorge", depth: 1) { edges { id reason reasonNo } } }`,
      ),
    );
    expect(body.errors).toBeUndefined();
    const edges = body.data?.neighbourhood.edges ?? [];
    expect(edges.find((edge) => edge.id === SUPPORTS)?.reasonNo).toBe(REASONS_NO[SUPPORTS]);
    for (const edge of edges) expect(edge.reasonNo, edge.id).toBe(REASONS_NO[edge.id] ?? null);
  });

  it("a trace's steps carry it (the trace panel's 'Hvorfor utledet:')", async () => {
    const { body } = await api.query(
      graphql(
        `query NorwegianReasonsTraceToSdgs { traceToSdgs(fromId: "helsenorge") { paths { steps { id reason reasonNo } } } }`,
      ),
    );
    expect(body.errors).toBeUndefined();
    const steps = body.data?.traceToSdgs.paths.flatMap((path) => path.steps) ?? [];
    expect(steps.find((step) => step.id === SUPPORTS)?.reasonNo).toBe(REASONS_NO[SUPPORTS]);
  });

  it("the SDG matrix's cells carry it", async () => {
    const { body } = await api.query(
      graphql(
        `query NorwegianReasonsSdgMatrix { sdgMatrix { cells { objective { id } sdg { id } reason reasonNo } } }`,
      ),
    );
    expect(body.errors).toBeUndefined();
    const cell = body.data?.sdgMatrix.cells.find(
      (entry) => entry.objective.id === "objective-1" && entry.sdg.id === "sdg-3",
    );
    expect(cell?.reason).toBeTruthy();
    expect(cell?.reasonNo).toBe(REASONS_NO[CONTRIBUTES]);
  });

  it("the generated API exposes reasonNo among a relationship's properties", async () => {
    const { body } = await api.query(
      graphql(
        `query NorwegianReasonsSolutions { solutions(where: { id: { eq: "helsenorge" } }) { supportsConnection { edges { node { id } properties { reason reasonNo } } } } }`,
      ),
    );
    expect(body.errors).toBeUndefined();
    const edge = body.data?.solutions[0]?.supportsConnection.edges.find((e) => e.node.id === "objective-4");
    expect(edge?.properties.reasonNo).toBe(REASONS_NO[SUPPORTS]);
  });
});
