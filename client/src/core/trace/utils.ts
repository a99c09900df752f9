/** Pure logic of SDG tracing and the objectives × SDGs matrix. */
import type { SdgMatrix, SdgTrace, TracePath } from "../graph/contract.ts";
import { reasonOf } from "../graph/utils.ts";
import type { Language } from "../graph/vocabulary.ts";
import { type Highlight, type MatrixCellView, STRENGTHS } from "./types.ts";

/** The paths of a trace, narrowed to one SDG when `sdgId` is given. */
export function pathsTo(trace: SdgTrace, sdgId: string | null): readonly TracePath[] {
  return sdgId ? trace.paths.filter((path) => path.sdg.id === sdgId) : trace.paths;
}

/** Nodes and edges on the chosen paths (the origin always included). */
export function highlightOf(trace: SdgTrace, sdgId: string | null = null): Highlight {
  const nodes = new Set<string>([trace.from.id]);
  const edges = new Set<string>();
  for (const path of pathsTo(trace, sdgId)) {
    nodes.add(path.sdg.id);
    for (const step of path.steps) {
      edges.add(step.id);
      nodes.add(step.source);
      nodes.add(step.target);
    }
  }
  return { nodes, edges };
}

export function strengthLevel(strength: string | null | undefined): number {
  for (const [index, known] of STRENGTHS.entries()) if (known === strength) return STRENGTHS.length - index;
  return 0;
}

/**
 * The matrix as rows of cells, every objective × every SDG, empty where there is no link; each
 * cell's reason in the view's language where written (`reasonOf`).
 */
export function matrixRows(matrix: SdgMatrix, language: Language = "en"): MatrixCellView[][] {
  const byKey = new Map(matrix.cells.map((cell) => [`${cell.objective.id}|${cell.sdg.id}`, cell]));
  return matrix.objectives.map((objective) =>
    matrix.sdgs.map((sdg) => {
      const cell = byKey.get(`${objective.id}|${sdg.id}`);
      return {
        objectiveId: objective.id,
        sdgId: sdg.id,
        strength: cell?.strength ?? null,
        wording: cell?.wording ?? null,
        reason: cell ? (reasonOf(cell, language)?.text ?? null) : null,
        level: strengthLevel(cell?.strength),
      };
    }),
  );
}
