import type { ApiContext } from "../context.ts";
import { NotFoundError } from "../errors/ApiError.ts";
import { assertInForce } from "../graph/asOf.ts";
import type { SdgMatrix, SdgMatrixCell } from "../graph/explorerTypes.generated.ts";
import { type GraphNode, toGraphEdge, toGraphNode } from "../graph/shape.ts";
import { readQuery } from "../neo4j/readQuery.ts";
import { sdgMatrixQuery } from "../translate/sdgMatrix.ts";

const byNumber = (a: GraphNode, b: GraphNode) =>
  Number(a.properties.number ?? 0) - Number(b.properties.number ?? 0) || a.id.localeCompare(b.id);

/** The national eHealth strategy: the matrix users mean when they name none. */
export const DEFAULT_STRATEGY_ID = "national-ehealth-strategy-2023";

/** A strategy's objectives × SDGs as they stood on `asOf` (a full day). */
export async function sdgMatrix(context: ApiContext, strategyId: string, asOf: string): Promise<SdgMatrix> {
  const [row] = await readQuery(context, sdgMatrixQuery, { strategyId, asOf });
  if (!row) throw new NotFoundError(strategyId, "strategy");
  assertInForce(row.strategy, asOf, strategyId, "strategy");
  const objectives = row.objectives.map(toGraphNode).sort(byNumber);
  const sdgs = row.sdgs.map(toGraphNode).sort(byNumber);
  const objectiveById = new Map(objectives.map((node) => [node.id, node]));
  const sdgById = new Map(sdgs.map((node) => [node.id, node]));
  const cells = row.cells.flatMap((cell): SdgMatrixCell[] => {
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
      {
        objective,
        sdg,
        strength: edge.strength ?? "also",
        wording: edge.wording,
        reason: edge.reason ?? "",
        reasonNo: edge.reasonNo,
        sources: edge.sources,
      },
    ];
  });
  return { objectives, sdgs, cells };
}
