import type { ApiContext } from "../context.ts";
import { NotFoundError } from "../errors/ApiError.ts";
import { type GraphNode, type RawNode, type SourceRef, toGraphEdge, toGraphNode } from "../graph/shape.ts";
import { readQuery } from "../neo4j/readQuery.ts";

export interface SdgMatrix {
  readonly objectives: readonly GraphNode[];
  readonly sdgs: readonly GraphNode[];
  readonly cells: readonly {
    objective: GraphNode;
    sdg: GraphNode;
    strength: string;
    reason: string;
    sources: readonly SourceRef[];
  }[];
}

const byNumber = (a: GraphNode, b: GraphNode) =>
  Number(a.properties.number ?? 0) - Number(b.properties.number ?? 0) || a.id.localeCompare(b.id);

/** The national eHealth strategy: the matrix users mean when they name none. */
export const DEFAULT_STRATEGY_ID = "national-ehealth-strategy-2023";

export async function sdgMatrix(context: ApiContext, strategyId = DEFAULT_STRATEGY_ID): Promise<SdgMatrix> {
  const [row] = await readQuery<{
    objectives: RawNode[];
    sdgs: RawNode[];
    cells: { objective: string; sdg: string; props: Record<string, unknown> }[];
  }>(context, "sdgMatrix", { strategyId });
  if (!row) throw new NotFoundError(strategyId, "strategy");
  const objectives = (row?.objectives ?? []).map(toGraphNode).sort(byNumber);
  const sdgs = (row?.sdgs ?? []).map(toGraphNode).sort(byNumber);
  const objectiveById = new Map(objectives.map((node) => [node.id, node]));
  const sdgById = new Map(sdgs.map((node) => [node.id, node]));
  const cells = (row?.cells ?? []).flatMap((cell) => {
    const objective = objectiveById.get(cell.objective);
    const sdg = sdgById.get(cell.sdg);
    if (!objective || !sdg) return [];
    const edge = toGraphEdge({
      id: null,
      type: "CONTRIBUTES_TO",
      source: cell.objective,
      target: cell.sdg,
      props: cell.props,
    });
    return [
      { objective, sdg, strength: edge.strength ?? "also", reason: edge.reason ?? "", sources: edge.sources },
    ];
  });
  return { objectives, sdgs, cells };
}
