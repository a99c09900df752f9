import type { ApiContext } from "../context.ts";
import { NotFoundError } from "../errors/ApiError.ts";
import { assertInForce } from "../graph/asOf.ts";
import type { SdgTrace } from "../graph/explorerTypes.generated.ts";
import { type GraphNode, SubgraphBuilder, toGraphEdge, toGraphNode } from "../graph/shape.ts";
import { readQuery } from "../neo4j/readQuery.ts";
import { traceToSdgsQuery } from "../translate/traceToSdgs.ts";

export const MAX_TRACE_PATHS = 200;

/** Every path to the SDGs through what was in force on `asOf` (a full day). */
export async function traceToSdgs(context: ApiContext, fromId: string, asOf: string): Promise<SdgTrace> {
  const [row] = await readQuery(context, traceToSdgsQuery, {
    id: fromId,
    maxPaths: MAX_TRACE_PATHS,
    asOf,
  });
  if (!row?.from) throw new NotFoundError(fromId, "node");
  assertInForce(row.from, asOf, fromId, "node");
  const builder = new SubgraphBuilder().addNode(row.from);
  const sdgs = new Map<string, GraphNode>();
  const paths = row.paths.map((path) => {
    for (const node of path.nodes) builder.addNode(node);
    for (const step of path.steps) builder.addEdge(step);
    const sdgRaw = path.nodes[path.nodes.length - 1];
    const sdg = sdgRaw ? toGraphNode(sdgRaw) : toGraphNode({ id: path.sdg, type: "SDG" });
    if (!sdgs.has(sdg.id)) sdgs.set(sdg.id, sdg);
    return { sdg, steps: path.steps.map(toGraphEdge) };
  });
  const byNumber = (node: GraphNode) => Number(node.properties.number ?? 0);
  return {
    from: toGraphNode(row.from),
    sdgs: [...sdgs.values()].sort((a, b) => byNumber(a) - byNumber(b)),
    paths,
    subgraph: builder.build(),
  };
}
